import { describe, expect, it } from 'vitest';
import { dashboardRouteQuery, readDashboardQuery } from './dashboard-query';

describe('dashboard route query', () => {
  it('keeps well-formed dates and pre-2025 units, drops the rest', () => {
    expect(
      readDashboardQuery({ asOf: '2026-06-30', from: '2026-01-01', to: '30/06/2026', units: 'pre2025' }),
    ).toEqual({ asOf: '2026-06-30', from: '2026-01-01', to: undefined, units: 'pre2025' });
    expect(readDashboardQuery({ units: '2025' }).units).toBeUndefined();
  });

  it('writes 2025 units as the default (left out)', () => {
    expect(dashboardRouteQuery({ asOf: '2026-06-30', units: '2025' })).toEqual({
      asOf: '2026-06-30',
      from: undefined,
      to: undefined,
      units: undefined,
    });
    expect(dashboardRouteQuery({ units: 'pre2025' }).units).toBe('pre2025');
  });
});
