// Pure resolver speed: resolveAddress over a sample of old (pre-2025) addresses, against a baseline loop
// that only folds the same three strings with foldName. Same process, no I/O inside the timed loops.
import { performance } from 'node:perf_hooks';
import type { AdminUnitsIndex } from '../src/domain/admin-units/admin-units-index.ts';
import { foldName } from '../src/domain/admin-units/normalize-name.ts';
import { type AddressQuery, resolveAddress } from '../src/domain/admin-units/resolve-address.ts';
import { round } from './stats.ts';

type OldAddress = { province: string; district: string; commune: string };

export type ResolverResult = {
  sampleSize: number;
  oldCommunesInIndex: number;
  /** Share of the sample that resolved to at least one 2025 commune / to more than one. */
  resolvedShare: number;
  ambiguousShare: number;
  resolver: { calls: number; seconds: number; callsPerSecond: number; microsPerCall: number };
  fold: { rows: number; seconds: number; rowsPerSecond: number; microsPerRow: number };
  /** resolver calls/s ÷ fold rows/s (how much of the folding-only speed the resolver keeps). */
  ratio: number;
};

/** Every old commune as (old commune full name, old district full name, old province name), spread evenly. */
export function sampleOldAddresses(
  index: AdminUnitsIndex,
  size: number,
): { rows: OldAddress[]; all: number } {
  const all: OldAddress[] = [];
  for (const province of index.provincesPre2025) {
    for (const district of index.districtsPre2025Of(province.code)) {
      for (const commune of index.communesPre2025Of(district.code)) {
        all.push({ province: province.name, district: district.fullName, commune: commune.fullName });
      }
    }
  }
  const step = all.length / Math.min(size, all.length);
  const rows = Array.from({ length: Math.min(size, all.length) }, (_, i) => all[Math.floor(i * step)]);
  return { rows: rows.filter((r): r is OldAddress => r !== undefined), all: all.length };
}

/** Runs whole passes over the rows until `minMs` has elapsed; returns rows done and seconds. */
function timed(rows: readonly OldAddress[], minMs: number, body: (row: OldAddress) => number) {
  let sink = 0;
  for (const row of rows) sink += body(row); // warm-up pass (JIT, memo tables)
  let done = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const row of rows) sink += body(row);
    done += rows.length;
    elapsed = performance.now() - start;
  } while (elapsed < minMs);
  if (sink === -1) console.log(sink); // keeps the work observable
  return { done, seconds: elapsed / 1000 };
}

export function benchResolver(index: AdminUnitsIndex, sampleSize: number, minMs: number): ResolverResult {
  const { rows, all } = sampleOldAddresses(index, sampleSize);
  const query = (r: OldAddress): AddressQuery => ({
    province: r.province,
    district: r.district,
    commune: r.commune,
  });
  let resolved = 0;
  let ambiguous = 0;
  for (const row of rows) {
    const result = resolveAddress(index, query(row));
    if (result.matches.length > 0) resolved += 1;
    if (result.ambiguous) ambiguous += 1;
  }
  const fold = timed(
    rows,
    minMs,
    (r) => foldName(r.province).length + foldName(r.district).length + foldName(r.commune).length,
  );
  const res = timed(rows, minMs, (r) => resolveAddress(index, query(r)).matches.length);
  const callsPerSecond = res.done / res.seconds;
  const rowsPerSecond = fold.done / fold.seconds;
  return {
    sampleSize: rows.length,
    oldCommunesInIndex: all,
    resolvedShare: round(resolved / rows.length, 4),
    ambiguousShare: round(ambiguous / rows.length, 4),
    resolver: {
      calls: res.done,
      seconds: round(res.seconds, 3),
      callsPerSecond: round(callsPerSecond, 1),
      microsPerCall: round(1e6 / callsPerSecond, 2),
    },
    fold: {
      rows: fold.done,
      seconds: round(fold.seconds, 3),
      rowsPerSecond: round(rowsPerSecond, 1),
      microsPerRow: round(1e6 / rowsPerSecond, 2),
    },
    ratio: round(callsPerSecond / rowsPerSecond, 4),
  };
}
