import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../src/db/client.ts';
import { certificateStatusSql } from '../../src/db/repositories/certificate-status.sql.ts';
import { addDays } from '../../src/domain/registry/calendar-date.ts';
import { certificateStatus } from '../../src/domain/registry/certificate-status.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

type Case = { validFrom: string; validTo: string; revokedOn?: string; pending?: string };

const VALID_TO = '2026-06-15';
const CASES: Case[] = [
  { validFrom: '2023-06-15', validTo: VALID_TO },
  { validFrom: '2023-06-15', validTo: VALID_TO, pending: '2026-01-10' },
  { validFrom: '2023-06-15', validTo: VALID_TO, pending: '2026-07-01' },
  { validFrom: '2023-06-15', validTo: VALID_TO, revokedOn: '2025-12-31' },
];
// Around every boundary: start, 180 days before expiry, expiry, 180 days after, revocation day.
const DAYS = [-1, 0, 1].flatMap((d) => [
  addDays('2023-06-15', d),
  addDays(VALID_TO, -180 + d),
  addDays(VALID_TO, d),
  addDays(VALID_TO, 180 + d),
  addDays('2025-12-31', d),
]);

/** The SQL that filters product lists must agree with the domain function the views use, day by day. */
describe('certificate status: SQL = domain', () => {
  it.each(CASES)('agrees for %o on every boundary day', async (c) => {
    for (const today of DAYS) {
      const result = await t.deps.db.execute(sql`
        select ${certificateStatusSql(today)} as status from (select
          ${c.validFrom}::date as current_valid_from, ${c.validTo}::date as current_valid_to,
          ${c.revokedOn ?? null}::date as current_revoked_on,
          ${c.pending ?? null}::date as current_re_evaluation_since) p`);
      const [row] = rowsOf<{ status: string }>(result);
      const domain = certificateStatus(
        {
          validFrom: c.validFrom,
          validTo: c.validTo,
          ...(c.revokedOn ? { revokedAt: c.revokedOn, revocationGround: 'b' as const } : {}),
          ...(c.pending ? { reEvaluationPendingSince: c.pending } : {}),
        },
        today,
      );
      expect(domain.ok).toBe(true);
      expect({ today, status: row?.status }).toEqual({
        today,
        status: domain.ok ? domain.value.status : 'error',
      });
    }
  });
});
