import { describe, expect, it } from 'vitest';
import type { YearlyFigures } from '../../api/impact';
import { emptyFiguresForm, figuresToForm, formToFigures, suggestedYear } from './figures-form-state';

const FIGURES: YearlyFigures = {
  producerId: '0b6f7e0e-5d7b-4d55-8d0a-6e3f3c2b1a10',
  year: 2025,
  revenueVnd: 1_200_000_000,
  profitVnd: -50_000_000,
  jobs: 12,
  localJobs: 10,
  revenueGrowth: null,
  enteredBy: null,
  enteredAt: '2026-01-10T00:00:00Z',
};

describe('yearly figures form state', () => {
  it('round-trips a year, amounts written with dots and a loss kept negative', () => {
    const values = figuresToForm(FIGURES);
    expect(values).toEqual({
      year: '2025',
      revenue: '1.200.000.000',
      profit: '-50.000.000',
      jobs: '12',
      localJobs: '10',
    });
    expect(formToFigures(values)).toEqual({
      ok: true,
      year: 2025,
      body: { revenueVnd: 1_200_000_000, profitVnd: -50_000_000, jobs: 12, localJobs: 10 },
    });
  });

  it('sends blanks as unknown (null), leaving "nothing given" for the server to refuse', () => {
    expect(formToFigures(emptyFiguresForm(2026))).toEqual({
      ok: true,
      year: 2026,
      body: { revenueVnd: null, profitVnd: null, jobs: null, localJobs: null },
    });
  });

  it('passes numbers the server judges (more local jobs than jobs, a negative revenue)', () => {
    const result = formToFigures({ ...emptyFiguresForm(2025), revenue: '-1.000', jobs: '3', localJobs: '5' });
    expect(result).toMatchObject({ ok: true, body: { revenueVnd: -1_000, jobs: 3, localJobs: 5 } });
  });

  it('names every field it cannot read as a number', () => {
    expect(
      formToFigures({ year: '20x5', revenue: '1.5', profit: 'lỗ', jobs: 'mười', localJobs: '2' }),
    ).toEqual({ ok: false, invalid: ['year', 'revenueVnd', 'profitVnd', 'jobs'] });
  });

  it('suggests last year, then this year once last year is in', () => {
    expect(suggestedYear([], 2026)).toBe(2025);
    expect(suggestedYear([2025, 2024], 2026)).toBe(2026);
    expect(suggestedYear([2026, 2025], 2026)).toBe(2025);
  });
});
