import { describe, expect, it } from 'vitest';
import { evidenceDateProblems, evidenceStatus } from './evidence-status.ts';

describe('evidenceStatus (today 2026-06-01)', () => {
  it.each([
    [null, 'no_expiry'],
    ['2027-01-01', 'valid'],
    ['2026-08-31', 'valid'], // 91 days left
    ['2026-08-30', 'expiring'], // exactly 90 days left
    ['2026-06-02', 'expiring'],
    ['2026-06-01', 'expiring'], // the last valid day
    ['2026-05-31', 'expired'],
    ['2020-01-01', 'expired'],
  ] as const)('validTo %s → %s', (validTo, expected) => {
    expect(evidenceStatus(validTo, '2026-06-01')).toBe(expected);
  });
});

describe('evidenceDateProblems', () => {
  const none = { issuedOn: null, validFrom: null, validTo: null };
  it.each([
    [none, []],
    [{ ...none, validFrom: '2026-01-01', validTo: '2026-01-01' }, []],
    [{ ...none, validFrom: '2026-01-01', validTo: '2029-01-01' }, []],
    [{ ...none, validTo: '2026-01-01' }, []],
    [{ ...none, validFrom: '2026-01-02', validTo: '2026-01-01' }, ['query.validTo']],
    [{ ...none, issuedOn: '2026-03-01', validTo: '2026-02-01' }, ['query.validTo']],
    [
      { issuedOn: '2026-03-01', validFrom: '2026-03-02', validTo: '2026-02-01' },
      ['query.validTo', 'query.validTo'],
    ],
  ])('%j → %j', (dates, fields) => {
    expect(evidenceDateProblems(dates, 'query').map((p) => p.field)).toEqual(fields);
  });

  it('explains the problem in Vietnamese', () => {
    const [problem] = evidenceDateProblems(
      { issuedOn: null, validFrom: '2026-05-01', validTo: '2026-04-01' },
      'body',
    );
    expect(problem).toEqual({
      field: 'body.validTo',
      message: 'Ngày hết hiệu lực (2026-04-01) phải sau ngày có hiệu lực (2026-05-01).',
    });
  });
});
