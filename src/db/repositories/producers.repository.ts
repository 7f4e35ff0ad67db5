import { and, asc, count, desc, eq, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/registry/record-access.ts';
import type { DbOrTx } from '../client.ts';
import { producers } from '../schema/index.ts';
import { scopeCondition } from './scope-filter.ts';

export type ProducerRow = typeof producers.$inferSelect;
export type NewProducerRow = typeof producers.$inferInsert;

export async function findProducerById(db: DbOrTx, id: string): Promise<ProducerRow | undefined> {
  const [row] = await db.select().from(producers).where(eq(producers.id, id)).limit(1);
  return row;
}

export async function insertProducer(db: DbOrTx, row: NewProducerRow): Promise<ProducerRow> {
  const [inserted] = await db.insert(producers).values(row).returning();
  if (!inserted) throw new Error('insert producers returned no row');
  return inserted;
}

export async function updateProducerRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewProducerRow>,
): Promise<ProducerRow> {
  const [row] = await db.update(producers).set(patch).where(eq(producers.id, id)).returning();
  if (!row) throw new Error(`update producers ${id} matched no row`);
  return row;
}

/** Producers that look like the same one: same tax code anywhere, or same name key in the same commune. */
export async function findProducerLookalikes(
  db: DbOrTx,
  candidate: { taxCode: string | null; nameKey: string; communeCode: string; excludeId?: string },
): Promise<ProducerRow[]> {
  const sameName = and(
    eq(producers.nameKey, candidate.nameKey),
    eq(producers.communeCode, candidate.communeCode),
  );
  const match = candidate.taxCode ? or(eq(producers.taxCode, candidate.taxCode), sameName) : sameName;
  const conditions = [match];
  if (candidate.excludeId) conditions.push(ne(producers.id, candidate.excludeId));
  return db
    .select()
    .from(producers)
    .where(and(...conditions))
    .limit(10);
}

export type ProducerListFilter = {
  scope: ListScope;
  q?: string | undefined;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  type?: string | undefined;
  includeArchived: boolean;
  limit: number;
  offset: number;
};

/** Accent-insensitive, typo-tolerant search (pg_trgm word similarity on the folded name). */
export async function listProducers(db: DbOrTx, filter: ProducerListFilter) {
  const conditions: (SQL | undefined)[] = [
    scopeCondition(filter.scope, {
      provinceCode: producers.provinceCode,
      communeCode: producers.communeCode,
      producerId: producers.id,
    }),
  ];
  if (!filter.includeArchived) conditions.push(isNull(producers.archivedAt));
  if (filter.provinceCode) conditions.push(eq(producers.provinceCode, filter.provinceCode));
  if (filter.communeCode) conditions.push(eq(producers.communeCode, filter.communeCode));
  if (filter.type) conditions.push(eq(producers.type, filter.type));
  const folded = filter.q ? sql`lower(f_unaccent(${filter.q}))` : undefined;
  if (folded)
    conditions.push(
      sql`(${producers.nameNorm} like '%' || ${folded} || '%' or ${folded} <% ${producers.nameNorm})`,
    );
  const where = and(...conditions);
  const items = await db
    .select()
    .from(producers)
    .where(where)
    .orderBy(
      ...(folded ? [desc(sql`word_similarity(${folded}, ${producers.nameNorm})`)] : []),
      asc(sql`${producers.sortKey} collate "C"`),
    )
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(producers).where(where);
  return { items, total: total?.n ?? 0 };
}
