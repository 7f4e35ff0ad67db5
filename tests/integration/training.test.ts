import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingCoverage } from '../../src/app/training/training-coverage.ts';
import { auditLog, users } from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
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
const as: Record<string, LoggedIn> = {};
const ids: Record<string, string> = {};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const call = (who: string, method: Method, url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: as[who]?.headers, ...(payload ? { payload } : {}) });
const fields = (body: string) => JSON.parse(body).errors?.map((e: { field: string }) => e.field);

const course = (overrides: object = {}) => ({
  title: `Tập huấn chuyển đổi số cho chủ thể OCOP ${randomUUID().slice(0, 4)}`,
  provinceCode: '08',
  topics: ['digital_transformation', 'marketing_ecommerce'],
  startsOn: '2026-03-10',
  endsOn: '2026-03-12',
  place: 'Hội trường Sở Nông nghiệp và Môi trường',
  organiser: 'Văn phòng Điều phối NTM tỉnh',
  ...overrides,
});

async function create(who: string, body: object) {
  const response = await call(who, 'POST', '/training-courses', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

async function producerIn(
  provinceCode: string,
  communeIndex: number,
  certified: 'valid' | 'expired' | 'none',
) {
  const producer = await buildProducer(t.deps, registrar, {
    communeCode: communeOf(t.deps, provinceCode, communeIndex),
  });
  const product = await buildProduct(t.deps, registrar, producer.id);
  if (certified !== 'none') {
    await certify(t.deps, registrar, product.id, {
      validFrom: certified === 'valid' ? '2025-06-15' : '2020-01-10',
    });
  }
  return producer.id;
}

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-11-22T03:00:00Z'));
  registrar = await buildRegistrar(t.deps);
  const c = (p: string, i: number) => communeOf(t.deps, p, i);
  const people = {
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    ministry: await buildUser(t.deps, { role: 'ministry_admin' }),
    leader: await buildUser(t.deps, { role: 'province_leader', provinceCode: '08' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: c('08', 1),
    }),
    // Điện Biên (11): the coverage figures are built there from nothing.
    ebOfficer: await buildUser(t.deps, {
      role: 'province_officer',
      provinceCode: '11',
      displayName: 'Lò Văn Anh',
    }),
  };
  for (const [who, user] of Object.entries(people)) {
    ids[who] = user.id;
    as[who] = await loginAs(t.app, user.username);
  }
  ids.tea = await producerIn('08', 0, 'valid');
  ids.honey = await producerIn('08', 1, 'valid');
  ids.hanoi = await producerIn('01', 0, 'valid');
  const teaUser = await buildUser(t.deps, {
    role: 'producer',
    provinceCode: '08',
    communeCode: c('08', 0),
    producerId: ids.tea,
  });
  as.teaProducer = await loginAs(t.app, teaUser.username);
});
afterAll(() => t?.close());

