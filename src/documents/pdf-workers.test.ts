import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from './pdf-text.test-support.ts';
import {
  closePdfWorkers,
  pdfWorkerThreads,
  renderReportPdfOffThread,
  renderStampSheetPdfOffThread,
} from './pdf-workers.ts';
import { provinceReportFixture } from './report-fixture.test-support.ts';
import { renderPdfTask } from './worker/pdf-worker-tasks.ts';

const doc = {
  productName: 'Mật ong bạc hà Mèo Vạc',
  producerName: 'HTX Mật ong Mèo Vạc',
  stars: 4,
  certificateNumber: '88/GCN-UBND',
  batchLabel: 'Lô 1–3',
  stamps: [1, 2, 3].map((serial) => ({
    serial,
    code: `7K3M9QXA2B4F${serial}`,
    url: `https://ocop.gov.vn/v/7K3M9QXA2B4F${serial}`,
  })),
};

afterAll(() => closePdfWorkers());

describe('PDF worker threads', () => {
  it('render a stamp sheet on another thread, the same as on this one', async () => {
    const offThread = await readPdf(await renderStampSheetPdfOffThread(doc));
    const here = await readPdf(Buffer.from(await renderPdfTask({ kind: 'stamp-sheet', document: doc })));
    expect(offThread.text).toBe(here.text);
    expect(offThread.text).toContain('Số 0000003');
    expect(pdfWorkerThreads()).toBe(1);
  });

  it('render the programme report with its charts', async () => {
    const pdf = await readPdf(await renderReportPdfOffThread(provinceReportFixture));
    expect(pdf.text).toContain(provinceReportFixture.scope.name);
    expect(pdf.pages).toBeGreaterThan(1);
  });

  it('start again after being closed', async () => {
    await closePdfWorkers();
    expect(pdfWorkerThreads()).toBe(0);
    const pdf = await readPdf(await renderStampSheetPdfOffThread(doc));
    expect(pdf.pages).toBe(1);
  });
});
