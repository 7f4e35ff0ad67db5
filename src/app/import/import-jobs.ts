/**
 * Progress of the preview or commit running for each batch, kept in this process (the work runs here;
 * the final state is in the database). The back-office polls it to draw a progress bar.
 */
export type ImportProgress = { done: number; total: number };

export class ImportJobs {
  private readonly running = new Map<string, ImportProgress>();

  isRunning(batchId: string): boolean {
    return this.running.has(batchId);
  }

  progressOf(batchId: string): ImportProgress | null {
    return this.running.get(batchId) ?? null;
  }

  /** Starts `work` in the background; `report` updates the progress. Errors go to `onError`. */
  start(
    batchId: string,
    total: number,
    work: (report: (done: number) => void) => Promise<void>,
    onError: (error: unknown) => Promise<void>,
  ): Promise<void> {
    const progress = { done: 0, total };
    this.running.set(batchId, progress);
    const job = work((done) => {
      progress.done = done;
    })
      .catch(onError)
      .finally(() => this.running.delete(batchId));
    return job;
  }
}
