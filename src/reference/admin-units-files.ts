// Reads the administrative-unit reference CSVs (data/admin-units/) into AdminUnitsData. Does I/O.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { AdminUnitsIndex } from '../domain/admin-units/admin-units-index.ts';
import { buildAdminUnitsIndex } from '../domain/admin-units/admin-units-index.ts';
import type { AdminUnitsData, CommuneMapping } from '../domain/admin-units/types.ts';

/** data/admin-units/ of the repository this file belongs to. */
export const DEFAULT_ADMIN_UNITS_DIR = fileURLToPath(new URL('../../data/admin-units/', import.meta.url));

/** The files readAdminUnitsData reads (and adminUnitsDataFingerprint hashes). */
export const ADMIN_UNITS_FILES = {
  provinces2025: 'admin-provinces-2025.csv',
  communes2025: 'admin-units-2025.csv',
  provincesPre2025: 'admin-provinces-pre2025.csv',
  districtsPre2025: 'admin-districts-pre2025.csv',
  communesPre2025: 'admin-units-pre2025.csv',
  mappings: 'admin-units-mapping.csv',
} as const satisfies Record<keyof AdminUnitsData, string>;

type Row = (column: string) => string;

/** Parses one CSV file; each row is given as a getter that throws on a missing column. */
function readRows<T>(dir: string, file: string, convert: (row: Row) => T): T[] {
  const records: Record<string, string>[] = parse(readFileSync(join(dir, file)), {
    columns: true,
    bom: true,
    skip_empty_lines: true,
  });
  return records.map((record, i) =>
    convert((column) => {
      const value = record[column];
      if (value === undefined) throw new Error(`${file}: row ${i + 2} has no column "${column}"`);
      return value.trim();
    }),
  );
}

const unit = (row: Row) => ({
  code: row('code'),
  name: row('name'),
  type: row('type'),
  fullName: row('full_name'),
});

const mapping = (row: Row): CommuneMapping => ({
  oldCommuneCode: row('old_commune_code') || null,
  oldDistrictCode: row('old_district_code'),
  newCommuneCode: row('new_commune_code'),
  oldProvinceCode: row('old_province_code'),
  newProvinceCode: row('new_province_code'),
  isSplit: row('old_unit_split') === 'yes',
  evidence: row('evidence'),
});

/** Reads the reference CSVs synchronously (about 2 MB; meant for start-up and tests). */
export function readAdminUnitsData(dir: string = DEFAULT_ADMIN_UNITS_DIR): AdminUnitsData {
  const f = ADMIN_UNITS_FILES;
  return {
    provinces2025: readRows(dir, f.provinces2025, (r) => ({ ...unit(r), nameEn: r('name_en') })),
    communes2025: readRows(dir, f.communes2025, (r) => ({ ...unit(r), provinceCode: r('province_code') })),
    provincesPre2025: readRows(dir, f.provincesPre2025, (r) => ({ ...unit(r), nameEn: r('name_en') })),
    districtsPre2025: readRows(dir, f.districtsPre2025, (r) => ({
      ...unit(r),
      provinceCode: r('province_code'),
    })),
    communesPre2025: readRows(dir, f.communesPre2025, (r) => ({
      ...unit(r),
      districtCode: r('district_code'),
      provinceCode: r('province_code'),
    })),
    mappings: readRows(dir, f.mappings, mapping),
  };
}

/**
 * sha256 (hex) over the files readAdminUnitsData reads, in file-name order (each file hashed as its name,
 * its byte length and its bytes), so a loader can tell when the reference data changed.
 */
export function adminUnitsDataFingerprint(dir: string = DEFAULT_ADMIN_UNITS_DIR): string {
  const hash = createHash('sha256');
  for (const file of Object.values(ADMIN_UNITS_FILES).sort()) {
    const bytes = readFileSync(join(dir, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Reads the CSVs and builds the index (throws AdminUnitsDataError on inconsistent data). */
export function loadAdminUnitsIndex(dir: string = DEFAULT_ADMIN_UNITS_DIR): AdminUnitsIndex {
  return buildAdminUnitsIndex(readAdminUnitsData(dir));
}
