// Concurrent scans are looked up together: codes asked for during one turn of the event loop go to the
// database in one query (`code = any(…)`), and a code already being looked up shares that lookup. Under
// load this turns dozens of round trips into one; alone, a scan waits only for the current turn to end.
import type { Db } from '../../db/client.ts';
import { findStampRecords } from '../../db/repositories/stamps-verify.repository.ts';
import type { StampRecord } from '../../domain/stamps/stamp-verdict.ts';

const MAX_CODES_PER_QUERY = 500;

type Waiter = { resolve: (record: StampRecord | null) => void; reject: (error: unknown) => void };

export class StampLookup {
  readonly #waiting = new Map<string, Waiter[]>();
  #scheduled = false;

  constructor(private readonly db: Db) {}

  find(code: string): Promise<StampRecord | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.#waiting.get(code);
      if (waiters) waiters.push({ resolve, reject });
      else this.#waiting.set(code, [{ resolve, reject }]);
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(() => this.#run());
      }
    });
  }

  #run(): void {
    this.#scheduled = false;
    const batch = new Map(this.#waiting);
    this.#waiting.clear();
    const codes = [...batch.keys()];
    for (let i = 0; i < codes.length; i += MAX_CODES_PER_QUERY) {
      const chunk = codes.slice(i, i + MAX_CODES_PER_QUERY);
      findStampRecords(this.db, chunk).then(
        (found) => {
          for (const code of chunk) for (const w of batch.get(code) ?? []) w.resolve(found.get(code) ?? null);
        },
        (error: unknown) => {
          for (const code of chunk) for (const w of batch.get(code) ?? []) w.reject(error);
        },
      );
    }
  }
}
