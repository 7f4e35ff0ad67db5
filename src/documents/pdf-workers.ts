// Large PDFs are rendered on a worker thread so that the event loop keeps answering: a print sheet of 240
// stamps is over a second of CPU, the programme report with its charts 0.2 s (2 s the first time, loading
// ECharts); on the main thread every verification scan would wait behind them.
// One thread: on a two-core server the other core stays with the event loop. piscina queues the tasks,
// starts the thread on first use and lets it go after five minutes idle.
import { Piscina } from 'piscina';
import type { ReportDocument } from './report-types.ts';
import type { StampSheetDocument } from './stamp-sheet.ts';
import type { PdfTask } from './worker/pdf-worker-tasks.ts';

const IDLE_MS = 5 * 60_000;

let pool: Piscina<PdfTask, Uint8Array> | null = null;

function workers(): Piscina<PdfTask, Uint8Array> {
  pool ??= new Piscina<PdfTask, Uint8Array>({
    filename: new URL('./worker/pdf-worker-entry.mjs', import.meta.url).href,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: IDLE_MS,
  });
  return pool;
}

async function render(task: PdfTask): Promise<Buffer> {
  const bytes = await workers().run(task);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const renderStampSheetPdfOffThread = (document: StampSheetDocument): Promise<Buffer> =>
  render({ kind: 'stamp-sheet', document });

export const renderReportPdfOffThread = (document: ReportDocument): Promise<Buffer> =>
  render({ kind: 'report-summary', document });

/** How many worker threads are running (0 until the first task, and after closing). */
export const pdfWorkerThreads = (): number => pool?.threads.length ?? 0;

/** Stops the worker threads (on shutdown); a later task starts them again. */
export async function closePdfWorkers(): Promise<void> {
  const running = pool;
  pool = null;
  await running?.destroy();
}
