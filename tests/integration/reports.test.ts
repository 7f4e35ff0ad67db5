import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReportDocument } from '../../src/app/reports/report-document.ts';
import { STAR_COLORS } from '../../src/documents/charts/chart-svg.ts';
import { charactersWithoutGlyph, readPdf } from '../../src/documents/pdf-text.test-support.ts';
import { reportCharts } from '../../src/documents/report-pdf.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser, type LoggedIn, loginAs } from '../helpers/factories.ts';
import { buildRegistrar, communeOf } from '../helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';
import { buildProgrammeFixture } from './dashboards-fixture.ts';

let t: TestApp;
const as: Record<string, LoggedIn> = {};
let ministryActor: Actor;
const WINDOW = 'asOf=2026-06-30&from=2026-01-01&to=2026-06-30';

const get = (who: string, url: string) =>
  t.app.inject({ method: 'GET', url: `/api/v1/reports${url}`, headers: as[who]?.headers });

async function workbookOf(url: string, who = 'officer'): Promise<ExcelJS.Workbook> {
  const response = await get(who, url);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toContain('spreadsheetml');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

/** Rows of a sheet as plain values (ExcelJS rows are 1-based with an empty slot 0). */
const rowsOf = (sheet: ExcelJS.Worksheet | undefined) => {
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
};

/** The decompressed content streams of a PDF (pdfkit writes them with FlateDecode). */
function pdfContent(bytes: Buffer): string {
  const text = bytes.toString('latin1');
  let content = '';
  for (let i = text.indexOf('stream\n'); i >= 0; i = text.indexOf('stream\n', i + 1)) {
    const start = i + 'stream\n'.length;
    try {
      content += inflateSync(bytes.subarray(start, text.indexOf('endstream', start))).toString('latin1');
    } catch {
      // not a deflated stream
    }
  }
  return content;
}

const fillOf = (hex: string) =>
  `${[1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).join(' ')} scn`;

beforeAll(async () => {
  t = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  t.setNow(new Date('2026-01-10T03:00:00Z'));
  await buildProgrammeFixture(t.deps, await buildRegistrar(t.deps));
  t.setNow(new Date('2026-07-01T03:00:00Z'));
  const people = {
    ministry: await buildUser(t.deps, { role: 'ministry_leader' }),
    officer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '08' }),
    otherOfficer: await buildUser(t.deps, { role: 'province_officer', provinceCode: '01' }),
    commune: await buildUser(t.deps, {
      role: 'commune_officer',
      provinceCode: '08',
      communeCode: communeOf(t.deps, '08', 0),
    }),
  };
  for (const [who, user] of Object.entries(people)) as[who] = await loginAs(t.app, user.username);
  ministryActor = { id: people.ministry.id, role: 'ministry_leader', provinceCode: null, communeCode: null };
  const plan = await t.app.inject({
    method: 'POST',
    url: '/api/v1/plans',
    headers: as.officer?.headers,
    payload: {
      level: 'province',
      provinceCode: '08',
      name: 'Kế hoạch OCOP năm 2026',
      decisionRef: 'Kế hoạch 12/KH-UBND',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      targets: [
        { indicator: 'certified_products', comparator: '>', targetValue: 2, wording: '> 2 sản phẩm' },
        { indicator: 'five_star_products', targetValue: 7, wording: 'Ít nhất 7 sản phẩm 5 sao' },
      ],
    },
  });
  expect(plan.statusCode, plan.body).toBe(201);
});

afterAll(async () => {
  await t.close();
});

