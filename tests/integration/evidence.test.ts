import { createHash, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyDossierEvidence } from '../../src/app/evidence/copy-dossier-evidence.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { createUser } from '../../src/app/users/create-user.ts';
import { auditLog } from '../../src/db/schema/audit-log.ts';
import { councilMembers, councils, evaluationRounds } from '../../src/db/schema/councils.ts';
import { dossiers } from '../../src/db/schema/dossiers.ts';
import { dossierEvidence } from '../../src/db/schema/evidence.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import type { DossierState } from '../../src/domain/workflow/dossier-states.ts';
import { buildUser, type LoggedIn, loginAs, TEST_PASSWORD } from '../helpers/factories.ts';
import { buildProducer, buildProduct, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

type Evidence = {
  id: string;
  producerId: string;
  type: string;
  title: string;
  number: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string;
  fileUrl: string;
  isArchived: boolean;
};
type Problem = { code: string; state?: string; errors?: { field: string; message: string }[] };
type DossierEvidence = {
  decisionDeadline: string | null;
  items: { evidence: Evidence; criterionCode: string | null; note: string | null; warning: string | null }[];
  warnings: { evidenceId: string; kind: string; message: string }[];
};

let t: TestApp;
let registrar: Actor;
let producer: ProducerView;
let other: ProducerView;
let asProducer: LoggedIn;
let asOtherProducer: LoggedIn;
let asCommune: LoggedIn;
let asMinistry: LoggedIn;
let asCouncil: LoggedIn;
let councilMemberId: string;

/** A small distinct PDF (the wallet sniffs the bytes, not the Content-Type). */
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\n%%EOF\n`);

async function producerAccount(producerId: string): Promise<LoggedIn> {
  const username = `cs${randomUUID().slice(0, 8)}`;
  await createUser(
    t.deps,
    null,
    { id: null, label: 'test' },
    { username, displayName: 'Chủ thể thử', password: TEST_PASSWORD, role: 'producer', producerId },
  );
  return loginAs(t.app, username);
}

function upload(as: LoggedIn, producerId: string, bytes: Buffer, query: Record<string, string>) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/producers/${producerId}/evidence`,
    query,
    headers: { ...as.headers, 'content-type': 'application/pdf' },
    payload: bytes,
  });
}

async function uploaded(as: LoggedIn, producerId: string, bytes: Buffer, query: Record<string, string>) {
  const response = await upload(as, producerId, bytes, query);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Evidence>();
}

const get = (as: LoggedIn, url: string) => t.app.inject({ method: 'GET', url, headers: as.headers });

async function insertDossier(productId: string, values: Partial<typeof dossiers.$inferInsert> = {}) {
  const now = new Date();
  const [row] = await t.deps.db
    .insert(dossiers)
    .values({
      code: `HS-TEST-${randomUUID().slice(0, 8)}`,
      productId,
      producerId: producer.id,
      provinceCode: producer.province.code,
      communeCode: producer.commune.code,
      registrationType: 'first',
      state: 'draft',
      criteriaSetId: '26/2026/QĐ-TTg',
      productSetId: 11,
      createdAt: now,
      updatedAt: now,
      ...values,
    })
    .returning();
  if (!row) throw new Error('no dossier');
  return row;
}

const setState = (id: string, state: DossierState) =>
  t.deps.db.update(dossiers).set({ state }).where(eq(dossiers.id, id));

function putEvidence(as: LoggedIn, dossierId: string, items: unknown[]) {
  return t.app.inject({
    method: 'PUT',
    url: `/api/v1/dossiers/${dossierId}/evidence`,
    headers: as.headers,
    payload: { items },
  });
}

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date('2026-06-01T03:00:00Z')); // 2026-06-01 in Vietnam
  registrar = await buildRegistrar(t.deps);
  producer = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 3) });
  other = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '08', 3) });
  asProducer = await producerAccount(producer.id);
  asOtherProducer = await producerAccount(other.id);
  const commune = await buildUser(t.deps, {
    role: 'commune_officer',
    provinceCode: '08',
    communeCode: producer.commune.code,
  });
  asCommune = await loginAs(t.app, commune.username);
  asMinistry = await loginAs(t.app, (await buildUser(t.deps, { role: 'ministry_admin' })).username);
  const member = await buildUser(t.deps, { role: 'council_member', provinceCode: '08' });
  councilMemberId = member.id;
  asCouncil = await loginAs(t.app, member.username);
});
afterAll(() => t?.close());

