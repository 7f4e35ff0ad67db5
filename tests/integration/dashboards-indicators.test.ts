import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeIndicators } from '../../src/app/programme/compute-indicators.ts';
import { rowsOf } from '../../src/db/client.ts';
import { HEADLINE_INDICATORS } from '../../src/domain/programme/headline-indicators.ts';
import type { IndicatorResult } from '../../src/domain/programme/indicator-result.ts';
import { NATIONAL, provinceScope } from '../../src/domain/programme/programme-scope.ts';
import { addDays } from '../../src/domain/registry/calendar-date.ts';
import { certificateStatus } from '../../src/domain/registry/certificate-status.ts';
import type { RevocationGround } from '../../src/domain/registry/revocation-grounds.ts';
import { buildRegistrar } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { addProgrammeActivity, buildProgrammeFixture, type Fixture } from './dashboards-fixture.ts';

let t: TestApp;
let fixture: Fixture;
const TQ = provinceScope('08');
const H1_2026 = { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' };

const byCode = (results: IndicatorResult[]) => {
  const map = new Map<string, IndicatorResult>();
  for (const r of results) {
    const key = r.code === 'producer_type_share' ? `${r.code}:${r.params.types?.join('+')}` : r.code;
    map.set(key, r);
  }
  return map;
};
const value = (results: Map<string, IndicatorResult>, key: string) => {
  const r = results.get(key);
  if (!r) throw new Error(`no ${key}`);
  return { value: r.value, numerator: r.numerator, denominator: r.denominator };
};

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-01-10T03:00:00Z'));
  const registrar = await buildRegistrar(t.deps);
  fixture = await buildProgrammeFixture(t.deps, registrar);
  await addProgrammeActivity(t.deps, fixture);
});

afterAll(async () => {
  await t.close();
});

