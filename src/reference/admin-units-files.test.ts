import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ADMIN_UNITS_FILES,
  adminUnitsDataFingerprint,
  DEFAULT_ADMIN_UNITS_DIR,
  readAdminUnitsData,
} from './admin-units-files.ts';

const copy = mkdtempSync(join(tmpdir(), 'admin-units-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('readAdminUnitsData', () => {
  it('reads codes as strings and empty old codes as null', () => {
    const data = readAdminUnitsData();
    expect(data.provinces2025[0]).toEqual({
      code: '01',
      name: 'Hà Nội',
      type: 'Thành phố',
      fullName: 'Thành phố Hà Nội',
      nameEn: 'Ha Noi',
    });
    expect(data.communesPre2025.find((c) => c.code === '00001')).toMatchObject({ districtCode: '001' });
    expect(data.mappings.find((m) => m.oldDistrictCode === '755')).toMatchObject({
      oldCommuneCode: null,
      newCommuneCode: '26732',
      isSplit: false,
    });
    expect(data.mappings.filter((m) => m.isSplit).length).toBeGreaterThan(0);
  });
});

describe('adminUnitsDataFingerprint', () => {
  it('is a stable sha256 that changes with the data', () => {
    const fingerprint = adminUnitsDataFingerprint();
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    for (const file of Object.values(ADMIN_UNITS_FILES)) {
      copyFileSync(join(DEFAULT_ADMIN_UNITS_DIR, file), join(copy, file));
    }
    expect(adminUnitsDataFingerprint(copy)).toBe(fingerprint);
    writeFileSync(join(copy, ADMIN_UNITS_FILES.provinces2025), 'code,name,type,full_name,name_en\n');
    expect(adminUnitsDataFingerprint(copy)).not.toBe(fingerprint);
  });
});
