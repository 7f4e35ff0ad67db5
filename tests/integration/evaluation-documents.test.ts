import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../src/documents/pdf-text.test-support.ts';
import {
  act,
  buildCast,
  buildCouncil,
  type Cast,
  client,
  draftDossier,
  type Json,
  type Person,
  scoreAs,
  toCouncil,
} from '../helpers/evaluation-factories.ts';
import { buildUser, loginAs } from '../helpers/factories.ts';
import { decodeQr, qrModulesInPdf } from '../helpers/pdf-qr.ts';
import { buildProducer, buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

let t: TestApp;
let cast: Cast;
let members: [Person, Person, Person];
let councilId: string;
let dossierId: string;
let decisionId: string;
let certificateId: string;
let certificateNumber: string;
let product: { name: string; producerName: string };
const sheetIds: Record<string, string> = {};
const DAY = '2026-11-23';

const download = (who: Person | null, url: string) =>
  t.app.inject({ method: 'GET', url, ...(who ? { headers: who.login.headers } : {}) });
const sheetUrl = (memberId: string) =>
  `/api/v1/dossiers/${dossierId}/score-sheets/${sheetIds[memberId]}/sheet.pdf`;
const pdfText = async (who: Person, url: string) => {
  const response = await download(who, url);
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return (await readPdf(response.rawPayload)).text;
};

/** Scores as `who` and remembers the id of the sheet the response lists as theirs. */
async function score(who: Person, total: number) {
  const view = await scoreAs(t, who, dossierId, total);
  const own = (view.council.province.sheets as Json[]).find((s) => s.memberId === who.id);
  if (!own) throw new Error('the scorer does not see their own sheet');
  sheetIds[who.id] = own.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  t.setNow(new Date(`${DAY}T03:00:00Z`));
  cast = await buildCast(t);
  const [m1, m2, m3] = cast.members;
  if (!m1 || !m2 || !m3) throw new Error('cast has three members');
  members = [m1, m2, m3];
  councilId = await buildCouncil(t, cast);
  dossierId = await draftDossier(t, cast);
  await toCouncil(t, cast, dossierId, councilId);
});
afterAll(() => t?.close());

