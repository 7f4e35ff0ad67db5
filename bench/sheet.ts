// Stamp print sheets and the event loop: a 240-stamp sheet (the most one request may print) rendered on the
// main thread (the baseline, how it was) and through the PDF worker thread (how it is), while a 5 ms timer
// measures how late the event loop answers. The ratio that matters is the loop's worst delay with the worker
// ÷ without it (lower is better); the render time ratio shows what the hand-over costs.
import { performance } from 'node:perf_hooks';
import { closePdfWorkers, renderStampSheetPdfOffThread } from '../src/documents/pdf-workers.ts';
import { renderStampSheetPdf, type StampSheetDocument } from '../src/documents/stamp-sheet.ts';
import { percentile, round } from './stats.ts';

const ascending = (values: number[]) => [...values].sort((a, b) => a - b);

type Run = { renderMs: number; loopDelayP99Ms: number; loopDelayMaxMs: number };

export type SheetResult = {
  stamps: number;
  runs: number;
  mainThread: Run;
  worker: Run;
  /** worker ÷ main thread. */
  ratios: { loopDelayMax: number; renderMs: number };
};

const TICK_MS = 5;

function sheet(stamps: number): StampSheetDocument {
  return {
    productName: 'Chè Shan tuyết Suối Giàng',
    producerName: 'HTX Chè Suối Giàng',
    stars: 4,
    certificateNumber: '125/GCN-UBND',
    batchLabel: `Sê-ri 1–${stamps}`,
    stamps: Array.from({ length: stamps }, (_, i) => ({
      serial: i + 1,
      code: `7K3M9QXA2B4F${'0123456789ABCDEFGHJKMNPQRSTVWXYZ'[i % 32]}`,
      url: `https://ocop.gov.vn/v/7K3M9QXA2B4F${i}`,
      gs1: `(01) 08934567890128 (21) ${i + 1}`,
    })),
  };
}

/** Renders while a 5 ms interval records how late each tick fires. */
async function measure(render: () => Promise<Buffer>): Promise<Run> {
  const delays: number[] = [];
  let expected = performance.now() + TICK_MS;
  const timer = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - expected));
    expected = now + TICK_MS;
  }, TICK_MS);
  const began = performance.now();
  await render();
  const renderMs = performance.now() - began;
  clearInterval(timer);
  // A render that blocks the loop throughout leaves no tick at all: its whole length is the delay.
  const worst = delays.length === 0 ? renderMs : Math.max(...delays);
  return {
    renderMs,
    loopDelayP99Ms: delays.length ? percentile(ascending(delays), 99) : renderMs,
    loopDelayMaxMs: worst,
  };
}

const median = (runs: Run[], key: keyof Run) => percentile(ascending(runs.map((r) => r[key])), 50);

function summary(runs: Run[]): Run {
  return {
    renderMs: round(median(runs, 'renderMs'), 1),
    loopDelayP99Ms: round(median(runs, 'loopDelayP99Ms'), 1),
    loopDelayMaxMs: round(median(runs, 'loopDelayMaxMs'), 1),
  };
}

export async function benchSheet(stamps: number, runs: number): Promise<SheetResult> {
  const doc = sheet(stamps);
  // Warm both paths (fonts, JIT, the worker's start-up) before measuring.
  await renderStampSheetPdf(doc);
  await renderStampSheetPdfOffThread(doc);
  const main: Run[] = [];
  const worker: Run[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      main.push(await measure(() => renderStampSheetPdf(doc)));
      worker.push(await measure(() => renderStampSheetPdfOffThread(doc)));
    }
  } finally {
    await closePdfWorkers();
  }
  const mainThread = summary(main);
  const off = summary(worker);
  return {
    stamps,
    runs,
    mainThread,
    worker: off,
    ratios: {
      loopDelayMax: round(off.loopDelayMaxMs / mainThread.loopDelayMaxMs, 3),
      renderMs: round(off.renderMs / mainThread.renderMs, 2),
    },
  };
}

export function sheetText(result: SheetResult): string {
  const line = (label: string, r: Run) =>
    `  ${label.padEnd(12)} render ${r.renderMs} ms · event-loop delay p99 ${r.loopDelayP99Ms} ms, max ${r.loopDelayMaxMs} ms`;
  return [
    `Stamp print sheet of ${result.stamps} stamps (median of ${result.runs} runs; a ${TICK_MS} ms timer measures the event loop)`,
    line('main thread', result.mainThread),
    line('worker', result.worker),
    `  ratio worker ÷ main thread: worst event-loop delay ${result.ratios.loopDelayMax}×, render time ${result.ratios.renderMs}×`,
  ].join('\n');
}
