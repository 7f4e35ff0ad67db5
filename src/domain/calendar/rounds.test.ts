import { describe, expect, it } from 'vitest';
import { checkRoundDates, defaultRounds } from './rounds.ts';

describe('defaultRounds', () => {
  it('province: 30/4 → 30/6 and 30/10 → 30/12', () => {
    expect(defaultRounds('province', 2026)).toEqual([
      { sequence: 1, name: 'Đợt 1 năm 2026', intakeDeadline: '2026-04-30', decisionDeadline: '2026-06-30' },
      { sequence: 2, name: 'Đợt 2 năm 2026', intakeDeadline: '2026-10-30', decisionDeadline: '2026-12-30' },
    ]);
  });

  it('central (5★): 30/7 → 30/9 and 30/1 → 30/3 of the same year', () => {
    expect(defaultRounds('central', 2027)).toEqual([
      { sequence: 1, name: 'Đợt 1 năm 2027', intakeDeadline: '2027-07-30', decisionDeadline: '2027-09-30' },
      { sequence: 2, name: 'Đợt 2 năm 2027', intakeDeadline: '2027-01-30', decisionDeadline: '2027-03-30' },
    ]);
  });

  it.each(['province', 'central'] as const)('%s rounds pass checkRoundDates', (level) => {
    for (const round of defaultRounds(level, 2028)) expect(checkRoundDates(round)).toEqual([]);
  });

  it.each([2026.5, 1899, 10_000, Number.NaN])('refuses the year %s', (year) => {
    expect(() => defaultRounds('province', year)).toThrow(RangeError);
  });
});

describe('checkRoundDates', () => {
  it.each<[string, string, string[]]>([
    ['2026-04-30', '2026-06-30', []],
    ['2026-06-30', '2026-06-30', []],
    ['2026-07-01', '2026-06-30', ['decisionDeadline']],
    ['2026-02-30', '2026-06-30', ['intakeDeadline']],
    ['2026-04-30', '30/06/2026', ['decisionDeadline']],
    ['', '', ['intakeDeadline', 'decisionDeadline']],
  ])('intake %j, decision %j → %j', (intakeDeadline, decisionDeadline, fields) => {
    expect(checkRoundDates({ intakeDeadline, decisionDeadline }).map((e) => e.field)).toEqual(fields);
  });

  it('explains the order in Vietnamese', () => {
    expect(checkRoundDates({ intakeDeadline: '2026-07-01', decisionDeadline: '2026-06-30' })).toEqual([
      { field: 'decisionDeadline', message: 'Hạn ra quyết định phải cùng ngày hoặc sau hạn nhận hồ sơ.' },
    ]);
    expect(
      checkRoundDates({ intakeDeadline: '2026-02-30', decisionDeadline: '2026-06-30' })[0]?.message,
    ).toMatch(/^Hạn nhận hồ sơ "2026-02-30" không hợp lệ/);
  });
});
