import { describe, expect, it } from 'vitest';
import {
  allowedRevocationActions,
  planRevocationStep,
  REVOCATION_STATES,
  REVOCATION_TRANSITIONS,
  type RevocationFacts,
} from './revocation-transitions.ts';

const facts = (overrides: Partial<RevocationFacts> = {}): RevocationFacts => ({
  concludedOn: '2026-11-02',
  certificateValidFrom: '2025-06-15',
  today: '2026-11-10',
  decisionNumber: '1234/QĐ-UBND',
  decidedOn: '2026-11-09',
  reason: null,
  ...overrides,
});

describe('planRevocationStep', () => {
  it.each([
    ['proposed', 'province', 'revoke', ['province_signer'], { ok: true, to: 'revoked' }],
    ['proposed', 'central', 'revoke', ['central_signer'], { ok: true, to: 'revoked' }],
    ['proposed', 'central', 'revoke', ['province_signer'], { ok: false, kind: 'forbidden' }],
    ['proposed', 'province', 'revoke', ['central_signer'], { ok: false, kind: 'forbidden' }],
    ['proposed', 'province', 'revoke', ['province_office'], { ok: false, kind: 'forbidden' }],
    ['proposed', 'central', 'dismiss', ['central_office'], { ok: false, kind: 'forbidden' }],
    ['proposed', 'province', 'revoke', [], { ok: false, kind: 'forbidden' }],
    [
      'revoked',
      'province',
      'revoke',
      ['province_signer'],
      { kind: 'illegal', state: 'revoked', allowedActions: [] },
    ],
    ['dismissed', 'central', 'revoke', ['central_signer'], { kind: 'illegal', allowedActions: [] }],
    ['revoked', 'central', 'dismiss', ['central_signer'], { kind: 'illegal', allowedActions: [] }],
  ] as const)('%s %s case, %s by %o → %o', (state, level, action, capacities, expected) => {
    expect(planRevocationStep(state, level, action, capacities, facts({ reason: 'x' }))).toMatchObject(
      expected,
    );
  });

  it.each([
    [{ decisionNumber: null }, 'VALIDATION_FAILED', 'body.decisionNumber'],
    [{ decisionNumber: '  ' }, 'VALIDATION_FAILED', 'body.decisionNumber'],
    [{ decidedOn: null }, 'VALIDATION_FAILED', 'body.decidedOn'],
    [{ decidedOn: '2026-02-30' }, 'VALIDATION_FAILED', 'body.decidedOn'],
    [{ decidedOn: '2026-11-11' }, 'VALIDATION_FAILED', 'body.decidedOn'], // after today
    [{ decidedOn: '2026-11-01' }, 'VALIDATION_FAILED', 'body.decidedOn'], // before the conclusion
    [{ certificateValidFrom: '2026-11-10' }, 'VALIDATION_FAILED', 'body.decidedOn'],
  ] as const)('revoke with %o fails its guard (%s on %s)', (overrides, code, field) => {
    expect(
      planRevocationStep('proposed', 'province', 'revoke', ['province_signer'], facts(overrides)),
    ).toEqual({
      ok: false,
      kind: 'guard',
      failure: expect.objectContaining({ code, field }),
    });
  });

  it.each([
    [null, { ok: false, kind: 'guard', failure: { code: 'REASON_REQUIRED' } }],
    ['   ', { ok: false, kind: 'guard', failure: { code: 'REASON_REQUIRED' } }],
    ['Kết luận kiểm tra đã được rút lại', { ok: true, to: 'dismissed' }],
  ] as const)('dismiss with reason %j → %o', (reason, expected) => {
    expect(
      planRevocationStep('proposed', 'central', 'dismiss', ['central_signer'], facts({ reason })),
    ).toMatchObject(expected);
  });

  it('a revocation decided on the day of the conclusion or today passes', () => {
    for (const decidedOn of ['2026-11-02', '2026-11-10']) {
      const plan = planRevocationStep(
        'proposed',
        'province',
        'revoke',
        ['province_signer'],
        facts({ decidedOn }),
      );
      expect(plan).toEqual({ ok: true, to: 'revoked' });
    }
  });
});

describe('the transition table', () => {
  it('leaves only from "proposed"; "revoked" and "dismissed" are final', () => {
    expect(new Set(REVOCATION_TRANSITIONS.map((t) => t.from))).toEqual(new Set(['proposed']));
    for (const state of REVOCATION_STATES) {
      expect(REVOCATION_TRANSITIONS.some((t) => t.to === state) || state === 'proposed').toBe(true);
    }
  });

  it.each([
    ['proposed', 'province', ['province_signer'], ['revoke', 'dismiss']],
    ['proposed', 'central', ['central_signer'], ['revoke', 'dismiss']],
    ['proposed', 'central', ['province_signer'], []],
    ['proposed', 'province', ['province_office'], []],
    ['revoked', 'province', ['province_signer'], []],
    ['dismissed', 'central', ['central_signer'], []],
  ] as const)('allowed in %s (%s) for %o: %o', (state, level, capacities, expected) => {
    expect(allowedRevocationActions(state, level, capacities)).toEqual(expected);
  });
});
