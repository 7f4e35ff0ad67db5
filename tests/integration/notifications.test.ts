import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withJobsLock } from '../../src/app/jobs/jobs-lock.ts';
import { runDailyJobs } from '../../src/app/jobs/run-daily-jobs.ts';
import { runTick } from '../../src/app/jobs/run-tick.ts';
import { createMailer, MAX_EMAIL_ATTEMPTS, sendPendingEmails } from '../../src/app/notifications/mailer.ts';
import { notifyUsers } from '../../src/app/notifications/notify-users.ts';
import { findRecipients, recipientsForDossierState } from '../../src/app/notifications/recipients.ts';
import type { ProductView } from '../../src/app/products/product-view.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import type { PublicUser } from '../../src/app/users/public-user.ts';
import {
  councilMembers,
  councilRecusals,
  councils,
  dossiers,
  notifications,
  revocations,
  users,
} from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { addDays } from '../../src/domain/registry/calendar-date.ts';
import type { DossierState, RegistrationType } from '../../src/domain/workflow/dossier-states.ts';
import { buildUser, loginAs, TEST_PASSWORD } from '../helpers/factories.ts';
import {
  buildProducer,
  buildProduct,
  buildRegistrar,
  certify,
  communeOf,
} from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let registrar: Actor;
let communeCode: string;
let otherCommuneCode: string;
let communeOfficer: PublicUser;
let otherCommuneOfficer: PublicUser;
let provinceOfficer: PublicUser;
let provinceLeader: PublicUser;

const AUDIT = { id: null, label: 'test' };
let dossierSerial = 0;

async function setEmail(userId: string, email: string | null, isActive = true): Promise<void> {
  await t.deps.db.update(users).set({ email, isActive }).where(eq(users.id, userId));
}

async function producerAccount(producerId: string): Promise<PublicUser> {
  return createUser(t.deps, null, AUDIT, {
    username: `chuthe${Math.random().toString(36).slice(2, 8)}`,
    displayName: 'Tài khoản chủ thể',
    password: TEST_PASSWORD,
    role: 'producer',
    producerId,
  });
}

/** A dossier row written directly (the workflow use cases are tested elsewhere). */
async function insertDossier(
  product: ProductView,
  fields: { state: DossierState; dueOn?: string | null; type?: RegistrationType; councilId?: string },
) {
  dossierSerial += 1;
  const at = new Date('2027-01-01T00:00:00Z');
  const [row] = await t.deps.db
    .insert(dossiers)
    .values({
      code: `HS-TB-${String(dossierSerial).padStart(5, '0')}`,
      productId: product.id,
      producerId: product.producer.id,
      provinceCode: product.province.code,
      communeCode: product.commune.code,
      registrationType: fields.type ?? 'first',
      state: fields.state,
      criteriaSetId: '26/2026/QĐ-TTg',
      productSetId: product.productSetId ?? 11,
      dueOn: fields.dueOn ?? null,
      councilId: fields.councilId ?? null,
      createdAt: at,
      updatedAt: at,
    })
    .returning();
  if (!row) throw new Error('no dossier');
  return row;
}

function notificationsOf(userId: string) {
  return t.deps.db.select().from(notifications).where(eq(notifications.userId, userId));
}

function notificationsAbout(entityId: string) {
  return t.deps.db.select().from(notifications).where(eq(notifications.entityId, entityId));
}

beforeAll(async () => {
  t = await createTestApp();
  registrar = await buildRegistrar(t.deps);
  communeCode = communeOf(t.deps, '08', 4);
  otherCommuneCode = communeOf(t.deps, '08', 5);
  communeOfficer = await buildUser(t.deps, { role: 'commune_officer', communeCode });
  otherCommuneOfficer = await buildUser(t.deps, { role: 'commune_officer', communeCode: otherCommuneCode });
  provinceOfficer = await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' });
  provinceLeader = await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' });
});
afterAll(() => t?.close());

