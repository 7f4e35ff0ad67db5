import { eq, sql } from 'drizzle-orm';
import type { AdminUnitsData } from '../../domain/admin-units/types.ts';
import type { DbOrTx, Tx } from '../client.ts';
import {
  communeMappings,
  communes2025,
  communesPre2025,
  districtsPre2025,
  provinces2025,
  provincesPre2025,
  referenceDataVersions,
} from '../schema/index.ts';

export async function findReferenceVersion(db: DbOrTx, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ fingerprint: referenceDataVersions.fingerprint })
    .from(referenceDataVersions)
    .where(eq(referenceDataVersions.name, name));
  return row?.fingerprint;
}

export async function saveReferenceVersion(
  tx: Tx,
  version: { name: string; fingerprint: string; rowCount: number; loadedAt: Date },
): Promise<void> {
  await tx
    .insert(referenceDataVersions)
    .values(version)
    .onConflictDoUpdate({
      target: referenceDataVersions.name,
      set: { fingerprint: version.fingerprint, rowCount: version.rowCount, loadedAt: version.loadedAt },
    });
}

async function insertInChunks<T>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  const size = 1000;
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Upserts every administrative unit and rebuilds the mapping, inside the caller's transaction.
 * Units are upserted (never deleted) so rows that reference them stay valid; a unit that disappears
 * from the shipped data is reported by the caller instead of silently removed.
 */
export async function upsertAdminUnits(tx: Tx, data: AdminUnitsData): Promise<number> {
  const upsertByCode = <T extends { code: string }>(
    table:
      | typeof provinces2025
      | typeof communes2025
      | typeof provincesPre2025
      | typeof districtsPre2025
      | typeof communesPre2025,
    rows: readonly T[],
    columns: string[],
  ) =>
    insertInChunks(rows, (chunk) =>
      tx
        .insert(table)
        // biome-ignore lint/suspicious/noExplicitAny: one generic upsert for five tables with a text `code` key.
        .values(chunk as any)
        .onConflictDoUpdate({
          target: table.code,
          set: Object.fromEntries(columns.map((c) => [c, sql.raw(`excluded.${c}`)])),
        }),
    );
  await upsertByCode(provinces2025, data.provinces2025, ['name', 'type', 'full_name', 'name_en']);
  await upsertByCode(provincesPre2025, data.provincesPre2025, ['name', 'type', 'full_name', 'name_en']);
  await upsertByCode(communes2025, data.communes2025, ['name', 'type', 'full_name', 'province_code']);
  await upsertByCode(districtsPre2025, data.districtsPre2025, ['name', 'type', 'full_name', 'province_code']);
  await upsertByCode(communesPre2025, data.communesPre2025, [
    'name',
    'type',
    'full_name',
    'district_code',
    'province_code',
  ]);
  await tx.delete(communeMappings);
  await insertInChunks(data.mappings, (chunk) => tx.insert(communeMappings).values(chunk));
  return (
    data.provinces2025.length +
    data.provincesPre2025.length +
    data.communes2025.length +
    data.districtsPre2025.length +
    data.communesPre2025.length +
    data.mappings.length
  );
}