describe('evidence wallet', () => {
  it('stores a document with its validity, lists it with a status and downloads the same bytes', async () => {
    const bytes = pdf('attp');
    const attp = await uploaded(asProducer, producer.id, bytes, {
      type: 'food_safety_certificate',
      title: 'Giấy chứng nhận cơ sở đủ điều kiện ATTP',
      number: ' 123/2023/ATTP-CNĐK ',
      issuer: 'Chi cục An toàn vệ sinh thực phẩm',
      issuedOn: '2023-07-10',
      validFrom: '2023-07-10',
      validTo: '2026-07-15',
      fileName: 'Giấy ATTP Đồng Tháp.pdf',
    });
    expect(attp).toMatchObject({
      producerId: producer.id,
      type: 'food_safety_certificate',
      number: '123/2023/ATTP-CNĐK',
      status: 'expiring', // 44 days left
      mimeType: 'application/pdf',
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      fileName: 'Giấy ATTP Đồng Tháp.pdf',
      fileUrl: `/api/v1/evidence/${attp.id}/file`,
      isArchived: false,
    });
    await uploaded(asCommune, producer.id, pdf('lab'), {
      type: 'lab_test_report',
      title: 'Phiếu kết quả kiểm nghiệm 2025',
      validTo: '2026-05-31',
    });
    await uploaded(asProducer, producer.id, pdf('award'), { type: 'award', title: 'Bằng khen 2024' });

    const list = await get(asProducer, `/api/v1/producers/${producer.id}/evidence`);
    expect(list.statusCode).toBe(200);
    const statuses = Object.fromEntries(
      list.json<{ items: Evidence[] }>().items.map((e) => [e.type, e.status]),
    );
    expect(statuses).toEqual({
      food_safety_certificate: 'expiring',
      lab_test_report: 'expired',
      award: 'no_expiry',
    });
    const filtered = await get(asCommune, `/api/v1/producers/${producer.id}/evidence?type=award`);
    expect(filtered.json<{ total: number }>().total).toBe(1);

    const file = await get(asProducer, attp.fileUrl);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(bytes)).toBe(true);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(file.headers['content-disposition']).toBe(
      `attachment; filename="Giay ATTP Dong Thap.pdf"; filename*=UTF-8''Gi%E1%BA%A5y%20ATTP%20%C4%90%E1%BB%93ng%20Th%C3%A1p.pdf`,
    );
    expect((await get(asMinistry, `/api/v1/evidence/${attp.id}`)).json()).toMatchObject({ id: attp.id });

    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'evidence_document'), eq(auditLog.entityId, attp.id)));
    expect(audited.map((a) => a.action)).toEqual(['create']);
  });

  it('keeps one copy of a file per producer: the same bytes again return the existing record', async () => {
    const bytes = pdf('trademark');
    const first = await uploaded(asProducer, producer.id, bytes, {
      type: 'ip_trademark',
      title: 'Giấy chứng nhận đăng ký nhãn hiệu',
      validTo: '2033-01-01',
    });
    const folder = join(t.deps.config.dataDir, 'uploads', 'evidence');
    const stored = (await readdir(folder)).length;

    const again = await upload(asCommune, producer.id, bytes, { type: 'other', title: 'Bản chụp lại' });
    expect(again.statusCode).toBe(200);
    expect(again.json<Evidence>()).toMatchObject({ id: first.id, type: 'ip_trademark', title: first.title });
    expect(await readdir(folder)).toHaveLength(stored);

    const elsewhere = await upload(asOtherProducer, other.id, bytes, {
      type: 'ip_trademark',
      title: 'Nhãn hiệu',
    });
    expect(elsewhere.statusCode).toBe(201);
    expect(elsewhere.json<Evidence>().id).not.toBe(first.id);
  });

  it('stores a file sent twice at the same time once', async () => {
    const bytes = pdf('twice-at-once');
    const query = { type: 'promotion_proof', title: 'Gian hàng trên sàn' };
    const responses = await Promise.all([
      upload(asProducer, producer.id, bytes, query),
      upload(asCommune, producer.id, bytes, query),
    ]);
    expect(responses.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    expect(new Set(responses.map((r) => r.json<Evidence>().id)).size).toBe(1);
  });

  it('refuses other producers, council members outside a dossier, and files that are not documents', async () => {
    const own = await uploaded(asProducer, producer.id, pdf('private'), {
      type: 'other',
      title: 'Hợp đồng riêng',
    });
    for (const url of [
      `/api/v1/producers/${producer.id}/evidence`,
      `/api/v1/evidence/${own.id}`,
      `/api/v1/evidence/${own.id}/file`,
    ]) {
      const response = await get(asOtherProducer, url);
      expect(response.statusCode, url).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect((await get(asCouncil, url)).json<Problem>().code).toBe('FORBIDDEN');
    }
    const intrusion = await upload(asOtherProducer, producer.id, pdf('intrusion'), {
      type: 'other',
      title: 'Xâm nhập',
    });
    expect(intrusion.json<Problem>().code).toBe('FORBIDDEN_SCOPE');
    const ministryUpload = await upload(asMinistry, producer.id, pdf('ministry'), {
      type: 'other',
      title: 'Bộ',
    });
    expect(ministryUpload.json<Problem>().code).toBe('FORBIDDEN');
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/evidence/${own.id}`,
      headers: asOtherProducer.headers,
      payload: { title: 'Đổi tên' },
    });
    expect(edit.statusCode).toBe(403);

    const html = await upload(
      asProducer,
      producer.id,
      Buffer.from('<html><script>alert(1)</script></html>'),
      {
        type: 'other',
        title: 'Trang web',
      },
    );
    expect([html.statusCode, html.json<Problem>().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    const empty = await upload(asProducer, producer.id, Buffer.alloc(0), { type: 'other', title: 'Trống' });
    expect(empty.statusCode).toBe(400);
    const big = Buffer.concat([pdf('big'), Buffer.alloc(20 * 1024 * 1024)]);
    expect((await upload(asProducer, producer.id, big, { type: 'other', title: 'Quá lớn' })).statusCode).toBe(
      413,
    );
  });

  it('validates the metadata: dates that contradict each other are field errors', async () => {
    const reversed = await upload(asProducer, producer.id, pdf('reversed'), {
      type: 'qms_certificate',
      title: 'Chứng nhận VietGAP',
      validFrom: '2026-05-01',
      validTo: '2026-04-01',
    });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.headers['content-type']).toContain('application/problem+json');
    expect(reversed.json<Problem>()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'querystring.validTo' }],
    });
    const badDate = await upload(asProducer, producer.id, pdf('bad-date'), {
      type: 'passport',
      title: 'x',
      validFrom: '2026-02-30',
    });
    expect(
      badDate
        .json<Problem>()
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['querystring.title', 'querystring.type', 'querystring.validFrom']);

    const cert = await uploaded(asProducer, producer.id, pdf('vietgap'), {
      type: 'qms_certificate',
      title: 'Chứng nhận VietGAP',
      number: 'VG-01',
      validFrom: '2025-01-01',
      validTo: '2028-01-01',
    });
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/evidence/${cert.id}`,
        headers: asProducer.headers,
        payload,
      });
    const before = await patch({ validTo: '2024-12-31' });
    expect(before.json<Problem>()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'body.validTo' }],
    });
    const fixed = await patch({ title: 'Chứng nhận VietGAP chè', number: null, validTo: '2027-12-31' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json<Evidence>()).toMatchObject({
      title: 'Chứng nhận VietGAP chè',
      number: null,
      validFrom: '2025-01-01',
      validTo: '2027-12-31',
      status: 'valid',
    });
    expect((await patch({})).statusCode).toBe(400);
  });

  it('archives a document: out of the list, still downloadable, back when the same file is uploaded', async () => {
    const bytes = pdf('old-contract');
    const doc = await uploaded(asProducer, producer.id, bytes, {
      type: 'raw_material_contract',
      title: 'HĐ cũ',
    });
    const archived = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/evidence/${doc.id}`,
      headers: asProducer.headers,
    });
    expect(archived.json<Evidence>().isArchived).toBe(true);
    const ids = async (query: string) =>
      (await get(asProducer, `/api/v1/producers/${producer.id}/evidence${query}`))
        .json<{ items: Evidence[] }>()
        .items.map((e) => e.id);
    expect(await ids('')).not.toContain(doc.id);
    expect(await ids('?includeArchived=true')).toContain(doc.id);
    expect((await get(asProducer, doc.fileUrl)).rawPayload.equals(bytes)).toBe(true);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/evidence/${doc.id}`,
      headers: asProducer.headers,
      payload: { title: 'HĐ' },
    });
    expect([edit.statusCode, edit.json<Problem>().code]).toEqual([409, 'ARCHIVED']);

    const back = await upload(asProducer, producer.id, bytes, { type: 'other', title: 'HĐ cũ' });
    expect(back.statusCode).toBe(200);
    expect(back.json<Evidence>()).toMatchObject({ id: doc.id, isArchived: false });
  });
});

