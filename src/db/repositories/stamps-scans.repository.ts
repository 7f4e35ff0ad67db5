import { sql } from 'drizzle-orm';
import type { CodeScanSummary } from '../../domain/stamps/copy-detection.ts';
import { type DbOrTx, rowsOf } from '../client.ts';
import type { stampScans } from '../schema/index.ts';

export type NewScanRow = typeof stampScans.$inferInsert;

/**
 * Writes buffered scans in one statement whose rows travel as a single JSON parameter: cheap to build and to
 * send for hundreds of rows (a VALUES list would need nine parameters a row).
 */
export async function insertScans(db: DbOrTx, rows: readonly NewScanRow[]): Promise<void> {
  if (rows.length === 0) return;
  const json = JSON.stringify(
    rows.map((r) => ({
      code: r.code,
      product_id: r.productId ?? null,
      at: r.at instanceof Date ? r.at.toISOString() : r.at,
      client_hash: r.clientHash,
      user_agent: r.userAgent ?? null,
      lat: r.lat ?? null,
      lon: r.lon ?? null,
      province_code: r.provinceCode ?? null,
      channel: r.channel,
    })),
  );
  await db.execute(sql`
    insert into stamp_scans (code, product_id, at, client_hash, user_agent, lat, lon, province_code, channel)
    select code, product_id, at, client_hash, user_agent, lat, lon, province_code, channel
    from jsonb_to_recordset(${json}::jsonb) as x(code text, product_id uuid, at timestamptz, client_hash text,
      user_agent text, lat numeric, lon numeric, province_code text, channel text)`);
}

/**
 * Adds the coarse position the page's script sent after the scan to that client's latest scan of the code
 * (within `since`, still without a position). Returns whether a scan was found.
 */
export async function locateLatestScan(
  db: DbOrTx,
  scan: { code: string; clientHash: string; since: Date },
  position: { lat: string; lon: string; provinceCode: string | null },
): Promise<boolean> {
  const result = await db.execute(sql`
    update stamp_scans set lat = ${position.lat}::numeric, lon = ${position.lon}::numeric,
      province_code = ${position.provinceCode}
    where id = (
      select id from stamp_scans
      where code = ${scan.code} and client_hash = ${scan.clientHash} and at >= ${scan.since.toISOString()}::timestamptz
        and lat is null
      order by at desc limit 1
    )
    returning id`);
  return rowsOf(result).length > 0;
}

/** Per stamp scanned in [from, to): scans, distinct clients, distinct provinces, and the product's province. */
export async function summariseScans(db: DbOrTx, from: Date, to: Date): Promise<CodeScanSummary[]> {
  const result = await db.execute(sql`
    select s.code, s.product_id, p.province_code as province_of_product, count(*)::int as scans,
      count(distinct s.client_hash)::int as clients,
      coalesce(array_agg(distinct s.province_code) filter (where s.province_code is not null), '{}') as provinces
    from stamp_scans s join products p on p.id = s.product_id
    where s.at >= ${from.toISOString()}::timestamptz and s.at < ${to.toISOString()}::timestamptz
      and s.product_id is not null
    group by s.code, s.product_id, p.province_code
    having count(distinct s.client_hash) > 1`);
  type Raw = {
    code: string;
    product_id: string;
    province_of_product: string;
    scans: number;
    clients: number;
    provinces: string[] | string;
  };
  return rowsOf<Raw>(result).map((r) => ({
    code: r.code,
    productId: r.product_id,
    provinceOfProduct: r.province_of_product,
    scans: r.scans,
    clients: r.clients,
    provinces: parseTextArray(r.provinces).sort(),
  }));
}

/** node-postgres parses text[]; PGlite through drizzle's execute may hand back the literal "{01,08}". */
function parseTextArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, '');
  return inner === '' ? [] : inner.split(',').map((v) => v.replace(/^"|"$/g, ''));
}

/** Scans of one code, newest first (for the back-office flag view). */
export async function recentScansOf(db: DbOrTx, code: string, limit: number) {
  const result = await db.execute(sql`
    select at, client_hash, channel, lat::text, lon::text, province_code
    from stamp_scans where code = ${code} order by at desc limit ${limit}`);
  type Raw = {
    at: string | Date;
    client_hash: string;
    channel: string;
    lat: string | null;
    lon: string | null;
    province_code: string | null;
  };
  return rowsOf<Raw>(result).map((r) => ({
    at: new Date(r.at).toISOString(),
    client: r.client_hash.slice(0, 12),
    channel: r.channel,
    lat: r.lat === null ? null : Number(r.lat),
    lon: r.lon === null ? null : Number(r.lon),
    provinceCode: r.province_code,
  }));
}