describe(`reports on ${process.env.OCOP_TEST_DB}`, () => {
  it('a province workbook: Summary with indicators and plan targets, then the breakdown sheets', async () => {
    const workbook = await workbookOf(`/workbook.xlsx?scope=province&provinceCode=08&${WINDOW}`);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Hạng sao',
      'Ngành',
      'Nhóm sản phẩm',
      'Loại hình chủ thể',
      'Độ phủ xã',
      'Lịch sử theo tháng',
    ]);
    const summary = workbook.getWorksheet('Tổng hợp');
    expect(summary?.getCell('A1').value).toBe('BÁO CÁO CHƯƠNG TRÌNH OCOP — TỈNH TUYÊN QUANG (MÃ 08)');
    expect(summary?.getCell('B4').value).toBe('01/01/2026 – 30/06/2026');
    expect(summary?.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    expect(summary?.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      printTitlesRow: '8:8',
    });
    expect(summary?.getCell('B8').value).toBe('Chỉ số\nIndicator');
    const rows = rowsOf(summary);
    const indicator = (vi: string) => rows.find((r) => String(r[1]).startsWith(`${vi}\n`));
    expect(indicator('Sản phẩm OCOP còn hiệu lực')?.slice(3, 5)).toEqual([3, 'Số lượng']);
    expect(indicator('Sản phẩm OCOP 5 sao')?.[3]).toBe(1);
    expect(indicator('Sản phẩm được công nhận lần đầu')?.[3]).toBe(1);
    const coverage = indicator('Tỷ lệ xã có sản phẩm OCOP');
    expect(coverage?.[5]).toBe(3);
    expect(coverage?.[8]).toBe('Tính từ dữ liệu');
    let coverageRow: ExcelJS.Row | undefined;
    summary?.eachRow((row) => {
      if (String(row.getCell(2).value).startsWith('Tỷ lệ xã có sản phẩm OCOP\n')) coverageRow = row;
    });
    expect(coverageRow?.getCell(4).value).toBeCloseTo(3 / t.deps.adminUnits.communes2025Of('08').length, 4);
    expect(coverageRow?.getCell(4).numFmt).toBe('0.00%');
    expect(coverageRow?.getCell(6).numFmt).toBe('#,##0');
    expect(
      rows.some((r) => String(r[0]).startsWith('Kế hoạch: Kế hoạch OCOP năm 2026 (Kế hoạch 12/KH-UBND)')),
    ).toBe(true);
    const target = rows.find((r) => r[1] === '> 2 sản phẩm');
    expect(target?.slice(3, 9)).toEqual([3, 'Số lượng', '>', 2, 1.5, 'Đạt']);
    expect(rows.find((r) => r[1] === 'Ít nhất 7 sản phẩm 5 sao')?.slice(3, 9)).toEqual([
      1,
      'Số lượng',
      '≥',
      7,
      expect.any(Number),
      'Chưa đạt',
    ]);

    expect(rowsOf(workbook.getWorksheet('Hạng sao')).slice(4)).toEqual([
      [3, 1, 0.3333],
      [4, 1, 0.3333],
      [5, 1, 0.3333],
      ['Tổng cộng', 3, 1],
    ]);
    const types = rowsOf(workbook.getWorksheet('Loại hình chủ thể')).slice(4);
    expect(types.filter((r) => typeof r[2] === 'number' && r[2] > 0).map((r) => r[0])).toEqual([
      'Hợp tác xã',
      'Doanh nghiệp nhỏ và vừa',
      'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh',
      'Tổng cộng',
    ]);
    const communes = workbook.getWorksheet('Độ phủ xã');
    const communeRows = rowsOf(communes).slice(4, -1);
    expect(communeRows).toHaveLength(t.deps.adminUnits.communes2025Of('08').length);
    expect(communeRows.filter((r) => r[7] === 'Có').map((r) => r[1])).toEqual(
      [0, 1, 2].map((i) => communeOf(t.deps, '08', i)),
    );
    expect(communes?.pageSetup.printTitlesRow).toBe('4:4');
    const history = rowsOf(workbook.getWorksheet('Lịch sử theo tháng')).slice(4);
    expect(history).toHaveLength(24);
    expect(history.at(-1)?.slice(2)).toEqual([1, 1, 1, 3]);
    expect(history.at(-1)?.[1]).toEqual(new Date('2026-06-30T00:00:00Z'));
  });

  it('the national workbook has the 34 provinces with their totals', async () => {
    const workbook = await workbookOf(`/workbook.xlsx?scope=national&${WINDOW}`, 'ministry');
    expect(workbook.worksheets.map((s) => s.name)).toContain('Tỉnh, thành phố');
    expect(workbook.worksheets.map((s) => s.name)).not.toContain('Độ phủ xã');
    const rows = rowsOf(workbook.getWorksheet('Tỉnh, thành phố')).slice(4);
    expect(rows).toHaveLength(35);
    expect(rows.find((r) => r[0] === '08')?.slice(1, 6)).toEqual(['Tuyên Quang', 3, 1, 1, 1]);
    expect(rows.at(-1)?.slice(1, 3)).toEqual(['Tổng cộng', 4]);
    const summary = rowsOf(workbook.getWorksheet('Tổng hợp'));
    expect(summary.find((r) => String(r[1]).startsWith('Sản phẩm OCOP còn hiệu lực\n'))?.[3]).toBe(4);
  });

  it('the PDF summary: Vietnamese title, indicators, the plan’s targets and vector charts in Roboto', async () => {
    const response = await get('officer', `/summary.pdf?scope=province&provinceCode=08&${WINDOW}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const bytes = response.rawPayload;
    const { text, firstPageSize } = await readPdf(bytes);
    expect(firstPageSize.map(Math.round)).toEqual([595, 842]);
    expect(text).toContain('BÁO CÁO TÓM TẮT CHƯƠNG TRÌNH OCOP');
    expect(text).toContain('TỈNH TUYÊN QUANG (MÃ 08)');
    expect(text).toContain('Kỳ báo cáo: 01/01/2026 – 30/06/2026');
    expect(text).toContain('Sản phẩm OCOP còn hiệu lực');
    expect(text).toContain('Tỷ lệ xã có sản phẩm OCOP');
    expect(text).toContain('> 2 sản phẩm OCOP products with a certificate in force 3 > 2 150,0% Đạt');
    expect(text).toContain('Ít nhất 7 sản phẩm 5 sao');
    expect(text).toContain('Tổng cộng 3 100,0%');
    expect(charactersWithoutGlyph(text)).toEqual([]);
    // The charts' own labels are text in the PDF, drawn with the embedded Roboto (no Helvetica fallback).
    expect(text).toMatch(/3 sao 4 sao 5 sao/);
    expect(bytes.toString('latin1')).not.toContain('Helvetica');
    const content = pdfContent(bytes);
    for (const color of Object.values(STAR_COLORS)) expect(content).toContain(fillOf(color));
    expect((content.match(/ l\n/g) ?? []).length).toBeGreaterThan(60);
  });

  it('the national PDF adds the provinces chart; its charts have the expected series', async () => {
    const response = await get('ministry', `/summary.pdf?scope=national&${WINDOW}`);
    expect(response.statusCode, response.body).toBe(200);
    const { text, pages } = await readPdf(response.rawPayload);
    expect(text).toContain('TOÀN QUỐC (34 TỈNH, THÀNH PHỐ)');
    expect(text).toContain('So sánh 34 tỉnh, thành phố');
    expect(text).toContain('Tuyên Quang');
    expect(pages).toBeGreaterThanOrEqual(2);
    const doc = await loadReportDocument(t.deps, ministryActor, {
      scope: 'national',
      asOf: '2026-06-30',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    const { charts } = await reportCharts(doc);
    expect(charts.map((c) => c.seriesCount)).toEqual([1, 3, 3]);
    expect(charts[2]?.svg.match(/<text[^>]*>Tuyên Quang<\/text>/g)).toHaveLength(1);
  });

  it('follows the dashboards’ scope rules', async () => {
    const province = `scope=province&provinceCode=08&${WINDOW}`;
    expect((await get('otherOfficer', `/workbook.xlsx?${province}`)).statusCode).toBe(403);
    expect((await get('otherOfficer', `/summary.pdf?${province}`)).statusCode).toBe(403);
    expect((await get('officer', '/workbook.xlsx?scope=national')).statusCode).toBe(403);
    expect((await get('commune', `/workbook.xlsx?${province}`)).statusCode).toBe(403);
    expect((await get('ministry', '/summary.pdf?scope=province&provinceCode=01')).statusCode).toBe(200);
    expect((await get('ministry', '/workbook.xlsx?scope=province&provinceCode=99')).statusCode).toBe(404);
    const missing = await get('officer', '/workbook.xlsx?scope=province');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      { field: 'query.provinceCode', message: 'Cần mã tỉnh (2 chữ số) khi scope=province.' },
    ]);
    expect(
      (await get('officer', '/workbook.xlsx?scope=province&provinceCode=08&from=2026-07-01&to=2026-01-01'))
        .statusCode,
    ).toBe(400);
  });
});
