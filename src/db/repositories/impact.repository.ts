import { and, desc, eq, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { producerYearlyFigures } from '../schema/index.ts';

export type FiguresRow = typeof producerYearlyFigures.$inferSelect;
export type NewFiguresRow = typeof producerYearlyFigures.$inferInsert;

/** Writes a producer's figures for a year, replacing what was there. */
export async function upsertFigures(db: DbOrTx, row: NewFiguresRow): Promise<FiguresRow> {
  const { producerId, year, ...values } = row;
  const [saved] = await db
    .insert(producerYearlyFigures)
    .values(row)
    .onConflictDoUpdate({
      target: [producerYearlyFigures.producerId, producerYearlyFigures.year],
      set: values,
    })
    .returning();
  if (!saved) throw new Error(`upsert producer_yearly_figures ${producerId}/${year} returned no row`);
  return saved;
}

const ofYear = (producerId: string, year: number) =>
  and(eq(producerYearlyFigures.producerId, producerId), eq(producerYearlyFigures.year, year));

export async function findFigures(
  db: DbOrTx,
  producerId: string,
  year: number,
): Promise<FiguresRow | undefined> {
  const [row] = await db.select().from(producerYearlyFigures).where(ofYear(producerId, year)).limit(1);
  return row;
}

export async function deleteFiguresRow(db: DbOrTx, producerId: string, year: number): Promise<void> {
  await db.delete(producerYearlyFigures).where(ofYear(producerId, year));
}

/** Every year a producer reported, latest first. */
export async function figuresOfProducer(db: DbOrTx, producerId: string): Promise<FiguresRow[]> {
  return db
    .select()
    .from(producerYearlyFigures)
    .where(eq(producerYearlyFigures.producerId, producerId))
    .orderBy(desc(producerYearlyFigures.year));
}

/**
 * Revenues of `year − 1` and `year` of the producers of a province (null: the country) that reported a
 * revenue for both years.
 */
export async function revenuePairs(
  db: DbOrTx,
  query: { provinceCode: string | null; year: number },
): Promise<{ previous: number; current: number }[]> {
  const inScope = query.provinceCode === null ? sql`true` : sql`pr.province_code = ${query.provinceCode}`;
  const result = await db.execute(sql`
    select prev.revenue_vnd::text as previous, cur.revenue_vnd::text as current
    from producer_yearly_figures cur
    join producer_yearly_figures prev on prev.producer_id = cur.producer_id and prev.year = ${query.year - 1}::int
    join producers pr on pr.id = cur.producer_id
    where cur.year = ${query.year}::int and cur.revenue_vnd is not null and prev.revenue_vnd is not null
      and ${inScope}`);
  return rowsOf<{ previous: string; current: string }>(result).map((r) => ({
    previous: Number(r.previous),
    current: Number(r.current),
  }));
}

/**
 * Producers that have an active producer account and a product with a certificate (an OCOP producer), but no
 * figures for `year`: who to remind. Archived producers are left out.
 */
export async function producersMissingFigures(db: DbOrTx, year: number): Promise<string[]> {
  const result = await db.execute(sql`
    select pr.id from producers pr
    where pr.archived_at is null
      and exists (select 1 from users u where u.producer_id = pr.id and u.role = 'producer' and u.is_active)
      and exists (select 1 from products p join certificates c on c.product_id = p.id where p.producer_id = pr.id)
      and not exists (select 1 from producer_yearly_figures f where f.producer_id = pr.id and f.year = ${year})
    order by pr.id`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}
