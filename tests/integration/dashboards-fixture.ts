// Constructed programme data for the indicator, dashboard and plan tests (not a test file itself): a few
// producers and products of Tuyên Quang (08) and one of Hà Nội (01) with certificates whose history is known,
// plus sale channels, photos, sale points, training, support, yearly figures, fairs and contracts written
// directly (their CRUD is built elsewhere). Expected values are spelled out in the tests.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { AppDeps } from '../../src/app/deps.ts';
import { changeCertificate } from '../../src/app/products/change-certificate.ts';
import { rowsOf } from '../../src/db/client.ts';
import {
  producerYearlyFigures,
  productPhotos,
  products,
  salePointProducts,
  salePoints,
  supportRecords,
  tradeEventOutcomes,
  tradeEvents,
  trainingCourses,
  trainingParticipants,
} from '../../src/db/schema/index.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser } from '../helpers/factories.ts';
import { buildProducer, buildProduct, certify, communeOf } from '../helpers/registry-factories.ts';

const AUDIT = { id: null, label: 'test-fixture' };
export const LONG_DESCRIPTION =
  'Chè Shan tuyết cổ thụ hái tay trên núi cao, sao suốt thủ công theo cách của người Dao đỏ, đóng gói tại hợp tác xã.';

export type Fixture = Awaited<ReturnType<typeof buildProgrammeFixture>>;

async function certificateId(deps: AppDeps, productId: string, validFrom: string): Promise<string> {
  const result = await deps.db.execute(
    sql`select id from certificates where product_id = ${productId} and valid_from = ${validFrom}::date`,
  );
  const id = rowsOf<{ id: string }>(result)[0]?.id;
  if (!id) throw new Error(`no certificate of ${productId} from ${validFrom}`);
  return id;
}

/**
 * Certified products of 08 (as of 2026-06-30 in force: A 4★, C 5★, E 3★):
 * A (HTX, commune 0): 3★ 2022-03-01, then 4★ 2025-02-01 (an upgrade in 2025); Shopee; photo + description.
 * B (HTX, commune 0): 4★ 2024-05-10, revoked 2026-01-15.
 * C (SME, commune 1): 5★ 2023-07-01 (valid to 2026-07-01); Facebook; photo, short description.
 * D (SME, commune 1): 3★ 2021-01-10 (to 2024-01-10), re-evaluation pending since 2023-12-01: extended to 2024-07-08.
 * E (household, commune 2): 3★ 2026-02-01; carried by a supermarket sale point.
 * F (household, commune 2): 3★ 2025-01-01, product archived 2026-03-01. G: never certified.
 * H (Hà Nội): 4★ 2025-01-01.
 */
export async function buildProgrammeFixture(deps: AppDeps, registrar: Actor) {
  const c = (i: number) => communeOf(deps, '08', i);
  const coop = await buildProducer(deps, registrar, { type: 'cooperative', communeCode: c(0) });
  const sme = await buildProducer(deps, registrar, {
    type: 'sme',
    communeCode: c(1),
    name: 'Công ty TNHH Chè Tân Trào',
  });
  const household = await buildProducer(deps, registrar, {
    type: 'household',
    communeCode: c(2),
    name: 'Hộ kinh doanh Lý Văn Sơn',
  });
  const hanoi = await buildProducer(deps, registrar, {
    type: 'cooperative',
    communeCode: communeOf(deps, '01', 0),
  });
  const product = (producerId: string, extra: Parameters<typeof buildProduct>[3] = {}) =>
    buildProduct(deps, registrar, producerId, extra);
  const A = await product(coop.id, {
    description: LONG_DESCRIPTION,
    saleChannels: ['https://shopee.vn/htx-che'],
  });
  const B = await product(coop.id);
  const C = await product(sme.id, {
    description: 'Chè ngon.',
    saleChannels: ['https://facebook.com/chetantrao'],
  });
  const D = await product(sme.id);
  const E = await product(household.id, { description: LONG_DESCRIPTION });
  const F = await product(household.id);
  const G = await product(household.id);
  const H = await product(hanoi.id);
  await certify(deps, registrar, A.id, { stars: 3, validFrom: '2022-03-01' });
  await certify(deps, registrar, A.id, { stars: 4, validFrom: '2025-02-01' });
  await certify(deps, registrar, B.id, { stars: 4, validFrom: '2024-05-10' });
  await certify(deps, registrar, C.id, { stars: 5, validFrom: '2023-07-01' });
  await certify(deps, registrar, D.id, { stars: 3, validFrom: '2021-01-10' });
  await certify(deps, registrar, E.id, { stars: 3, validFrom: '2026-02-01' });
  await certify(deps, registrar, F.id, { stars: 3, validFrom: '2025-01-01' });
  await certify(deps, registrar, H.id, { stars: 4, validFrom: '2025-01-01' });
  await changeCertificate(deps, registrar, AUDIT, B.id, await certificateId(deps, B.id, '2024-05-10'), {
    action: 'revoke',
    revokedOn: '2026-01-15',
    ground: 'a',
  });
  await changeCertificate(deps, registrar, AUDIT, D.id, await certificateId(deps, D.id, '2021-01-10'), {
    action: 'mark_re_evaluation_pending',
    since: '2023-12-01',
  });
  const db = deps.db;
  // Archived on 1 March 2026 (Vietnam time).
  await db
    .update(products)
    .set({ archivedAt: new Date('2026-02-28T17:00:00Z') })
    .where(eq(products.id, F.id));
  const at = (day: string) => new Date(`${day}T03:00:00Z`);
  for (const [productId, key] of [
    [A.id, 'a'],
    [C.id, 'c'],
  ] as const) {
    await db.insert(productPhotos).values({
      productId,
      fileKey: `${key}-${randomUUID()}`,
      width: 800,
      height: 600,
      bytes: 1000,
      position: 0,
      createdAt: at('2026-01-05'),
    });
  }
  const point = (
    name: string,
    level: 'commune' | 'province',
    extra: Partial<typeof salePoints.$inferInsert>,
  ) => ({
    id: randomUUID(),
    name,
    slug: `${name}-${randomUUID().slice(0, 6)}`,
    provinceCode: '08',
    address: `${name}, Tuyên Quang`,
    level,
    createdAt: at('2025-01-01'),
    updatedAt: at('2025-01-01'),
    ...extra,
  });
  const supermarket = point('Siêu thị Tân Trào', 'commune', {
    locationType: 'retail',
    recognisedOn: '2026-01-01',
  });
  await db
    .insert(salePoints)
    .values([
      supermarket,
      point('Điểm OCOP tỉnh', 'province', { recognisedOn: '2025-06-01' }),
      point('Điểm đã đóng', 'commune', { isActive: false }),
    ]);
  await db.insert(salePointProducts).values({ salePointId: supermarket.id, productId: E.id });
  return { coop, sme, household, hanoi, A, B, C, D, E, F, G, H, supermarket };
}

