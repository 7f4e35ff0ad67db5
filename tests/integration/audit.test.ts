import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditLog } from '../../src/app/audit/verify-audit-log.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('audit log', () => {
  it('records who, when, what, before and after for every write, as a verifiable hash chain', async () => {
    const admin = await buildUser(t.deps);
    const target = await buildUser(t.deps, { role: 'council_member', provinceCode: '04' });
    const session = await loginAs(t.app, admin.username);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${target.id}`,
      headers: session.headers,
      payload: { displayName: 'Tên mới' },
    });
    expect(patch.statusCode).toBe(200);
    const [entry] = await t.deps.db.query.auditLog.findMany({
      where: (a, { and, eq }) => and(eq(a.entityId, target.id), eq(a.action, 'update')),
    });
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorLabel: admin.username,
      entity: 'user',
      before: expect.objectContaining({ displayName: target.displayName }),
      after: expect.objectContaining({ displayName: 'Tên mới' }),
    });
    expect(entry?.at).toBeInstanceOf(Date);
    const verdict = await verifyAuditLog(t.deps.db, 2); // small pages exercise the paging
    expect(verdict).toMatchObject({ ok: true });
    expect(verdict.checked).toBeGreaterThanOrEqual(4);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    // Drizzle wraps the database error; the trigger's message is in `cause`.
    const refusal = (error: unknown) => String((error as Error & { cause?: Error }).cause?.message);
    for (const statement of [sql`update audit_log set action = 'x'`, sql`delete from audit_log`]) {
      const error = await t.deps.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refusal(error)).toMatch(/append-only/);
    }
  });

  it('reports the first broken link when a row is altered behind the trigger’s back', async () => {
    await buildUser(t.deps);
    await buildUser(t.deps);
    const before = await verifyAuditLog(t.deps.db);
    expect(before.ok).toBe(true);
    await t.deps.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.deps.db.execute(sql`update audit_log set after = '{"tampered":true}' where seq = 2`);
    await t.deps.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    expect(await verifyAuditLog(t.deps.db)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'hash-mismatch',
      checked: 1,
    });
  });
});
