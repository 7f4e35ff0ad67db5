import { describe, expect, it } from 'vitest';
import { dateRangeProblems } from './date-range.ts';
import { oneLine } from './text-line.ts';

describe('dateRangeProblems', () => {
  it.each([
    ['2026-11-20', '2026-11-22', []],
    ['2026-11-22', '2026-11-22', []],
    ['2026-11-22', '2026-11-20', ['body.endsOn']],
    ['2026-02-30', '2026-03-01', ['body.startsOn']],
    ['22/11/2026', 'x', ['body.startsOn', 'body.endsOn']],
  ])('%s → %s: %j', (startsOn, endsOn, fields) => {
    expect(dateRangeProblems({ startsOn, endsOn }).map((e) => e.field)).toEqual(fields);
  });
});

describe('oneLine', () => {
  it.each([
    ['  Hội chợ   OCOP\n2026 ', 'Hội chợ OCOP 2026'],
    ['   ', null],
    [null, null],
    [undefined, null],
    ['Ho\u0300a', 'Hòa'],
  ])('%j → %j', (input, expected) => {
    expect(oneLine(input)).toBe(expected);
  });
});