describe('training courses', () => {
  it('are recorded by the province’s office with topics from the fixed list, audited', async () => {
    const response = await call(
      'officer',
      'POST',
      '/training-courses',
      course({ topics: ['traceability', 'traceability'] }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      province: { code: '08', name: 'Tuyên Quang' },
      topics: ['traceability'],
      participantCounts: { officials: 0, producers: 0 },
    });
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, created.id));
    expect(audit.map((a) => [a.entity, a.action])).toEqual([['training_course', 'create']]);
    const topics = await call('teaProducer', 'GET', '/training/topics');
    expect(topics.json().items).toContainEqual({
      code: 'intellectual_property',
      labelVi: 'Sở hữu trí tuệ',
      labelEn: 'Intellectual property',
    });
  });

  it.each([
    [{ topics: [] }, 'body.topics'],
    [{ topics: ['cooking'] }, 'body.topics.0'],
    [{ endsOn: '2026-03-09' }, 'body.endsOn'],
    [{ startsOn: '2026-02-30' }, 'body.startsOn'],
    [{ title: '  ' }, 'body.title'],
    [{ provinceCode: '99' }, 'body.provinceCode'],
  ])('refuses %o (400 on %s)', async (overrides, field) => {
    const response = await call('ministry', 'POST', '/training-courses', course(overrides));
    expect(response.statusCode, response.body).toBe(400);
    expect(fields(response.body)).toContain(field);
  });

  it('are kept to one’s province: another province 403, leaders read only, national ones the ministry’s', async () => {
    expect((await call('otherOfficer', 'POST', '/training-courses', course())).statusCode).toBe(403);
    expect((await call('leader', 'POST', '/training-courses', course())).json()).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await call('officer', 'POST', '/training-courses', course({ provinceCode: null }))).statusCode,
    ).toBe(403);
    const national = await create(
      'ministry',
      course({ provinceCode: null, title: 'Tập huấn toàn quốc về OCOP' }),
    );
    const own = await create(
      'officer',
      course({ topics: ['food_safety'], startsOn: '2026-05-04', endsOn: '2026-05-04' }),
    );
    const hanoi = await create('otherOfficer', course({ provinceCode: '01' }));
    const list = async (who: string, query = '') => {
      const response = await call(who, 'GET', `/training-courses?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    };
    const mine = await list('officer');
    expect(mine).toEqual(expect.arrayContaining([national, own]));
    expect(mine).not.toContain(hanoi);
    expect(await list('officer', 'topic=food_safety')).toEqual([own]);
    expect(await list('ministry', 'province=01&includeNational=false')).toEqual([hanoi]);
    expect((await call('otherOfficer', 'GET', '/training-courses?province=08')).statusCode).toBe(403);
    expect((await call('otherOfficer', 'GET', `/training-courses/${own}`)).statusCode).toBe(403);
    expect((await call('officer', 'GET', `/training-courses/${randomUUID()}`)).statusCode).toBe(404);
    expect((await call('leader', 'GET', `/training-courses/${own}`)).statusCode).toBe(200);
  });

  it('are changed and deleted in one’s province, audited; with attendees not deleted (409)', async () => {
    const id = await create('officer', course());
    expect(
      (await call('otherOfficer', 'PATCH', `/training-courses/${id}`, { place: 'Hà Nội' })).statusCode,
    ).toBe(403);
    const bad = await call('officer', 'PATCH', `/training-courses/${id}`, { endsOn: '2026-01-01' });
    expect(fields(bad.body)).toEqual(['body.endsOn']);
    const changed = await call('officer', 'PATCH', `/training-courses/${id}`, {
      title: 'Tập huấn truy xuất nguồn gốc',
      topics: ['traceability'],
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Tập huấn truy xuất nguồn gốc', topics: ['traceability'] });
    await call('officer', 'PUT', `/training-courses/${id}/participants`, {
      officials: [],
      producers: [{ producerId: ids.tea, personName: 'Nguyễn Thị Hoa' }],
    });
    expect((await call('officer', 'DELETE', `/training-courses/${id}`)).json()).toMatchObject({
      code: 'TRAINING_COURSE_HAS_PARTICIPANTS',
    });
    expect(
      (await call('officer', 'PUT', `/training-courses/${id}/participants`, { officials: [], producers: [] }))
        .statusCode,
    ).toBe(200);
    expect((await call('officer', 'DELETE', `/training-courses/${id}`)).statusCode).toBe(204);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toEqual([
      'create',
      'update',
      'set_participants',
      'set_participants',
      'delete',
    ]);
  });
});

describe('training participants', () => {
  it('are officials of the province and producers’ people, read by scope', async () => {
    const id = await create('officer', course());
    const put = await call('officer', 'PUT', `/training-courses/${id}/participants`, {
      officials: [
        { userId: ids.commune, organisation: 'UBND xã' },
        { userId: ids.officer, completed: false },
      ],
      producers: [
        { producerId: ids.tea, personName: 'Nguyễn Thị Hoa' },
        { producerId: ids.tea, personName: 'Nguyễn Thị Hòa' }, // another person, not a repeat
        { producerId: ids.honey, personName: 'Hoàng Văn Minh' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().officials).toHaveLength(2);
    expect(put.json().producers).toHaveLength(3);
    expect((await call('officer', 'GET', `/training-courses/${id}`)).json().participantCounts).toEqual({
      officials: 2,
      producers: 3,
    });
    // The attendance list prints and is signed: officials first, then the producers' people; each reader
    // gets the attendees it may see.
    const sheetOf = async (who: string) => {
      const file = await call(who, 'GET', `/training-courses/${id}/attendance.xlsx`);
      expect(file.statusCode, file.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('Danh sách học viên');
      const names: unknown[] = [];
      sheet?.eachRow((row, n) => {
        if (n > 5) names.push(`${row.getCell(3).value}: ${row.getCell(2).value}`);
      });
      return { sheet, names };
    };
    const full = await sheetOf('officer');
    expect(String(full.sheet?.getCell('G5').value)).toContain('Ký nhận');
    expect(full.names.slice(0, 2).every((n) => String(n).startsWith('Cán bộ: '))).toBe(true);
    expect(full.names.slice(2)).toEqual([
      'Chủ thể: Hoàng Văn Minh',
      'Chủ thể: Nguyễn Thị Hoa',
      'Chủ thể: Nguyễn Thị Hòa',
    ]);
    expect((await sheetOf('teaProducer')).names).toEqual([
      'Chủ thể: Nguyễn Thị Hoa',
      'Chủ thể: Nguyễn Thị Hòa',
    ]);

    // The producers' records list the courses their people attended; a producer account only its own.
    const honeyCourses = (await call('officer', 'GET', `/training-courses?producerId=${ids.honey}`)).json();
    expect(honeyCourses.items.map((c: { id: string }) => c.id)).toContain(id);
    const ownCourses = (await call('teaProducer', 'GET', `/training-courses?producerId=${ids.tea}`)).json();
    expect(ownCourses.items.map((c: { id: string }) => c.id)).toContain(id);
    const someoneElse = await call('teaProducer', 'GET', `/training-courses?producerId=${ids.honey}`);
    expect(someoneElse.json()).toMatchObject({ code: 'FORBIDDEN_SCOPE' });
    const unknown = (await call('officer', 'GET', `/training-courses?producerId=${randomUUID()}`)).json();
    expect(unknown.items).toEqual([]);
    const listed = (await call('officer', 'GET', '/training-courses?pageSize=200')).json();
    expect(listed.items.find((c: { id: string }) => c.id === id)?.participantCounts).toEqual({
      officials: 2,
      producers: 3,
    });
    const own = (await call('teaProducer', 'GET', `/training-courses/${id}/participants`)).json();
    expect(own.officials).toEqual([]);
    expect(own.producers.map((p: { personName: string }) => p.personName).sort()).toEqual([
      'Nguyễn Thị Hoa',
      'Nguyễn Thị Hòa',
    ]);
    const commune = (await call('commune', 'GET', `/training-courses/${id}/participants`)).json();
    expect(commune.officials.map((o: { userId: string }) => o.userId)).toEqual([ids.commune]);
    expect(commune.producers.map((p: { producer: { id: string } }) => p.producer.id)).toEqual([ids.honey]);
  });

  it('refuse accounts and producers of another province, producer accounts and repeats (field errors)', async () => {
    const id = await create('officer', course());
    const response = await call('officer', 'PUT', `/training-courses/${id}/participants`, {
      officials: [
        { userId: ids.otherOfficer },
        { userId: ids.commune },
        { userId: ids.commune },
        { userId: randomUUID() },
      ],
      producers: [
        { producerId: ids.hanoi, personName: 'Trần Văn Bình' },
        { producerId: ids.tea, personName: 'Lê Văn Cường' },
        { producerId: ids.tea, personName: ' lê  văn cường ' },
        { producerId: ids.honey, personName: ' ' },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(fields(response.body)).toEqual([
      'body.officials.0.userId',
      'body.officials.2.userId',
      'body.officials.3.userId',
      'body.producers.0.producerId',
      'body.producers.2.personName',
      'body.producers.3.personName',
    ]);
    expect(
      (
        await call('otherOfficer', 'PUT', `/training-courses/${id}/participants`, {
          officials: [],
          producers: [],
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('training coverage', () => {
  it('counts officials trained / active officials and certified producers trained, by period', async () => {
    const c = (i: number) => communeOf(t.deps, '11', i);
    const official = (role: 'province_officer' | 'commune_officer' | 'province_leader', i = 0) =>
      buildUser(t.deps, { role, provinceCode: '11', communeCode: role === 'commune_officer' ? c(i) : null });
    const officerB = await official('province_officer');
    const communeC = await official('commune_officer', 1);
    await official('commune_officer', 2); // never trained
    const leader = await official('province_leader');
    const gone = await official('commune_officer', 3);
    await t.deps.db.update(users).set({ isActive: false }).where(eq(users.id, gone.id));
    const p1 = await producerIn('11', 0, 'valid');
    const p2 = await producerIn('11', 1, 'valid');
    const p3 = await producerIn('11', 2, 'none');
    await producerIn('11', 3, 'valid'); // certified, never trained
    const p5 = await producerIn('11', 4, 'expired');

    const spring = await create(
      'ebOfficer',
      course({ provinceCode: '11', startsOn: '2026-03-10', endsOn: '2026-03-11' }),
    );
    const put = await call('ebOfficer', 'PUT', `/training-courses/${spring}/participants`, {
      officials: [
        { userId: ids.ebOfficer },
        { userId: communeC.id },
        { userId: leader.id },
        { userId: gone.id },
      ],
      producers: [
        { producerId: p1, personName: 'Lò Thị Mai' },
        { producerId: p1, personName: 'Quàng Văn Sơn' },
        { producerId: p2, personName: 'Cà Văn Lả', completed: false },
        { producerId: p3, personName: 'Lường Thị Hương' },
        { producerId: p5, personName: 'Tòng Văn Pọm' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const lastYear = await create(
      'ebOfficer',
      course({ provinceCode: '11', startsOn: '2025-12-20', endsOn: '2025-12-20' }),
    );
    await call('ebOfficer', 'PUT', `/training-courses/${lastYear}/participants`, {
      officials: [{ userId: officerB.id }],
      producers: [],
    });

    const coverage = await call('ebOfficer', 'GET', '/training/coverage');
    expect(coverage.statusCode, coverage.body).toBe(200);
    expect(coverage.json()).toEqual({
      provinceCode: '11',
      from: '2026-01-01',
      to: '2026-11-22',
      officials: { trained: 2, total: 4, share: 0.5 },
      producers: { trained: 1, total: 3, share: 1 / 3, trainedAll: 3 },
    });
    const since2025 = await call('ministry', 'GET', '/training/coverage?provinceCode=11&from=2025-01-01');
    expect(since2025.json().officials).toEqual({ trained: 3, total: 4, share: 0.75 });
    const before = await trainingCoverage(
      t.deps.db,
      { kind: 'province', provinceCode: '11' },
      { from: '2026-01-01', to: '2026-03-09' },
    );
    expect(before.officials.trained).toBe(0);
    const national = await trainingCoverage(
      t.deps.db,
      { kind: 'national' },
      { from: '2026-01-01', to: '2026-11-22' },
    );
    expect(national.officials.total).toBeGreaterThanOrEqual(4);
    expect(national.producers.trainedAll).toBeGreaterThanOrEqual(3);

    expect((await call('otherOfficer', 'GET', '/training/coverage?provinceCode=11')).statusCode).toBe(403);
    expect((await call('commune', 'GET', '/training/coverage')).json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(fields((await call('ministry', 'GET', '/training/coverage?provinceCode=99')).body)).toEqual([
      'query.provinceCode',
    ]);
    expect(
      fields((await call('ministry', 'GET', '/training/coverage?from=2026-05-01&to=2026-04-01')).body),
    ).toEqual(['query.to']);
  });
});
