import { and, asc, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { ListScope } from '../../domain/registry/record-access.ts';
import type { DbOrTx } from '../client.ts';
import { producers, products, supportRecords } from '../schema/index.ts';
import { scopeCondition } from './scope-filter.ts';

export type SupportRow = typeof supportRecords.$inferSelect;
export type NewSupportRow = typeof supportRecords.$inferInsert;

/** A support record with the producer's name and commune and the product's name. */
export type SupportRecord = {
  record: SupportRow;
  producer: { name: string; communeCode: string };
  productName: string | null;
};

const recordColumns = {
  record: supportRecords,
  producer: { name: producers.name, communeCode: producers.communeCode },
  productName: products.name,
};

const joined = (db: DbOrTx) =>
  db
    .select(recordColumns)
    .from(supportRecords)
    .innerJoin(producers, eq(producers.id, supportRecords.producerId))
    .leftJoin(products, eq(products.id, supportRecords.productId));

export async function insertSupport(db: DbOrTx, row: NewSupportRow): Promise<SupportRow> {
  const [inserted] = await db.insert(supportRecords).values(row).returning();
  if (!inserted) throw new Error('insert support_records returned no row');
  return inserted;
}

export async function updateSupportRow(db: DbOrTx, id: string, patch: Partial<NewSupportRow>): Promise<void> {
  await db.update(supportRecords).set(patch).where(eq(supportRecords.id, id));
}

export async function deleteSupportRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(supportRecords).where(eq(supportRecords.id, id));
}

export async function findSupportById(db: DbOrTx, id: string): Promise<SupportRecord | undefined> {
  const [row] = await joined(db).where(eq(supportRecords.id, id)).limit(1);
  return row;
}

export type SupportFilter = {
  scope: ListScope;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  producerId?: string | undefined;
  productId?: string | undefined;
  kind?: string | undefined;
  /** Granted on or after this day. */
  from?: string | undefined;
  /** Granted on or before this day. */
  to?: string | undefined;
  limit: number;
  offset: number;
};

function conditionsOf(filter: SupportFilter): SQL | undefined {
  return and(
    scopeCondition(filter.scope, {
      provinceCode: supportRecords.provinceCode,
      communeCode: producers.communeCode,
      producerId: supportRecords.producerId,
    }),
    filter.provinceCode ? eq(supportRecords.provinceCode, filter.provinceCode) : undefined,
    filter.communeCode ? eq(producers.communeCode, filter.communeCode) : undefined,
    filter.producerId ? eq(supportRecords.producerId, filter.producerId) : undefined,
    filter.productId ? eq(supportRecords.productId, filter.productId) : undefined,
    filter.kind ? eq(supportRecords.kind, filter.kind) : undefined,
    filter.from ? gte(supportRecords.grantedOn, filter.from) : undefined,
    filter.to ? lte(supportRecords.grantedOn, filter.to) : undefined,
  );
}

/** Support given, latest first, with the count and amount per kind of everything the filter matches. */
export async function listSupport(db: DbOrTx, filter: SupportFilter) {
  const where = conditionsOf(filter);
  const items = await joined(db)
    .where(where)
    .orderBy(desc(supportRecords.grantedOn), asc(supportRecords.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const byKind = await db
    .select({
      kind: supportRecords.kind,
      n: count(),
      amount: sql<string>`coalesce(sum(${supportRecords.amountVnd}), 0)::text`,
    })
    .from(supportRecords)
    .innerJoin(producers, eq(producers.id, supportRecords.producerId))
    .where(where)
    .groupBy(supportRecords.kind);
  return {
    items,
    byKind: byKind.map((r) => ({ kind: r.kind, count: r.n, amountVnd: Number(r.amount) })),
  };
}