describe('dossier evidence', () => {
  let attp: Evidence;
  let lab: Evidence;
  let vietgap: Evidence;
  let spare: Evidence;

  beforeAll(async () => {
    attp = await uploaded(asProducer, producer.id, pdf('d-attp'), {
      type: 'food_safety_certificate',
      title: 'Giấy ATTP',
      validTo: '2026-09-30', // valid today, lapses before the decision
    });
    lab = await uploaded(asProducer, producer.id, pdf('d-lab'), {
      type: 'lab_test_report',
      title: 'Phiếu kiểm nghiệm',
      validTo: '2026-03-01',
    });
    vietgap = await uploaded(asProducer, producer.id, pdf('d-vietgap'), {
      type: 'qms_certificate',
      title: 'VietGAP',
      validTo: '2029-01-01',
    });
    spare = await uploaded(asProducer, producer.id, pdf('d-spare'), { type: 'award', title: 'Giải thưởng' });
  });

  async function dossierInRound() {
    const now = new Date();
    const [round] = await t.deps.db
      .insert(evaluationRounds)
      .values({
        level: 'province',
        provinceCode: producer.province.code,
        name: 'Đợt 2 năm 2026',
        year: 2026,
        intakeDeadline: '2026-08-31',
        decisionDeadline: '2026-11-15',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const [council] = await t.deps.db
      .insert(councils)
      .values({
        level: 'province',
        provinceCode: producer.province.code,
        name: 'Hội đồng tỉnh',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!round || !council) throw new Error('no round or council');
    await t.deps.db
      .insert(councilMembers)
      .values({ councilId: council.id, userId: councilMemberId, role: 'member', createdAt: now });
    const product = await buildProduct(t.deps, registrar, producer.id);
    return insertDossier(product.id, { roundId: round.id, councilId: council.id });
  }

  it('links wallet documents per criterion and warns about expiry against the round', async () => {
    const dossier = await dossierInRound();
    const put = await putEvidence(asProducer, dossier.id, [
      { evidenceId: attp.id },
      { evidenceId: lab.id, criterionCode: '1.1', note: 'Kiểm nghiệm chỉ tiêu an toàn' },
      { evidenceId: vietgap.id, criterionCode: '1.1' },
      { evidenceId: vietgap.id, criterionCode: '6.1.1' },
    ]);
    expect(put.statusCode, put.body).toBe(200);
    const view = put.json<DossierEvidence>();
    expect(view.decisionDeadline).toBe('2026-11-15');
    expect(view.items).toHaveLength(4);
    expect(view.warnings.map((w) => [w.evidenceId, w.kind])).toEqual(
      expect.arrayContaining([
        [attp.id, 'expires_before_decision'],
        [lab.id, 'expired'],
      ]),
    );
    expect(view.warnings).toHaveLength(2);
    expect(view.warnings.find((w) => w.kind === 'expired')?.message).toContain(
      'đã hết hiệu lực từ ngày 01/03/2026',
    );
    const labItem = view.items.find((i) => i.evidence.id === lab.id);
    expect(labItem).toMatchObject({
      criterionCode: '1.1',
      note: 'Kiểm nghiệm chỉ tiêu an toàn',
      warning: 'expired',
    });
    expect(labItem?.evidence.fileUrl).toBe(`/api/v1/dossiers/${dossier.id}/evidence/${lab.id}/file`);

    const seen = await get(asCouncil, `/api/v1/dossiers/${dossier.id}/evidence`);
    expect(seen.json<DossierEvidence>().items).toHaveLength(4);
    const file = await get(asCouncil, `/api/v1/dossiers/${dossier.id}/evidence/${attp.id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(pdf('d-attp'))).toBe(true);
    expect((await get(asCouncil, attp.fileUrl)).statusCode).toBe(403);
    const notLinked = await get(asCouncil, `/api/v1/dossiers/${dossier.id}/evidence/${spare.id}/file`);
    expect(notLinked.json<Problem>().code).toBe('EVIDENCE_NOT_FOUND');
    expect((await get(asOtherProducer, `/api/v1/dossiers/${dossier.id}/evidence`)).statusCode).toBe(403);

    const replaced = await putEvidence(asCommune, dossier.id, [
      { evidenceId: vietgap.id, criterionCode: 'A' },
    ]);
    expect(replaced.json<DossierEvidence>()).toMatchObject({
      items: [{ evidence: { id: vietgap.id }, criterionCode: 'A' }],
      warnings: [],
    });
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'dossier_evidence'), eq(auditLog.entityId, dossier.id)));
    expect(audited.map((a) => a.action)).toEqual(['replace', 'replace']);
  });

  it("refuses another producer's documents, unknown criteria and archived documents", async () => {
    const dossier = await insertDossier((await buildProduct(t.deps, registrar, producer.id)).id);
    const foreign = await uploaded(asOtherProducer, other.id, pdf('foreign'), {
      type: 'other',
      title: 'Của người khác',
    });
    const refused = await putEvidence(asProducer, dossier.id, [
      { evidenceId: attp.id, criterionCode: 'Z9' },
      { evidenceId: foreign.id },
      { evidenceId: randomUUID() },
    ]);
    expect(refused.statusCode).toBe(400);
    expect(refused.json<Problem>().errors?.map((e) => e.field)).toEqual([
      'body.items.0.criterionCode',
      'body.items.1.evidenceId',
      'body.items.2.evidenceId',
    ]);
    const archived = await uploaded(asProducer, producer.id, pdf('to-archive'), {
      type: 'other',
      title: 'Cũ',
    });
    await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/evidence/${archived.id}`,
      headers: asProducer.headers,
    });
    const withArchived = await putEvidence(asProducer, dossier.id, [{ evidenceId: archived.id }]);
    expect(withArchived.json<Problem>().errors?.[0]?.field).toBe('body.items.0.evidenceId');
    expect((await putEvidence(asOtherProducer, dossier.id, [])).statusCode).toBe(403);
    expect((await putEvidence(asCouncil, dossier.id, [])).statusCode).toBe(403);
    const linked = await t.deps.db
      .select()
      .from(dossierEvidence)
      .where(eq(dossierEvidence.dossierId, dossier.id));
    expect(linked).toEqual([]);
  });

  it('refuses changes once the dossier has left the producer (409) and accepts them again when returned', async () => {
    const dossier = await insertDossier((await buildProduct(t.deps, registrar, producer.id)).id);
    expect((await putEvidence(asProducer, dossier.id, [{ evidenceId: vietgap.id }])).statusCode).toBe(200);
    await setState(dossier.id, 'commune_review');
    const late = await putEvidence(asProducer, dossier.id, [{ evidenceId: attp.id }]);
    expect(late.statusCode).toBe(409);
    expect(late.json<Problem>()).toMatchObject({ code: 'DOSSIER_NOT_EDITABLE', state: 'commune_review' });
    const kept = await get(asProducer, `/api/v1/dossiers/${dossier.id}/evidence`);
    expect(kept.json<DossierEvidence>()).toMatchObject({
      decisionDeadline: null,
      items: [{ evidence: { id: vietgap.id } }],
    });
    await setState(dossier.id, 'supplement_requested');
    expect((await putEvidence(asProducer, dossier.id, [{ evidenceId: attp.id }])).statusCode).toBe(200);
  });

  it('copyDossierEvidence carries the links over to the next dossier, except archived documents', async () => {
    const product = await buildProduct(t.deps, registrar, producer.id);
    const previous = await insertDossier(product.id);
    const gone = await uploaded(asProducer, producer.id, pdf('gone'), { type: 'other', title: 'Sẽ lưu trữ' });
    await putEvidence(asProducer, previous.id, [
      { evidenceId: vietgap.id, criterionCode: '1.1', note: 'VietGAP' },
      { evidenceId: attp.id },
      { evidenceId: gone.id },
    ]);
    await t.app.inject({ method: 'DELETE', url: `/api/v1/evidence/${gone.id}`, headers: asProducer.headers });
    await setState(previous.id, 'recognised');
    const next = await insertDossier(product.id, {
      registrationType: 'upgrade',
      previousDossierId: previous.id,
    });

    const now = new Date('2026-06-01T03:00:00Z');
    const copied = await t.deps.db.transaction((tx) => copyDossierEvidence(tx, previous.id, next.id, now));
    expect(copied).toBe(2);
    const view = (await get(asProducer, `/api/v1/dossiers/${next.id}/evidence`)).json<DossierEvidence>();
    expect(view.items.map((i) => [i.evidence.id, i.criterionCode, i.note]).sort()).toEqual(
      [
        [vietgap.id, '1.1', 'VietGAP'],
        [attp.id, null, null],
      ].sort(),
    );
    // Copying again adds nothing.
    expect(await t.deps.db.transaction((tx) => copyDossierEvidence(tx, previous.id, next.id, now))).toBe(0);
  });
});
