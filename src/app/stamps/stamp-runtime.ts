// The in-process parts of verification, one set per app: the short-lived cache of looked-up stamps, the
// lookup coalescer, the scan buffer and the client hasher. Registered per AppDeps so tests (and a job
// runner in the same process) can flush the scans and clear the cache of the apps built on those deps.
import { insertScans } from '../../db/repositories/stamps-scans.repository.ts';
import type { StampRecord } from '../../domain/stamps/stamp-verdict.ts';
import type { AppDeps } from '../deps.ts';
import { ClientHasher } from './client-hash.ts';
import { ScanBuffer } from './scan-buffer.ts';
import { StampLookup } from './stamp-lookup.ts';
import type { StampSettings } from './stamp-settings.ts';
import { TtlCache } from './ttl-cache.ts';

export type StampRuntime = Readonly<{
  settings: StampSettings;
  /** Canonical code (or "gs1:{gtin13}/{serial}") → stamp record, or null for "no such stamp". */
  cache: TtlCache<StampRecord | null>;
  lookup: StampLookup;
  scans: ScanBuffer;
  clients: ClientHasher;
  close(): Promise<void>;
}>;

const runtimes = new WeakMap<AppDeps, Set<StampRuntime>>();

export function createStampRuntime(
  deps: AppDeps,
  settings: StampSettings,
  log: (error: unknown, message: string) => void,
): StampRuntime {
  const scans = new ScanBuffer({
    flushMs: settings.scanFlushMs,
    maxRows: settings.scanFlushRows,
    maxBuffered: Math.max(10_000, settings.scanFlushRows * 20),
    write: (rows) => insertScans(deps.db, rows),
    onError: (error, rows) => log(error, `writing ${rows} stamp scans failed; kept for the next attempt`),
  });
  const runtime: StampRuntime = {
    settings,
    cache: new TtlCache(settings.cacheTtlMs, settings.cacheMaxEntries, () => deps.now().getTime()),
    lookup: new StampLookup(deps.db),
    scans,
    clients: new ClientHasher(deps.sessionSecret),
    close: async () => {
      await scans.close();
      runtimes.get(deps)?.delete(runtime);
    },
  };
  const set = runtimes.get(deps) ?? new Set();
  set.add(runtime);
  runtimes.set(deps, set);
  return runtime;
}

/** Writes the waiting scans of every app built on `deps` (tests; jobs before they read the log). */
export async function flushStampScans(deps: AppDeps): Promise<void> {
  await Promise.all([...(runtimes.get(deps) ?? [])].map((r) => r.scans.flush()));
}

/** Forgets every cached stamp of the apps built on `deps`. */
export function clearStampCaches(deps: AppDeps): void {
  for (const runtime of runtimes.get(deps) ?? []) runtime.cache.clear();
}