/** Training, support, yearly figures, fairs and contracts of 08 (2025–2026), and the officials' accounts. */
export async function addProgrammeActivity(deps: AppDeps, fixture: Fixture) {
  const db = deps.db;
  const at = (day: string) => new Date(`${day}T03:00:00Z`);
  const officer = await buildUser(deps, { role: 'province_officer', provinceCode: '08' });
  const communeOfficer = await buildUser(deps, {
    role: 'commune_officer',
    provinceCode: '08',
    communeCode: communeOf(deps, '08', 0),
  });
  const courseId = randomUUID();
  await db.insert(trainingCourses).values({
    id: courseId,
    provinceCode: '08',
    title: 'Tập huấn chuyển đổi số cho sản phẩm OCOP',
    startsOn: '2026-03-01',
    endsOn: '2026-03-02',
    createdAt: at('2026-02-01'),
    updatedAt: at('2026-02-01'),
  });
  await db.insert(trainingParticipants).values([
    { courseId, kind: 'official', userId: officer.id, personName: 'Cán bộ tỉnh' },
    { courseId, kind: 'official', userId: communeOfficer.id, personName: 'Cán bộ xã', completed: 'no' },
    { courseId, kind: 'producer', producerId: fixture.coop.id, personName: 'Giám đốc HTX' },
  ]);
  const support = (kind: string, amountVnd: number, grantedOn: string) => ({
    producerId: fixture.coop.id,
    provinceCode: '08',
    kind,
    amountVnd,
    grantedOn,
    createdAt: at(grantedOn),
    updatedAt: at(grantedOn),
  });
  await db
    .insert(supportRecords)
    .values([
      support('trademark', 10_000_000, '2026-02-10'),
      support('packaging', 5_000_000, '2026-04-10'),
      support('packaging', 7_000_000, '2025-09-01'),
    ]);
  const figures = (producerId: string, year: number, revenueVnd: number, jobs: number | null) => ({
    producerId,
    year,
    revenueVnd,
    jobs,
    enteredAt: at('2026-01-20'),
  });
  await db
    .insert(producerYearlyFigures)
    .values([
      figures(fixture.coop.id, 2024, 100_000_000, 8),
      figures(fixture.coop.id, 2025, 120_000_000, 10),
      figures(fixture.sme.id, 2024, 200_000_000, 4),
      figures(fixture.sme.id, 2025, 400_000_000, 5),
      figures(fixture.household.id, 2025, 50_000_000, null),
    ]);
  const event = (kind: 'fair' | 'exhibition', provinceCode: string, startsOn: string) => ({
    id: randomUUID(),
    kind,
    name: `Hội chợ OCOP ${startsOn}`,
    slug: `hoi-cho-${randomUUID().slice(0, 8)}`,
    provinceCode,
    place: 'Quảng trường',
    startsOn,
    endsOn: startsOn,
    createdAt: at('2025-01-01'),
    updatedAt: at('2025-01-01'),
  });
  const fair = event('fair', '08', '2026-04-10');
  const hanoiExpo = event('exhibition', '01', '2026-05-01');
  const lastYear = event('fair', '08', '2025-10-01');
  await db.insert(tradeEvents).values([fair, hanoiExpo, lastYear]);
  const outcome = (
    eventId: string,
    producerId: string,
    kind: 'lead' | 'contract',
    valueVnd: number | null,
  ) => ({
    eventId,
    producerId,
    kind,
    counterpart: 'Siêu thị Co.opmart',
    valueVnd,
    recordedAt: at('2026-05-05'),
  });
  await db
    .insert(tradeEventOutcomes)
    .values([
      outcome(fair.id, fixture.coop.id, 'contract', 1_000_000_000),
      outcome(fair.id, fixture.sme.id, 'lead', null),
      outcome(hanoiExpo.id, fixture.sme.id, 'contract', 500_000_000),
      outcome(lastYear.id, fixture.coop.id, 'contract', 300_000_000),
    ]);
  return { officer, communeOfficer };
}
