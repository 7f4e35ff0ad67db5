// Finds units by name, tolerant to accents, tone-mark placement, unit-type prefixes and abbreviations.
import type { NameQuery } from './normalize-name.ts';
import { foldName, stripUnitPrefix, toneKey } from './normalize-name.ts';

export interface NamedUnit {
  readonly name: string;
  readonly fullName: string;
  /** Unit type ("Xã"); when `fullName` is "<type> <name>" the keys are built faster. */
  readonly type?: string;
}

function memoize(f: (s: string) => string): (s: string) => string {
  const memo = new Map<string, string>();
  return (s) => {
    let value = memo.get(s);
    if (value === undefined) {
      value = f(s);
      memo.set(s, value);
    }
    return value;
  };
}

interface Entry<T> {
  readonly unit: T;
  /** Position in the constructor's list, to return matches in a stable order. */
  readonly order: number;
  /** Folded full name ("xa thong hoa"). */
  readonly full: string;
  /** Folded short-name keys: name, full name without its type, aliases. */
  readonly names: ReadonlySet<string>;
  readonly toneFull: string;
  readonly toneNames: ReadonlySet<string>;
}

/**
 * Match quality, best first:
 * 0: the text names the unit with its type ("Xã Thông Hòa", "TT. Cầu Kè", "P1");
 * 1: the text is the unit's short name ("Quan Hóa", "Thông Hòa");
 * 2: the text is the short name behind another or a missing type ("Xã Yên Viên" for "Thị trấn Yên Viên").
 * Only the best tier found is returned, so "Quan Hóa" never returns a unit named "Hóa" and
 * "Xã Yên Viên" prefers the xã over the thị trấn of the same name.
 */
type Tier = 0 | 1 | 2;

function tierOf<T>(entry: Entry<T>, query: NameQuery): Tier | null {
  if (entry.full === query.folded) return 0;
  if (query.type !== null && entry.full === `${query.type} ${query.rest}`) return 0;
  if (entry.names.has(query.folded)) return 1;
  if (query.type !== null && entry.names.has(query.rest)) return 2;
  return null;
}

/** Exact spelling once tone-mark placement and case are ignored (accents kept). */
function isExact<T>(entry: Entry<T>, query: NameQuery): boolean {
  return (
    entry.toneFull === query.tone || entry.toneNames.has(query.tone) || entry.toneNames.has(query.toneRest)
  );
}

export interface NameMatches<T> {
  units: T[];
  /** True when the query was accented and the units are spelled exactly like it (tone key). */
  exact: boolean;
}

export class NameMatcher<T extends NamedUnit> {
  readonly #byKey = new Map<string, Entry<T>[]>();

  constructor(units: readonly T[], aliasesOf: (unit: T) => readonly string[] = () => []) {
    const fold = memoize(foldName);
    const tone = memoize(toneKey);
    for (const [order, unit] of units.entries()) {
      const name = fold(unit.name);
      // Full names are "<type> <name>": reuse the memoised keys of both parts (keys are word-wise).
      const composed =
        name !== '' && unit.type !== undefined && unit.fullName === `${unit.type} ${unit.name}`;
      const full = composed ? `${fold(unit.type ?? '')} ${name}` : foldName(unit.fullName);
      const toneFull = composed ? `${tone(unit.type ?? '')} ${tone(unit.name)}` : toneKey(unit.fullName);
      const aliases = aliasesOf(unit);
      const names = new Set([name, stripUnitPrefix(full), ...aliases.map(foldName)]);
      const toneNames = new Set([tone(unit.name), ...aliases.map(toneKey)]);
      const entry: Entry<T> = { unit, order, full, names, toneFull, toneNames };
      for (const key of new Set([full, ...names])) {
        const list = this.#byKey.get(key);
        if (list === undefined) this.#byKey.set(key, [entry]);
        else list.push(entry);
      }
    }
  }

  /**
   * Units whose name matches the query, restricted to those `accept`ed. When the query is accented and
   * some candidates are spelled exactly like it (tone-key equal), only those are kept ("Sa Pa" vs "Sa Pả");
   * then only the best tier is kept. Order: the order of the units given to the constructor.
   */
  match(query: NameQuery, accept: (unit: T) => boolean = () => true): T[] {
    return this.matchWithQuality(query, accept).units;
  }

  /** Like match; `exact` tells whether the query was accented and the units are spelled exactly so. */
  matchWithQuality(query: NameQuery, accept: (unit: T) => boolean = () => true): NameMatches<T> {
    const keys = new Set([query.folded, query.rest]);
    if (query.type !== null) keys.add(`${query.type} ${query.rest}`);
    const found = new Map<Entry<T>, Tier>();
    for (const key of keys) {
      for (const entry of this.#byKey.get(key) ?? []) {
        if (found.has(entry) || !accept(entry.unit)) continue;
        const tier = tierOf(entry, query);
        if (tier !== null) found.set(entry, tier);
      }
    }
    let pool = [...found.entries()];
    const exact = query.accented ? pool.filter(([entry]) => isExact(entry, query)) : [];
    if (exact.length > 0) pool = exact;
    const best = Math.min(...pool.map(([, tier]) => tier));
    const units = pool
      .filter(([, tier]) => tier === best)
      .sort(([a], [b]) => a.order - b.order)
      .map(([entry]) => entry.unit);
    return { units, exact: exact.length > 0 };
  }
}
