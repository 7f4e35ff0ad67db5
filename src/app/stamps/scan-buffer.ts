// Scans are written off the request path: the handler appends to a buffer, which is written in one
// multi-row insert every `flushMs` or as soon as `maxRows` wait, and once more when the app closes. A failed
// write keeps the rows for the next attempt, up to `maxBuffered` (beyond that the oldest are dropped and
// counted): verification never waits for, or fails because of, its own log.
import type { NewScanRow } from '../../db/repositories/stamps-scans.repository.ts';

export type ScanBufferOptions = Readonly<{
  flushMs: number;
  maxRows: number;
  maxBuffered: number;
  write: (rows: readonly NewScanRow[]) => Promise<void>;
  onError: (error: unknown, rows: number) => void;
}>;

export class ScanBuffer {
  #rows: NewScanRow[] = [];
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();
  dropped = 0;

  constructor(private readonly options: ScanBufferOptions) {}

  add(row: NewScanRow): void {
    this.#rows.push(row);
    if (this.#rows.length > this.options.maxBuffered) {
      this.dropped += this.#rows.length - this.options.maxBuffered;
      this.#rows.splice(0, this.#rows.length - this.options.maxBuffered);
    }
    if (this.#rows.length >= this.options.maxRows) void this.flush();
    else this.#arm();
  }

  get pending(): number {
    return this.#rows.length;
  }

  /** The newest waiting scan that matches, so a position sent right after the scan can join it. */
  findPending(match: (row: NewScanRow) => boolean): NewScanRow | undefined {
    return this.#rows.findLast(match);
  }

  /** Writes what is waiting (after any write in progress); resolves when it is written or given back. */
  flush(): Promise<void> {
    this.#disarm();
    this.#writing = this.#writing.then(() => this.#writeOnce());
    return this.#writing;
  }

  /** Stops the timer and writes what is left. The buffer still works afterwards (shared by test apps). */
  close(): Promise<void> {
    return this.flush();
  }

  async #writeOnce(): Promise<void> {
    if (this.#rows.length === 0) return;
    const rows = this.#rows;
    this.#rows = [];
    try {
      await this.options.write(rows);
    } catch (error) {
      this.options.onError(error, rows.length);
      this.#rows = [...rows, ...this.#rows].slice(-this.options.maxBuffered);
      this.#arm();
    }
  }

  #arm(): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.flush();
    }, this.options.flushMs);
    this.#timer.unref();
  }

  #disarm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }
}
