import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../auth/roles.ts';
import {
  canPropose,
  checkProposal,
  isRevocationOverdue,
  type RevocableCertificate,
  revocationCapacitiesOf,
  revocationDueOn,
  revocationLevelOf,
} from './revocation-rules.ts';

const actor = (role: Role, provinceCode: string | null = null): Actor => ({
  id: 'a',
  role,
  provinceCode,
  communeCode: null,
});

const certificate = (overrides: Partial<RevocableCertificate> = {}): RevocableCertificate => ({
  validFrom: '2025-06-15',
  validTo: '2028-06-15',
  revokedOn: null,
  reEvaluationPendingSince: null,
  ...overrides,
});

const TODAY = '2026-11-22';

describe('revocationDueOn', () => {
  it.each([
    ['2026-11-02', '2026-11-17'],
    ['2026-12-20', '2027-01-04'],
    ['2028-02-20', '2028-03-06'], // leap year
  ])('concluded on %s → decide by %s', (concludedOn, dueOn) => {
    expect(revocationDueOn(concludedOn)).toBe(dueOn);
  });

  it.each([
    ['proposed', '2026-11-21', true],
    ['proposed', '2026-11-22', false],
    ['revoked', '2026-11-01', false],
    ['dismissed', '2026-11-01', false],
  ])('a %s case due on %s is overdue on 2026-11-22: %s', (state, dueOn, expected) => {
    expect(isRevocationOverdue({ state, dueOn }, TODAY)).toBe(expected);
  });
});

describe('level and capacities', () => {
  it.each([
    [3, 'province'],
    [4, 'province'],
    [5, 'central'],
  ])('%i★ → %s', (stars, level) => {
    expect(revocationLevelOf(stars)).toBe(level);
  });

  it.each([
    [actor('province_officer', '08'), '08', ['province_office']],
    [actor('province_officer', '08'), '82', []],
    [actor('province_leader', '08'), '08', ['province_signer']],
    [actor('province_leader', '19'), '08', []],
    [actor('ministry_admin'), '08', ['central_office']],
    [actor('ministry_leader'), '82', ['central_signer']],
    [actor('commune_officer', '08'), '08', []],
    [actor('council_member', '08'), '08', []],
    [actor('producer', '08'), '08', []],
  ] as const)('%o on a case in %s → %o', (who, provinceCode, expected) => {
    expect(revocationCapacitiesOf(who, provinceCode)).toEqual(expected);
  });

  it.each([
    ['province', ['province_office'], true],
    ['central', ['province_office'], true],
    ['central', ['central_office'], true],
    ['province', ['central_office'], false],
    ['province', ['province_signer'], false],
    ['central', ['central_signer'], false],
  ] as const)('a %s case proposed by %o: %s', (level, capacities, expected) => {
    expect(canPropose(level, capacities)).toBe(expected);
  });
});

describe('checkProposal', () => {
  const input = { ground: 'c', description: 'Vi phạm an toàn thực phẩm', concludedOn: '2026-11-20' };

  it('normalises a valid proposal and sets the due date', () => {
    expect(checkProposal({ ...input, description: '  mô tả  ' }, certificate(), TODAY)).toEqual({
      ok: true,
      value: { ground: 'c', description: 'mô tả', concludedOn: '2026-11-20', dueOn: '2026-12-05' },
    });
  });

  it.each([
    [{ ground: 'f' }, ['body.ground']],
    [{ ground: 'đ' }, ['body.ground']],
    [{ description: '   ' }, ['body.description']],
    [{ concludedOn: '2026-11-23' }, ['body.concludedOn']],
    [{ concludedOn: '2026-02-30' }, ['body.concludedOn']],
    [
      { ground: '', description: '', concludedOn: 'x' },
      ['body.ground', 'body.description', 'body.concludedOn'],
    ],
  ])('rejects %o on %o', (overrides, fields) => {
    const check = checkProposal({ ...input, ...overrides }, certificate(), TODAY);
    expect(check.ok).toBe(false);
    if (check.ok || check.code !== 'VALIDATION_FAILED') throw new Error('expected field errors');
    expect(check.fieldErrors.map((e) => e.field)).toEqual(fields);
  });

  it.each([
    ['every ground of Art. 8', {}, true],
    ['a revoked certificate', { revokedOn: '2026-10-01' }, false],
    ['an expired certificate', { validFrom: '2023-01-01', validTo: '2026-01-01' }, false],
    [
      'a certificate extended by a pending re-evaluation',
      { validFrom: '2023-09-01', validTo: '2026-09-01', reEvaluationPendingSince: '2026-04-01' },
      true,
    ],
    ['a certificate expiring soon', { validFrom: '2023-12-31', validTo: '2026-12-31' }, true],
  ] as const)('%s is revocable: %s', (_, overrides, expected) => {
    for (const ground of ['a', 'b', 'c', 'd', 'dd', 'e']) {
      const check = checkProposal({ ...input, ground }, certificate(overrides), TODAY);
      expect(check.ok ? 'ok' : check.code).toBe(expected ? 'ok' : 'CERTIFICATE_NOT_REVOCABLE');
    }
  });
});