describe(`computeIndicators on ${process.env.OCOP_TEST_DB}`, () => {
  it('Tuyên Quang, first half of 2026: every headline indicator from the constructed data', async () => {
    const r = byCode(await computeIndicators(t.deps, TQ, H1_2026));
    const communes = t.deps.adminUnits.communes2025Of('08').length;
    expect(r.get('certified_products')).toMatchObject({ value: 3, breakdown: { '3': 1, '4': 1, '5': 1 } });
    expect(value(r, 'five_star_products').value).toBe(1);
    expect(value(r, 'communes_covered').value).toBe(3);
    expect(value(r, 'commune_coverage')).toEqual({
      value: Math.round((3 / communes) * 10_000) / 100,
      numerator: 3,
      denominator: communes,
    });
    expect(value(r, 'new_certified_products').value).toBe(1); // E
    expect(value(r, 'upgraded_products').value).toBe(0); // A's upgrade was in 2025
    expect(value(r, 'producer_type_share:cooperative')).toEqual({
      value: 33.33,
      numerator: 1,
      denominator: 3,
    });
    expect(value(r, 'producer_type_share:sme')).toEqual({ value: 33.33, numerator: 1, denominator: 3 });
    // A's producer sells on Shopee, E's through a supermarket sale point; C's only on Facebook.
    expect(value(r, 'modern_channel_share')).toEqual({ value: 66.67, numerator: 2, denominator: 3 });
    // Only A has both a photo and a real description.
    expect(value(r, 'portal_listed_share')).toEqual({ value: 33.33, numerator: 1, denominator: 3 });
    expect(r.get('sale_points')).toMatchObject({ value: 2, breakdown: { commune: 1, province: 1 } });
    expect(value(r, 'officials_trained_share')).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect(value(r, 'producers_trained').value).toBe(1);
    expect(r.get('support_count')).toMatchObject({ value: 2, breakdown: { trademark: 1, packaging: 1 } });
    expect(value(r, 'support_amount').value).toBe(15_000_000);
    expect(value(r, 'fairs_held').value).toBe(1);
    // The fair's contract with the cooperative and the sme's contract at the Hà Nội exhibition.
    expect(r.get('contracts_signed')).toMatchObject({ value: 2, breakdown: { valueVnd: 1_500_000_000 } });
    expect(r.get('revenue_reported')).toMatchObject({ value: 570_000_000, measured: { year: 2025 } });
    expect(value(r, 'jobs_reported').value).toBe(15);
    expect(value(r, 'revenue_growth_share')).toEqual({ value: 50, numerator: 1, denominator: 2 });
    expect([...r.values()].every((x) => x.source === 'computed')).toBe(true);
  });

  it('as of earlier days: revoked, archived, extended and superseded certificates', async () => {
    const at = async (asOf: string) => {
      const [certified] = await computeIndicators(t.deps, TQ, { asOf, from: asOf, to: asOf }, [
        { code: 'certified_products' },
      ]);
      return certified?.breakdown;
    };
    // A 4★ (from 2025-02-01), B 4★ (revoked later), C 5★, F 3★ (archived later); D expired, E not yet.
    expect(await at('2025-12-31')).toEqual({ '3': 1, '4': 2, '5': 1 });
    // A 3★, C 5★, D 3★ (extended: re-evaluation pending since before its expiry); B starts 2024-05-10.
    expect(await at('2024-05-01')).toEqual({ '3': 2, '4': 0, '5': 1 });
    // D's extension (to 2024-07-08) is over; B has started.
    expect(await at('2024-08-01')).toEqual({ '3': 1, '4': 1, '5': 1 });
  });

  it('flows of 2025: F first certified, A upgraded; the country adds Hà Nội', async () => {
    const year = { asOf: '2025-12-31', from: '2025-01-01', to: '2025-12-31' };
    const requests = [
      { code: 'new_certified_products' },
      { code: 'new_certified_products', params: { minStars: 4 } },
      { code: 'upgraded_products' },
      { code: 'recertified_products' },
    ] as const;
    const tq = await computeIndicators(t.deps, TQ, year, requests);
    expect(tq.map((r) => r.value)).toEqual([1, 1, 1, 1]); // F new; A new at 4★, upgraded, re-certified
    const national = await computeIndicators(t.deps, NATIONAL, year, requests);
    expect(national.map((r) => r.value)).toEqual([2, 2, 1, 1]);
  });

  it('the count in force agrees with certificateStatus() day by day around every boundary', async () => {
    const certs = rowsOf<{
      product_id: string;
      valid_from: string;
      valid_to: string;
      revoked_on: string | null;
      revocation_ground: string | null;
      pending: string | null;
      archived: string | null;
    }>(
      await t.deps.db.execute(sql`
        select c.product_id, c.valid_from::text, c.valid_to::text, c.revoked_on::text, c.revocation_ground,
          c.re_evaluation_pending_since::text as pending,
          ((p.archived_at at time zone 'UTC') + interval '7 hours')::date::text as archived
        from certificates c join products p on p.id = c.product_id
        where p.province_code = '08' order by c.valid_from, c.created_at`),
    );
    const oracle = (day: string) => {
      const latest = new Map<string, (typeof certs)[number]>();
      for (const c of certs) if (c.valid_from <= day) latest.set(c.product_id, c);
      return [...latest.values()].filter((c) => {
        if (c.archived !== null && c.archived <= day) return false;
        const status = certificateStatus(
          {
            validFrom: c.valid_from,
            validTo: c.valid_to,
            ...(c.revoked_on && c.revocation_ground
              ? { revokedAt: c.revoked_on, revocationGround: c.revocation_ground as RevocationGround }
              : {}),
            ...(c.pending ? { reEvaluationPendingSince: c.pending } : {}),
          },
          day,
        );
        return status.ok && ['valid', 'expiring', 'extended'].includes(status.value.status);
      }).length;
    };
    const boundaries = certs.flatMap((c) =>
      [
        c.valid_from,
        c.valid_to,
        c.revoked_on,
        c.archived,
        c.pending ? addDays(c.valid_to, 180) : null,
      ].filter((d): d is string => d !== null),
    );
    const days = [...new Set(boundaries.flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]))].sort();
    for (const day of days) {
      const [certified] = await computeIndicators(t.deps, TQ, { asOf: day, from: day, to: day }, [
        { code: 'certified_products' },
      ]);
      expect(certified?.value, day).toBe(oracle(day));
    }
  });

  it('computes the headline list by default and refuses an unknown province or a reversed period', async () => {
    expect(await computeIndicators(t.deps, TQ, H1_2026)).toHaveLength(HEADLINE_INDICATORS.length);
    await expect(computeIndicators(t.deps, provinceScope('99'), H1_2026)).rejects.toMatchObject({
      code: 'ADMIN_UNIT_NOT_FOUND',
    });
    await expect(
      computeIndicators(t.deps, TQ, { asOf: '2026-06-30', from: '2026-06-30', to: '2026-01-01' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
