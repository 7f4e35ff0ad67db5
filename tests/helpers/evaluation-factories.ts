import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../../src/domain/auth/roles.ts';
import { bandOf, mustHaveTotal } from '../../src/domain/scoring/scoring.test-support.ts';
import { buildUser, type LoggedIn, loginAs } from './factories.ts';
import { buildProducer, buildProduct, buildRegistrar, communeOf } from './registry-factories.ts';
import type { TestApp } from './test-app.ts';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON, checked field by field by the tests
export type Json = Record<string, any>;

export const PRODUCT_SET = 1;
/** Every test logs in a dozen people from one address: lift the per-IP login limit for these files. */
export const EVALUATION_ENV = { LOGIN_RATE_LIMIT_PER_MINUTE: '10000' };
export type Person = { id: string; username: string; login: LoggedIn };

/** Thin JSON client over app.inject for one logged-in person. */
export function client(app: FastifyInstance, person: Person) {
  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) => {
    const response = await app.inject({
      method,
      url,
      headers: person.login.headers,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    return { status: response.statusCode, body: response.json() as Json, raw: response };
  };
  return {
    get: (url: string) => call('GET', url),
    post: (url: string, payload: unknown = {}) => call('POST', url, payload),
    patch: (url: string, payload: unknown) => call('PATCH', url, payload),
    put: (url: string, payload: unknown) => call('PUT', url, payload),
  };
}

async function person(
  t: TestApp,
  role: Role,
  scope: { provinceCode?: string | null; communeCode?: string | null; producerId?: string; name: string },
) {
  const user = await buildUser(t.deps, {
    role,
    provinceCode: scope.provinceCode ?? null,
    communeCode: scope.communeCode ?? null,
    producerId: scope.producerId ?? null,
    displayName: scope.name,
  });
  return { id: user.id, username: user.username, login: await loginAs(t.app, user.username) };
}

/** Everyone a province's evaluation involves, with a producer and a product of set 1 in one commune. */
export async function buildCast(t: TestApp, provinceCode = '08', communeIndex = 0) {
  const registrar = await buildRegistrar(t.deps);
  const communeCode = communeOf(t.deps, provinceCode, communeIndex);
  const producer = await buildProducer(t.deps, registrar, {
    communeCode,
    representativeName: 'Nguyễn Thị Hằng',
    phone: '0912345678',
  });
  const product = await buildProduct(t.deps, registrar, producer.id, { productSetId: PRODUCT_SET });
  const p = provinceCode;
  return {
    provinceCode,
    communeCode,
    producerId: producer.id,
    productId: product.id,
    producer: await person(t, 'producer', {
      provinceCode: p,
      communeCode,
      producerId: producer.id,
      name: 'Chủ thể HTX',
    }),
    commune: await person(t, 'commune_officer', { provinceCode: p, communeCode, name: 'Cán bộ xã' }),
    office: await person(t, 'province_officer', { provinceCode: p, name: 'Văn phòng OCOP tỉnh' }),
    leader: await person(t, 'province_leader', { provinceCode: p, name: 'Chủ tịch UBND tỉnh' }),
    chair: await person(t, 'council_member', { provinceCode: p, name: 'Chủ tịch Hội đồng' }),
    members: [
      await person(t, 'council_member', { provinceCode: p, name: 'Thành viên Sở Công Thương' }),
      await person(t, 'council_member', { provinceCode: p, name: 'Thành viên Sở Y tế' }),
      await person(t, 'council_member', { provinceCode: p, name: 'Thành viên Sở KH&CN' }),
    ],
    advisor: await person(t, 'council_member', { provinceCode: p, name: 'Tổ giúp việc' }),
  };
}
export type Cast = Awaited<ReturnType<typeof buildCast>>;

/** The ministry side: office, minister and a central council of a chair and three members. */
export async function buildCentral(t: TestApp) {
  const office = await person(t, 'ministry_admin', { name: 'Văn phòng OCOP Trung ương' });
  const central = {
    office,
    minister: await person(t, 'ministry_leader', { name: 'Bộ trưởng' }),
    chair: await person(t, 'council_member', { name: 'Chủ tịch Hội đồng Trung ương' }),
    members: [
      await person(t, 'council_member', { name: 'Thành viên Bộ Công Thương' }),
      await person(t, 'council_member', { name: 'Thành viên Bộ Y tế' }),
      await person(t, 'council_member', { name: 'Thành viên Bộ KH&CN' }),
    ],
  };
  const council = await client(t.app, office).post('/api/v1/councils', {
    level: 'central',
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP quốc gia',
    members: [
      { userId: central.chair.id, role: 'chair', agency: 'Bộ Nông nghiệp và Môi trường' },
      ...central.members.map((m) => ({ userId: m.id, role: 'member', agency: 'Bộ ngành' })),
    ],
  });
  expect(council.status, JSON.stringify(council.body)).toBe(201);
  return { ...central, councilId: council.body.id as string };
}
export type Central = Awaited<ReturnType<typeof buildCentral>>;

export async function buildCouncil(t: TestApp, cast: Cast, quorumPercent = 75): Promise<string> {
  const response = await client(t.app, cast.office).post('/api/v1/councils', {
    level: 'province',
    name: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh',
    establishedBy: '123/QĐ-UBND',
    quorumPercent,
    members: [
      { userId: cast.chair.id, role: 'chair', agency: 'UBND tỉnh' },
      ...cast.members.map((m, i) => ({ userId: m.id, role: 'member', agency: `Sở ${i + 1}` })),
      { userId: cast.advisor.id, role: 'advisor', agency: 'Chi cục PTNT' },
    ],
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.id as string;
}

/** A sheet of set 1 worth exactly `total`, keeping the floors of its band (fully answered). */
export const sheetWorth = (total: number) => ({ answers: mustHaveTotal(PRODUCT_SET, total, bandOf(total)) });

export const COMPLETE_FORMS = {
  form01: {
    unitName: 'HTX Chè Tân Cương',
    legalRepresentative: 'Nguyễn Thị Hằng',
    address: 'Xã Tân Cương',
    phone: '0912345678',
    productName: 'Chè búp',
    sampleCount: 5,
  },
  form02: {
    producerName: 'HTX Chè Tân Cương',
    organisationType: 'Hợp tác xã',
    address: 'Xã Tân Cương',
    representativeName: 'Nguyễn Thị Hằng',
    productDescription: 'Chè búp khô, TCVN 3218',
    markets: 'Hà Nội, Thái Nguyên, sàn thương mại điện tử',
    businessPlan: 'Mở rộng vùng nguyên liệu 20 ha',
  },
};

export const FORM03 = {
  localRawMaterials: '100% chè búp của xã',
  localLabour: '35 lao động địa phương',
  ideaOrigin: 'Ý tưởng của HTX từ nghề truyền thống',
  localIdentity: 'Vùng chè đặc sản',
  conclusion: 'Đề nghị tỉnh đánh giá',
};

/** Opens a dossier as the producer, fills it with a self-score of `selfTotal`, and returns its id. */
export async function draftDossier(
  t: TestApp,
  cast: Cast,
  registrationType = 'first',
  selfTotal = 80,
): Promise<string> {
  const producer = client(t.app, cast.producer);
  const created = await producer.post('/api/v1/dossiers', { productId: cast.productId, registrationType });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id = created.body.id as string;
  const filled = await producer.patch(`/api/v1/dossiers/${id}`, {
    ...COMPLETE_FORMS,
    selfAssessment: sheetWorth(selfTotal),
  });
  expect(filled.status, JSON.stringify(filled.body)).toBe(200);
  return id;
}

export async function act(
  t: TestApp,
  who: Person,
  dossierId: string,
  body: Record<string, unknown>,
  expected = 200,
) {
  const response = await client(t.app, who).post(`/api/v1/dossiers/${dossierId}/transitions`, body);
  expect(response.status, JSON.stringify(response.body)).toBe(expected);
  return response.body;
}

/** Producer submits, commune writes Form 03 and forwards, the office sends it to the council. */
export async function toCouncil(
  t: TestApp,
  cast: Cast,
  dossierId: string,
  councilId: string,
  mode?: 'meeting' | 'written',
) {
  await act(t, cast.producer, dossierId, { action: 'submit' });
  const form03 = await client(t.app, cast.commune).put(`/api/v1/dossiers/${dossierId}/form03`, FORM03);
  expect(form03.status, JSON.stringify(form03.body)).toBe(200);
  await act(t, cast.commune, dossierId, { action: 'forward' });
  return act(t, cast.office, dossierId, { action: 'send_to_council', councilId, ...(mode ? { mode } : {}) });
}

export async function scoreAs(t: TestApp, who: Person, dossierId: string, total: number, expected = 201) {
  const response = await client(t.app, who).post(
    `/api/v1/dossiers/${dossierId}/score-sheets`,
    sheetWorth(total),
  );
  expect(response.status, JSON.stringify(response.body)).toBe(expected);
  return response.body;
}
