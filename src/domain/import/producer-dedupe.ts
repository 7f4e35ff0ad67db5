// Groups the rows of one import that name the same producer (chủ thể), so that it is created once and its
// products attached to it: rows with the same tax code, or with the same producerNameKey ("HTX Chè Shan
// Tuyết" ≡ "Hợp tác xã chè Shan tuyết") in the same commune. Two different tax codes are two producers even
// when name and commune agree (a name match never joins them). Rows without a commune or a tax code only
// join others through the one they have.

import { producerNameKey } from '../registry/name-key.ts';

export interface DedupeInputRow {
  readonly rowNumber: number;
  readonly producerName: string;
  readonly communeCode: string | null;
  readonly taxCode: string | null;
}

export type DedupeMatch = 'taxCode' | 'nameInCommune';

export interface ProducerGroup {
  /** Stable across runs and row order: "mst:<tax code>", "xa:<commune>:<name key>" or "dong:<row>". */
  readonly key: string;
  /** Ascending. */
  readonly rowNumbers: number[];
  /** The producer name of the first row. */
  readonly producerName: string;
  readonly taxCode: string | null;
  /** The commune of the first row that has one. */
  readonly communeCode: string | null;
  /** How members were joined (empty for a single row). */
  readonly matchedBy: DedupeMatch[];
}

class Components {
  private readonly parent: number[];
  readonly taxCode: (string | null)[];
  readonly matchedBy: Set<DedupeMatch>[];

  constructor(rows: readonly DedupeInputRow[]) {
    this.parent = rows.map((_, i) => i);
    this.taxCode = rows.map((r) => r.taxCode);
    this.matchedBy = rows.map(() => new Set<DedupeMatch>());
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Joins two rows' groups unless that would put two different tax codes together. */
  union(a: number, b: number, how: DedupeMatch): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return;
    const [ta, tb] = [this.taxCode[ra] ?? null, this.taxCode[rb] ?? null];
    if (ta !== null && tb !== null && ta !== tb) return;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent[child] = root;
    this.taxCode[root] = ta ?? tb;
    const into = this.matchedBy[root];
    into?.add(how);
    for (const m of this.matchedBy[child] ?? []) into?.add(m);
  }
}

function joinBy(
  rows: readonly DedupeInputRow[],
  sets: Components,
  how: DedupeMatch,
  keyOf: (r: DedupeInputRow) => string | null,
) {
  const first = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (key === null) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else sets.union(seen, i, how);
  });
}

/** See the header. Groups come in the order of their first row. */
export function groupProducers(rows: readonly DedupeInputRow[]): ProducerGroup[] {
  const ordered = [...rows].sort((a, b) => a.rowNumber - b.rowNumber);
  const nameKeys = ordered.map((r) => producerNameKey(r.producerName));
  const sets = new Components(ordered);
  joinBy(ordered, sets, 'taxCode', (r) => (r.taxCode === null || r.taxCode === '' ? null : r.taxCode));
  joinBy(ordered, sets, 'nameInCommune', (r) => {
    const nameKey = producerNameKey(r.producerName);
    return r.communeCode === null || nameKey === '' ? null : `${r.communeCode}\u0000${nameKey}`;
  });

  const members = new Map<number, number[]>();
  ordered.forEach((_, i) => {
    const root = sets.find(i);
    members.set(root, [...(members.get(root) ?? []), i]);
  });
  return [...members.entries()].map(([root, indexes]) => {
    const rowsOf = indexes.map((i) => ordered[i]).filter((r): r is DedupeInputRow => r !== undefined);
    const first = rowsOf[0];
    const taxCode = sets.taxCode[root] ?? null;
    const communeCode = rowsOf.find((r) => r.communeCode !== null)?.communeCode ?? null;
    const nameKey = nameKeys[root] ?? '';
    const key =
      taxCode !== null
        ? `mst:${taxCode}`
        : first?.communeCode != null && nameKey !== ''
          ? `xa:${first.communeCode}:${nameKey}`
          : `dong:${first?.rowNumber ?? root}`;
    return {
      key,
      rowNumbers: rowsOf.map((r) => r.rowNumber),
      producerName: first?.producerName ?? '',
      taxCode,
      communeCode,
      matchedBy: [...(sets.matchedBy[root] ?? [])].sort(),
    };
  });
}