describe('notifyUsers', () => {
  it('writes one notification per distinct user, queues e-mail only for active users with an address', async () => {
    const [a, b, c] = await Promise.all([buildUser(t.deps), buildUser(t.deps), buildUser(t.deps)]);
    if (!a || !b || !c) throw new Error('users');
    await setEmail(a.id, 'a@example.vn');
    await setEmail(c.id, 'c@example.vn', false);
    const now = new Date('2027-01-05T01:00:00Z');
    const input = { userIds: [a.id, a.id, b.id, c.id], kind: 'test', title: 'Thử', body: 'Nội dung' };
    expect(await notifyUsers(t.deps.db, now, input, { email: true })).toBe(3);
    const [rowA] = await notificationsOf(a.id);
    const [rowB] = await notificationsOf(b.id);
    const [rowC] = await notificationsOf(c.id);
    expect([rowA?.emailStatus, rowB?.emailStatus, rowC?.emailStatus]).toEqual(['pending', 'none', 'none']);
    expect(rowA).toMatchObject({ kind: 'test', title: 'Thử', readAt: null, emailAttempts: 0 });

    // Without SMTP the caller says so: the notification stays in the app.
    expect(await notifyUsers(t.deps.db, now, { ...input, userIds: [a.id] }, { email: false })).toBe(1);
    expect((await notificationsOf(a.id)).map((n) => n.emailStatus).sort()).toEqual(['none', 'pending']);
  });

  it('adds nothing for a user who already has the dedupe key, and joins the caller’s transaction', async () => {
    const [a, b] = await Promise.all([buildUser(t.deps), buildUser(t.deps)]);
    if (!a || !b) throw new Error('users');
    const now = new Date('2027-01-05T01:00:00Z');
    const input = { userIds: [a.id], kind: 'test', title: 'Nhắc', body: 'Một lần', dedupeKey: 'k:1' };
    expect(await notifyUsers(t.deps.db, now, input, { email: false })).toBe(1);
    expect(await notifyUsers(t.deps.db, now, input, { email: false })).toBe(0);
    expect(await notifyUsers(t.deps.db, now, { ...input, userIds: [a.id, b.id] }, { email: false })).toBe(1);
    expect(await notificationsOf(a.id)).toHaveLength(1);

    await expect(
      t.deps.db.transaction(async (tx) => {
        await notifyUsers(tx, now, { ...input, dedupeKey: 'k:rolled-back' }, { email: false });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await notificationsOf(a.id)).toHaveLength(1);
  });
});

describe('recipients', () => {
  it('finds the users behind each function, and the scoring seats of a council minus recusals', async () => {
    const producer = await buildProducer(t.deps, registrar, { communeCode });
    const product = await buildProduct(t.deps, registrar, producer.id);
    const account = await producerAccount(producer.id);
    expect(await findRecipients(t.deps.db, { kind: 'producer', producerId: producer.id })).toEqual([
      account.id,
    ]);
    expect(await findRecipients(t.deps.db, { kind: 'commune', communeCode })).toEqual([communeOfficer.id]);
    expect(await findRecipients(t.deps.db, { kind: 'province_signer', provinceCode: '08' })).toEqual([
      provinceLeader.id,
    ]);

    const now = new Date();
    const [council] = await t.deps.db
      .insert(councils)
      .values({
        level: 'province',
        provinceCode: '08',
        name: 'Hội đồng OCOP tỉnh thử',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!council) throw new Error('council');
    const seats = {
      chair: await buildUser(t.deps, { role: 'council_member', provinceCode: '08' }),
      member: await buildUser(t.deps, { role: 'council_member', provinceCode: '08' }),
      recused: await buildUser(t.deps, { role: 'council_member', provinceCode: '08' }),
      secretary: await buildUser(t.deps, { role: 'council_member', provinceCode: '08' }),
    };
    await t.deps.db.insert(councilMembers).values([
      { councilId: council.id, userId: seats.chair.id, role: 'chair', createdAt: now },
      { councilId: council.id, userId: seats.member.id, role: 'member', createdAt: now },
      { councilId: council.id, userId: seats.recused.id, role: 'member', createdAt: now },
      { councilId: council.id, userId: seats.secretary.id, role: 'secretary', createdAt: now },
    ]);
    const dossier = await insertDossier(product, { state: 'council_scoring', councilId: council.id });
    await t.deps.db.insert(councilRecusals).values({
      dossierId: dossier.id,
      councilId: council.id,
      memberId: seats.recused.id,
      reason: 'Người thân của chủ thể',
      declaredAt: now,
    });

    const scoring = await recipientsForDossierState(t.deps.db, dossier);
    expect(scoring.sort()).toEqual([seats.chair.id, seats.member.id].sort());
    const everySeat = await findRecipients(t.deps.db, {
      kind: 'council',
      councilId: council.id,
      dossierId: dossier.id,
    });
    expect(everySeat.sort()).toEqual([seats.chair.id, seats.member.id, seats.secretary.id].sort());
    expect(await recipientsForDossierState(t.deps.db, { ...dossier, state: 'council_discussion' })).toEqual([
      seats.chair.id,
    ]);
    expect(await recipientsForDossierState(t.deps.db, { ...dossier, state: 'commune_review' })).toEqual([
      communeOfficer.id,
    ]);
    expect(await recipientsForDossierState(t.deps.db, { ...dossier, state: 'recognised' })).toEqual([]);
  });
});

describe('notifications API', () => {
  it('lists only my notifications, newest first with the unread count; marks them read', async () => {
    // Outside the units the reminders below go to, so they do not receive them.
    const me = await buildUser(t.deps, { role: 'commune_officer', communeCode: communeOf(t.deps, '82') });
    const someoneElse = await buildUser(t.deps, { role: 'province_officer', provinceCode: '82' });
    for (const [i, day] of ['2027-02-01', '2027-02-02', '2027-02-03'].entries()) {
      await notifyUsers(
        t.deps.db,
        new Date(`${day}T02:00:00Z`),
        { userIds: [me.id], kind: 'test', title: `Thông báo số ${i + 1}`, body: 'Nội dung' },
        { email: false },
      );
    }
    await notifyUsers(
      t.deps.db,
      new Date('2027-02-04T02:00:00Z'),
      { userIds: [someoneElse.id], kind: 'test', title: 'Của người khác', body: '…' },
      { email: false },
    );
    const asMe = await loginAs(t.app, me.username);

    const list = await t.app.inject({ url: '/api/v1/notifications', headers: asMe.headers });
    expect(list.statusCode, list.body).toBe(200);
    const body = list.json<{
      items: { id: string; title: string; isRead: boolean }[];
      total: number;
      unreadCount: number;
    }>();
    expect(body.items.map((n) => n.title)).toEqual(['Thông báo số 3', 'Thông báo số 2', 'Thông báo số 1']);
    expect(body).toMatchObject({ total: 3, unreadCount: 3 });

    const page2 = await t.app.inject({
      url: '/api/v1/notifications?page=2&pageSize=2',
      headers: asMe.headers,
    });
    expect(page2.json<{ items: { title: string }[] }>().items.map((n) => n.title)).toEqual([
      'Thông báo số 1',
    ]);

    const newest = body.items[0];
    if (!newest) throw new Error('no notification');
    const read = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${newest.id}/read`,
      headers: asMe.headers,
    });
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ id: newest.id, isRead: true });
    const unread = await t.app.inject({ url: '/api/v1/notifications?unread=true', headers: asMe.headers });
    expect(unread.json()).toMatchObject({ total: 2, unreadCount: 2 });

    const readAll = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: asMe.headers,
    });
    expect(readAll.json()).toEqual({ updated: 2 });
    const after = await t.app.inject({ url: '/api/v1/notifications', headers: asMe.headers });
    expect(after.json()).toMatchObject({ total: 3, unreadCount: 0 });
    const [others] = await notificationsOf(someoneElse.id);
    expect(others?.readAt).toBeNull();
  });

  it('answers 404 for another user’s notification, 400/401/403 for bad, anonymous or forged calls', async () => {
    const me = await buildUser(t.deps, { role: 'producer', communeCode });
    const other = await buildUser(t.deps, { role: 'ministry_admin' });
    await notifyUsers(
      t.deps.db,
      new Date(),
      { userIds: [other.id], kind: 'test', title: 'Riêng', body: '…' },
      { email: false },
    );
    const [theirs] = await notificationsOf(other.id);
    if (!theirs) throw new Error('no notification');
    const asMe = await loginAs(t.app, me.username);

    const foreign = await t.app.inject({
      method: 'POST',
      url: `/api/v1/notifications/${theirs.id}/read`,
      headers: asMe.headers,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/problem+json');
    expect(foreign.json()).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
    expect((await notificationsOf(other.id))[0]?.readAt).toBeNull();

    const notUuid = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/abc/read',
      headers: asMe.headers,
    });
    expect(notUuid.statusCode).toBe(400);
    const noCsrf = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/read-all',
      headers: { cookie: asMe.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/notifications' })).statusCode).toBe(401);
  });
});

type Received = { from: string; to: string[]; raw: string };

/** A real SMTP server on a random port; rejects recipients whose address starts with "reject". */
async function startSmtpServer(): Promise<{ port: number; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, callback) {
      if (auth.username === 'ocop' && auth.password === 'mật-khẩu') callback(null, { user: auth.username });
      else callback(new Error('Invalid credentials'));
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('reject')) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
      } else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The decoded value of a header (RFC 2047 encoded words, folded lines). */
function headerOf(raw: string, name: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0]?.replace(/\r?\n[ \t]+/g, ' ') ?? '';
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  const value = line?.slice(name.length + 1).trim() ?? '';
  const bytes: Buffer[] = [];
  const words = /=\?utf-8\?([bq])\?([^?]*)\?=/gi;
  let last = 0;
  for (const m of value.matchAll(words)) {
    const between = value.slice(last, m.index);
    if (!(last > 0 && /^\s*$/.test(between))) bytes.push(Buffer.from(between, 'utf8'));
    const text = m[2] ?? '';
    bytes.push(
      m[1]?.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ),
    );
    last = (m.index ?? 0) + m[0].length;
  }
  bytes.push(Buffer.from(value.slice(last), 'utf8'));
  return Buffer.concat(bytes).toString('utf8');
}

/** The decoded text body (quoted-printable or base64). */
function bodyOf(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = headerOf(raw, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const binary = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(binary, 'latin1').toString('utf8');
}

describe('e-mail (a real SMTP server in the test)', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const BASE = 'https://ocop.example.gov.vn';
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp?.close());

  const mailerFor = (port: number) =>
    createMailer({
      smtpUrl: `smtp://ocop:m%E1%BA%ADt-kh%E1%BA%A9u@127.0.0.1:${port}`,
      from: 'OCOP Tuyên Quang <no-reply@ocop.local>',
    });

  it('sends a pending notification with its Vietnamese subject intact and an absolute link, then marks it sent', async () => {
    const user = await buildUser(t.deps);
    await setEmail(user.id, 'can.bo@example.vn');
    const title = 'Hồ sơ HS-2027-000123 đã quá hạn xử lý — Đặc sản Tuyên Quang ★★★★';
    await notifyUsers(
      t.deps.db,
      new Date('2027-03-01T01:00:00Z'),
      {
        userIds: [user.id],
        kind: 'test',
        title,
        body: 'Đề nghị xử lý hồ sơ.',
        link: '/admin/#/dossiers/abc',
      },
      { email: true },
    );
    const mailer = mailerFor(smtp.port);
    const sentAt = new Date('2027-03-01T01:01:00Z');
    const report = await sendPendingEmails(t.deps.db, mailer, sentAt, { batchSize: 50, publicBaseUrl: BASE });
    mailer.close();
    expect(report.sent).toBeGreaterThanOrEqual(1);
    const message = smtp.received.find((m) => m.to.includes('can.bo@example.vn'));
    if (!message) throw new Error('message not received');
    expect(message.from).toBe('no-reply@ocop.local');
    expect(headerOf(message.raw, 'Subject')).toBe(title);
    const text = bodyOf(message.raw);
    expect(text).toContain('Đề nghị xử lý hồ sơ.');
    expect(text).toContain(`Xem chi tiết: ${BASE}/admin/#/dossiers/abc`);
    const [row] = await notificationsOf(user.id);
    expect(row).toMatchObject({ emailStatus: 'sent', emailAttempts: 0, emailError: null });
    expect(row?.emailedAt?.toISOString()).toBe(sentAt.toISOString());
  });

  it('retries a rejected e-mail on each run and gives up after five attempts', async () => {
    const user = await buildUser(t.deps);
    await setEmail(user.id, 'reject.me@example.vn');
    await notifyUsers(
      t.deps.db,
      new Date('2027-03-02T01:00:00Z'),
      { userIds: [user.id], kind: 'test', title: 'Bị từ chối', body: '…' },
      { email: true },
    );
    const mailer = mailerFor(smtp.port);
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt += 1) {
      await sendPendingEmails(t.deps.db, mailer, new Date(), { batchSize: 50, publicBaseUrl: BASE });
      const [row] = await notificationsOf(user.id);
      expect(row).toMatchObject({
        emailAttempts: attempt,
        emailStatus: attempt < MAX_EMAIL_ATTEMPTS ? 'pending' : 'failed',
        emailedAt: null,
      });
      expect(row?.emailError).toContain('Mailbox unavailable');
    }
    const again = await sendPendingEmails(t.deps.db, mailer, new Date(), {
      batchSize: 50,
      publicBaseUrl: BASE,
    });
    mailer.close();
    expect(again).toEqual({ sent: 0, retrying: 0, failed: 0, skipped: 0 });
    expect((await notificationsOf(user.id))[0]?.emailAttempts).toBe(MAX_EMAIL_ATTEMPTS);
  });

  it('a tick creates the day’s reminders and e-mails them in one go', async () => {
    const producer = await buildProducer(t.deps, registrar, { communeCode: otherCommuneCode });
    const product = await buildProduct(t.deps, registrar, producer.id);
    await setEmail(otherCommuneOfficer.id, 'xa.khac@example.vn');
    const dossier = await insertDossier(product, { state: 'commune_review', dueOn: '2027-03-20' });
    const mailer = mailerFor(smtp.port);
    const report = await runTick({ ...t.deps, mailer }, new Date('2027-03-25T02:00:00Z'));
    mailer.close();
    expect(report.daily.jobs.find((j) => j.name === 'overdue-dossier-reminders')).toMatchObject({
      ran: true,
    });
    const [reminder] = await notificationsAbout(dossier.id);
    expect(reminder).toMatchObject({ userId: otherCommuneOfficer.id, emailStatus: 'sent' });
    const message = smtp.received.find((m) => m.to.includes('xa.khac@example.vn'));
    expect(headerOf(message?.raw ?? '', 'Subject')).toBe(`Hồ sơ ${dossier.code} đã quá hạn xử lý`);
    expect(bodyOf(message?.raw ?? '')).toContain(
      `${t.deps.config.publicBaseUrl}/admin/#/dossiers/${dossier.id}`,
    );
  });
});

describe('daily jobs', () => {
  it('reminds the commune officer of an overdue dossier once a day; closed or not yet due dossiers are left alone', async () => {
    const producer = await buildProducer(t.deps, registrar, { communeCode });
    const [overdueProduct, closedProduct, laterProduct] = await Promise.all([
      buildProduct(t.deps, registrar, producer.id),
      buildProduct(t.deps, registrar, producer.id),
      buildProduct(t.deps, registrar, producer.id),
    ]);
    if (!overdueProduct || !closedProduct || !laterProduct) throw new Error('products');
    const overdue = await insertDossier(overdueProduct, { state: 'commune_review', dueOn: '2027-04-01' });
    const closed = await insertDossier(closedProduct, { state: 'rejected', dueOn: '2027-03-01' });
    const later = await insertDossier(laterProduct, { state: 'commune_review', dueOn: '2027-04-10' });

    // 09:00 on 5 April in Vietnam.
    const first = await runDailyJobs(t.deps, new Date('2027-04-05T02:00:00Z'));
    expect(first.today).toBe('2027-04-05');
    expect(first.jobs.find((j) => j.name === 'overdue-dossier-reminders')).toMatchObject({ ran: true });
    const reminders = await notificationsAbout(overdue.id);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toMatchObject({
      userId: communeOfficer.id,
      kind: 'dossier_overdue',
      title: `Hồ sơ ${overdue.code} đã quá hạn xử lý`,
      dedupeKey: `overdue:${overdue.id}:commune_review:2027-04-05`,
      link: `/admin/#/dossiers/${overdue.id}`,
      emailStatus: 'none',
    });
    expect(reminders[0]?.body).toContain('01/04/2027');
    expect(reminders[0]?.body).toContain('quá hạn 4 ngày');
    expect(await notificationsAbout(closed.id)).toHaveLength(0);
    expect(await notificationsAbout(later.id)).toHaveLength(0);

    // Later the same day (23:30 in Vietnam, still 5 April): nothing new.
    const again = await runDailyJobs(t.deps, new Date('2027-04-05T16:30:00Z'));
    expect(again.jobs.every((j) => !j.ran)).toBe(true);
    expect(await notificationsAbout(overdue.id)).toHaveLength(1);

    // The next day (00:30 on 6 April in Vietnam) brings a new reminder.
    const nextDay = await runDailyJobs(t.deps, new Date('2027-04-05T17:30:00Z'));
    expect(nextDay.today).toBe('2027-04-06');
    expect(await notificationsAbout(overdue.id)).toHaveLength(2);
  });

  it('reminds the producer’s account and the province office once when the re-evaluation window opens', async () => {
    const producer = await buildProducer(t.deps, registrar, { communeCode });
    const account = await producerAccount(producer.id);
    const product = await buildProduct(t.deps, registrar, producer.id, { name: 'Chè Shan tuyết Na Hang' });
    const certified = await certify(t.deps, registrar, product.id, { stars: 4, validFrom: '2025-06-15' });
    const certificate = certified.certificates[0];
    if (!certificate) throw new Error('no certificate');
    expect(certificate.validTo).toBe('2028-06-15');
    // Another product already in re-evaluation is not reminded.
    const busy = await buildProduct(t.deps, registrar, producer.id);
    const busyCertificate = (await certify(t.deps, registrar, busy.id, { validFrom: '2025-06-15' }))
      .certificates[0];
    await insertDossier(busy, { state: 'commune_review', type: 're_evaluation' });

    const opensOn = addDays('2028-06-15', -180);
    expect(opensOn).toBe('2027-12-18');
    const dayBefore = await runDailyJobs(t.deps, new Date('2027-12-17T02:00:00Z'));
    expect(dayBefore.jobs.find((j) => j.name === 're-evaluation-window-reminders')).toMatchObject({
      ran: true,
      notified: 0,
    });
    await runDailyJobs(t.deps, new Date('2027-12-18T02:00:00Z'));
    const reminders = await notificationsAbout(certificate.id);
    expect(reminders.map((r) => r.userId).sort()).toEqual([account.id, provinceOfficer.id].sort());
    expect(reminders[0]).toMatchObject({
      kind: 're_evaluation_window',
      title: 'Đến thời hạn nộp hồ sơ đánh giá lại: Chè Shan tuyết Na Hang',
      dedupeKey: `reeval-window:${certificate.id}`,
      link: `/admin/#/products/${product.id}`,
    });
    expect(reminders[0]?.body).toContain('từ ngày 18/12/2027 đến hết ngày 16/02/2028');
    expect(await notificationsAbout(busyCertificate?.id ?? '')).toHaveLength(0);

    await runDailyJobs(t.deps, new Date('2027-12-19T02:00:00Z'));
    expect(await notificationsAbout(certificate.id)).toHaveLength(2);
  });

  it('reminds the province chair of a revocation due within three days', async () => {
    const producer = await buildProducer(t.deps, registrar, { communeCode });
    const product = await buildProduct(t.deps, registrar, producer.id);
    const certificate = (await certify(t.deps, registrar, product.id, { validFrom: '2025-06-15' }))
      .certificates[0];
    if (!certificate) throw new Error('no certificate');
    const at = new Date('2028-01-01T00:00:00Z');
    const [revocation] = await t.deps.db
      .insert(revocations)
      .values({
        certificateId: certificate.id,
        productId: product.id,
        provinceCode: '08',
        level: 'province',
        ground: 'dd',
        description: 'Chủ thể ngừng sản xuất',
        concludedOn: '2028-01-01',
        dueOn: '2028-01-16',
        state: 'proposed',
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    if (!revocation) throw new Error('no revocation');
    await runDailyJobs(t.deps, new Date('2028-01-12T02:00:00Z'));
    expect(await notificationsAbout(revocation.id)).toHaveLength(0);
    await runDailyJobs(t.deps, new Date('2028-01-13T02:00:00Z'));
    const [reminder, ...more] = await notificationsAbout(revocation.id);
    expect(more).toHaveLength(0);
    expect(reminder).toMatchObject({
      userId: provinceLeader.id,
      kind: 'revocation_due',
      dedupeKey: `revocation-due:${revocation.id}:2028-01-16`,
    });
    expect(reminder?.body).toContain('16/01/2028');
    await runDailyJobs(t.deps, new Date('2028-01-14T02:00:00Z'));
    expect(
      await t.deps.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.entityId, revocation.id), eq(notifications.userId, provinceLeader.id))),
    ).toHaveLength(1);
  });

  it('lets one instance at a time run a tick on PostgreSQL (an embedded database has one instance)', async () => {
    const outer = await withJobsLock(t.deps.db, t.engine, () =>
      withJobsLock(t.deps.db, t.engine, async () => 'second instance'),
    );
    expect(outer).toEqual(
      t.engine === 'postgres'
        ? { ran: true, value: { ran: false } }
        : { ran: true, value: { ran: true, value: 'second instance' } },
    );
    expect(await withJobsLock(t.deps.db, t.engine, async () => 'later')).toEqual({
      ran: true,
      value: 'later',
    });
  });
});
