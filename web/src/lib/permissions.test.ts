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

describe('evaluation capabilities', () => {
  it('lets the offices manage the evaluation and only the leaders sign', () => {
    expect(can('province_officer', 'evaluation:manage')).toBe(true);
    expect(can('ministry_admin', 'evaluation:manage')).toBe(true);
    expect(can('province_leader', 'decisions:sign')).toBe(true);
    expect(can('ministry_leader', 'decisions:sign')).toBe(true);
    expect(can('province_officer', 'decisions:sign')).toBe(false);
    expect(can('province_leader', 'evaluation:manage')).toBe(false);
  });

  it('lets producers and officers open dossiers, not council members or leaders', () => {
    for (const role of ['producer', 'commune_officer', 'province_officer'] as const) {
      expect(can(role, 'dossiers:create')).toBe(true);
    }
    for (const role of ['council_member', 'province_leader', 'ministry_admin'] as const) {
      expect(can(role, 'dossiers:create')).toBe(false);
    }
  });
});

describe('stamps and trade-promotion capabilities', () => {
  it('lets the offices handle stamps, sale points and events; only the ministry marketplaces', () => {
    for (const role of ['ministry_admin', 'province_officer'] as const) {
      expect(can(role, 'certificates:write')).toBe(true);
      expect(can(role, 'trade-promotion:manage')).toBe(true);
    }
    expect(can('ministry_admin', 'marketplaces:manage')).toBe(true);
    expect(can('province_officer', 'marketplaces:manage')).toBe(false);
    for (const role of ['commune_officer', 'producer', 'province_leader', 'council_member'] as const) {
      expect(can(role, 'trade-promotion:manage')).toBe(false);
      expect(can(role, 'certificates:write')).toBe(false);
    }
  });
});

describe('programme capabilities', () => {
  it('lets the offices and the leaders read dashboards and plans; only the offices write plans', () => {
    for (const role of [
      'ministry_admin',
      'ministry_leader',
      'province_officer',
      'province_leader',
    ] as const) {
      expect(can(role, 'programme:read')).toBe(true);
    }
    expect(can('ministry_admin', 'programme:manage')).toBe(true);
    expect(can('province_officer', 'programme:manage')).toBe(true);
    for (const role of ['ministry_leader', 'province_leader', 'commune_officer', 'producer'] as const) {
      expect(can(role, 'programme:manage')).toBe(false);
    }
    for (const role of ['commune_officer', 'council_member', 'producer'] as const) {
      expect(can(role, 'programme:read')).toBe(false);
    }
  });
});