describe('documents of the evaluation (issue 5)', () => {
  it('hides other members’ sheets during blind scoring, and walks the dossier to a signed decision', async () => {
    const [m1, m2, m3] = members;
    await score(cast.chair, 78);
    const recused = await client(t.app, m3).post(`/api/v1/dossiers/${dossierId}/recusals`, {
      reason: 'Có quan hệ gia đình với người đại diện chủ thể',
    });
    expect(recused.status, JSON.stringify(recused.body)).toBe(201);

    // A member who has not scored: the chair's sheet does not exist for them.
    const blind = await download(m1, sheetUrl(cast.chair.id));
    expect(blind.statusCode).toBe(404);
    expect(blind.json()).toMatchObject({ code: 'SCORE_SHEET_NOT_FOUND' });
    // Having scored changes nothing while the sheets are closed; the office does not see scores either.
    await score(m1, 76);
    expect((await download(m1, sheetUrl(cast.chair.id))).statusCode).toBe(404);
    expect((await download(cast.office, sheetUrl(cast.chair.id))).statusCode).toBe(404);
    // Everyone always gets their own.
    expect(await pdfText(m1, sheetUrl(m1.id))).toContain('Thành viên Sở Công Thương');
    const early = await download(cast.office, `/api/v1/dossiers/${dossierId}/minutes.pdf`);
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'DOCUMENT_NOT_READY', state: 'council_scoring' });

    await score(m2, 80);
    await act(t, cast.chair, dossierId, { action: 'open_discussion' });
    await act(t, cast.chair, dossierId, { action: 'finalize' });
    const office = client(t.app, cast.office);
    const drafted = await office.post('/api/v1/decisions', { level: 'province', dossierIds: [dossierId] });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    decisionId = drafted.body.id as string;
    const draftAnnex = await download(cast.office, `/api/v1/decisions/${decisionId}/annex.pdf`);
    expect(draftAnnex.statusCode).toBe(409);
    expect(draftAnnex.json()).toMatchObject({ code: 'DOCUMENT_NOT_READY' });

    const signed = await client(t.app, cast.leader).post(`/api/v1/decisions/${decisionId}/sign`, {
      number: '1234/QĐ-UBND',
      signedOn: DAY,
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    const item = signed.body.items[0] as Json;
    expect(item).toMatchObject({ state: 'recognised', stars: 4 });
    certificateId = item.certificateId as string;
    certificateNumber = item.certificateNumber as string;
    product = { name: item.productName as string, producerName: item.producerName as string };
    expect(product.name).toMatch(/^Sản phẩm thử /);
  });

  it('prints the certificate in Vietnamese with a QR code to the public verification page', async () => {
    const url = `/api/v1/certificates/${certificateId}/certificate.pdf`;
    const response = await download(cast.producer, url);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'cache-control': 'no-store',
    });
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="Giay chung nhan OCOP 1234-QD-UBND-001\.pdf"; /);
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('Giấy chứng nhận OCOP 1234-QĐ-UBND-001.pdf')}`,
    );

    const { text, pages } = await readPdf(response.rawPayload);
    expect(pages).toBe(1);
    const verifyUrl = `${t.deps.config.publicBaseUrl}/chung-nhan/${certificateId}`;
    for (const expected of [
      'GIẤY CHỨNG NHẬN',
      'ỦY BAN NHÂN DÂN',
      product.name,
      product.producerName,
      `Số / No.: ${certificateNumber}`,
      'Căn cứ Quyết định số 1234/QĐ-UBND ngày 23 tháng 11 năm 2026',
      'SẢN PHẨM OCOP 4 SAO',
      'Điểm đánh giá',
      '78,00/100',
      'Có giá trị đến ngày 23 tháng 11 năm 2029',
      'CHỦ TỊCH',
      'Chủ tịch UBND tỉnh',
    ]) {
      expect(text).toContain(expected);
    }
    // Printed under the QR code (wrapped wherever the column ends), and encoded in it.
    expect(text.replace(/\s+/g, '')).toContain(verifyUrl);
    expect(decodeQr(qrModulesInPdf(response.rawPayload))).toBe(verifyUrl);
  });

  it('keeps the certificate PDF from those who may not see the product', async () => {
    const url = `/api/v1/certificates/${certificateId}/certificate.pdf`;
    const registrar = await buildRegistrar(t.deps);
    const elsewhere = await buildProducer(t.deps, registrar, { communeCode: communeOf(t.deps, '01') });
    const user = await buildUser(t.deps, { role: 'producer', provinceCode: '01', producerId: elsewhere.id });
    const stranger = { id: user.id, username: user.username, login: await loginAs(t.app, user.username) };
    expect([403, 404]).toContain((await download(stranger, url)).statusCode);
    expect((await download(null, url)).statusCode).toBe(401);
    const unknown = await download(
      cast.office,
      `/api/v1/certificates/${crypto.randomUUID()}/certificate.pdf`,
    );
    expect(unknown.json()).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
  });

  it('prints each member’s signed score sheet once the sheets are open', async () => {
    const [, m2, m3] = members;
    const text = await pdfText(m2, sheetUrl(cast.chair.id));
    for (const expected of [
      'PHIẾU CHẤM ĐIỂM SẢN PHẨM OCOP',
      product.name,
      'Chủ tịch Hội đồng',
      'UBND tỉnh',
      '78,00/100',
      'Phiếu được ký điện tử bởi Chủ tịch Hội đồng',
      sheetIds[cast.chair.id] ?? '',
    ]) {
      expect(text).toContain(expected);
    }
    // The recused member sees nothing of the dossier.
    expect((await download(m3, sheetUrl(cast.chair.id))).statusCode).toBe(403);
    // A sheet id of another dossier, or none at all: 404.
    const wrong = `/api/v1/dossiers/${dossierId}/score-sheets/${crypto.randomUUID()}/sheet.pdf`;
    expect((await download(cast.office, wrong)).statusCode).toBe(404);
  });

  it('prints the council minutes with every member’s total, per dossier and per sitting', async () => {
    const [m1, m2] = members;
    for (const url of [
      `/api/v1/dossiers/${dossierId}/minutes.pdf?level=province`,
      `/api/v1/councils/${councilId}/minutes.pdf?date=${DAY}`,
    ]) {
      const text = await pdfText(cast.office, url);
      for (const expected of [
        'BIÊN BẢN',
        'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP TỈNH',
        'ngày 23 tháng 11 năm 2026',
        product.name,
        'Chủ tịch Hội đồng',
        'Thành viên Sở Công Thương',
        'Thành viên Sở Y tế',
        '78,00',
        '76,00',
        '80,00',
        'Có quan hệ gia đình với người đại diện chủ thể',
        '3/4 thành viên (75,0%) — đạt tỷ lệ tối thiểu 75%, có Chủ tịch Hội đồng',
        'đề xuất xếp hạng 4 sao',
      ]) {
        expect(text, url).toContain(expected);
      }
      // The recused member is named with the reason, not scored.
      expect(text).toContain('Thành viên Sở KH&CN — hồ sơ');
    }
    expect(await pdfText(m1, `/api/v1/councils/${councilId}/minutes.pdf?date=${DAY}`)).toContain('80,00');
    expect((await download(m2, `/api/v1/councils/${councilId}/minutes.pdf?date=2026-11-01`)).statusCode).toBe(
      404,
    );
    expect((await download(cast.producer, `/api/v1/dossiers/${dossierId}/minutes.pdf`)).statusCode).toBe(403);
    expect(
      (await download(cast.office, `/api/v1/councils/${councilId}/minutes.pdf?date=23-11-2026`)).statusCode,
    ).toBe(400);
  });

  it('prints the decision’s annex as PDF and as xlsx', async () => {
    const text = await pdfText(cast.office, `/api/v1/decisions/${decisionId}/annex.pdf`);
    for (const expected of ['PHỤ LỤC', product.name, product.producerName, certificateNumber, '78,00']) {
      expect(text).toContain(expected);
    }
    const response = await download(cast.leader, `/api/v1/decisions/${decisionId}/annex.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.value);
      });
    });
    expect(cells).toContain(certificateNumber);
    expect(cells).toContain(product.name);
    expect(cells).toContain(78);
  });

  it('shows the live status on the public verification page, and a revocation at once', async () => {
    const page = `/chung-nhan/${certificateId}`;
    const fresh = await download(null, page);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers).toMatchObject({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=30',
    });
    for (const expected of [
      'Còn hiệu lực',
      'status-green',
      product.name,
      certificateNumber,
      '4 sao',
      '1234/QĐ-UBND',
    ]) {
      expect(fresh.body).toContain(expected);
    }
    expect(fresh.body).not.toContain('<script');

    const proposed = await client(t.app, cast.office).post('/api/v1/revocations', {
      certificateId,
      ground: 'c',
      description: 'Đoàn kiểm tra kết luận vi phạm quy định an toàn thực phẩm.',
      concludedOn: DAY,
    });
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201);
    const revoked = await client(t.app, cast.leader).post(`/api/v1/revocations/${proposed.body.id}/revoke`, {
      decisionNumber: '99/QĐ-UBND',
      decidedOn: DAY,
    });
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);

    const after = await download(null, page);
    expect(after.statusCode).toBe(200);
    for (const expected of [
      'Đã bị thu hồi',
      'status-red',
      'Thu hồi từ ngày 23/11/2026',
      'an toàn thực phẩm',
      '99/QĐ-UBND',
    ]) {
      expect(after.body).toContain(expected);
    }
    expect(after.body).not.toContain('Còn hiệu lực');
  });

  it('answers 404 for a certificate the registry does not have', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-certificate']) {
      const response = await download(null, `/chung-nhan/${id}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.body).toContain('Không có trong sổ đăng ký OCOP');
      expect(response.body).toContain('status-grey');
    }
  });
});
