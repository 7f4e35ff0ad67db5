import { describe, expect, it } from 'vitest';
import { can } from './permissions';

describe('can', () => {
  it('lets the ministry and provinces import and certify', () => {
    for (const role of ['ministry_admin', 'province_officer'] as const) {
      expect(can(role, 'imports')).toBe(true);
      expect(can(role, 'certificates:write')).toBe(true);
    }
  });

  it('lets communes register but not certify or import', () => {
    expect(can('commune_officer', 'producers:create')).toBe(true);
    expect(can('commune_officer', 'certificates:write')).toBe(false);
    expect(can('commune_officer', 'imports')).toBe(false);
  });

  it('keeps council members read-only', () => {
    for (const capability of ['registry:write', 'producers:create', 'products:create'] as const) {
      expect(can('council_member', capability)).toBe(false);
    }
  });

  it('lets a producer edit and add products but not create producers or assign codes', () => {
    expect(can('producer', 'registry:write')).toBe(true);
    expect(can('producer', 'products:create')).toBe(true);
    expect(can('producer', 'producers:create')).toBe(false);
    expect(can('producer', 'products:ocop-code')).toBe(false);
  });
});
