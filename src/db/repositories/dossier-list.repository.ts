import { and, asc, desc, eq, inArray, lt, notInArray, type SQL, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/registry/record-access.ts';
import type { DossierState } from '../../domain/workflow/dossier-states.ts';
import type { DbOrTx } from '../client.ts';
import { councilMembers } from '../schema/councils.ts';
import { councilRecusals, dossiers } from '../schema/dossiers.ts';
import { producers } from '../schema/producers.ts';
import { products } from '../schema/products.ts';
import { scopeCondition } from './scope-filter.ts';

export type DossierListFilter = Readonly<{
  scope: ListScope;
  /** For council members: only dossiers on councils where this user sits and is not recused. */
  councilMemberId?: string | undefined;
  states?: readonly DossierState[] | undefined;
  registrationType?: string | undefined;
  roundId?: string | undefined;
  productId?: string | undefined;
  /** Only those whose current step is past due on this day. */
  overdueOn?: string | undefined;
  page: number;
  pageSize: number;
}>;

const TERMINAL = ['recognised', 'not_recognised', 'rejected', 'withdrawn'];

function conditions(filter: DossierListFilter): SQL[] {
  const where: SQL[] = [];
  const scope = scopeCondition(filter.scope, dossiers);
  if (scope) where.push(scope);
  if (filter.councilMemberId) {
    const seatOn = (column: typeof dossiers.councilId | typeof dossiers.centralCouncilId) =>
      sql`exists (select 1 from ${councilMembers} m where m.council_id = ${column} and m.user_id = ${filter.councilMemberId})`;
    where.push(sql`(${seatOn(dossiers.councilId)} or ${seatOn(dossiers.centralCouncilId)})`);
    where.push(
      sql`not exists (select 1 from ${councilRecusals} r where r.dossier_id = ${dossiers.id} and r.member_id = ${filter.councilMemberId})`,
    );
  }
  if (filter.states && filter.states.length > 0) where.push(inArray(dossiers.state, [...filter.states]));
  if (filter.registrationType) where.push(eq(dossiers.registrationType, filter.registrationType as never));
  if (filter.roundId) where.push(eq(dossiers.roundId, filter.roundId));
  if (filter.productId) where.push(eq(dossiers.productId, filter.productId));
  if (filter.overdueOn) {
    where.push(lt(dossiers.dueOn, filter.overdueOn));
    where.push(notInArray(dossiers.state, TERMINAL as DossierState[]));
  }
  return where;
}

export async function listDossierRows(db: DbOrTx, filter: DossierListFilter) {
  const where = and(...conditions(filter));
  const rows = await db
    .select({ dossier: dossiers, productName: products.name, producerName: producers.name })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .where(where)
    .orderBy(sql`${dossiers.dueOn} asc nulls last`, asc(dossiers.code), desc(dossiers.createdAt))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(dossiers).where(where);
  return { rows, total: count?.n ?? 0 };
}
