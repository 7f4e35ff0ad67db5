// "Share of producers whose revenue grew ×1.1–1.5": each producer's revenue of a year against the year
// before, sorted into bands. Compared exactly on integers (VND), so 1.1 × 1,000 is 1,100, not 1,100.0000001.

export const REVENUE_GROWTH_BANDS = [
  { code: 'declined', labelVi: 'Giảm', labelEn: 'Declined' },
  { code: 'below_1_1', labelVi: 'Tăng dưới 1,1 lần', labelEn: 'Grew less than ×1.1' },
  { code: 'from_1_1_to_1_5', labelVi: 'Tăng 1,1–1,5 lần', labelEn: 'Grew ×1.1–1.5' },
  { code: 'above_1_5', labelVi: 'Tăng trên 1,5 lần', labelEn: 'Grew more than ×1.5' },
] as const;
export type RevenueGrowthBand = (typeof REVENUE_GROWTH_BANDS)[number]['code'];
export const REVENUE_GROWTH_BAND_CODES = REVENUE_GROWTH_BANDS.map((b) => b.code) as [
  RevenueGrowthBand,
  ...RevenueGrowthBand[],
];

/**
 * The band of `current` against `previous` (whole VND, ≥ 0): declined (ratio < 1), below_1_1 (1 ≤ ratio < 1.1,
 * unchanged included), from_1_1_to_1_5 (1.1 ≤ ratio ≤ 1.5, both ends in), above_1_5 (ratio > 1.5).
 * Null when the previous revenue is 0: there is no ratio to speak of.
 */
export function revenueGrowthBand(previous: number, current: number): RevenueGrowthBand | null {
  if (!Number.isSafeInteger(previous) || !Number.isSafeInteger(current) || previous < 0 || current < 0) {
    throw new RangeError(`Revenues must be whole VND ≥ 0 (got ${previous}, ${current})`);
  }
  if (previous === 0) return null;
  const p = BigInt(previous);
  const c = BigInt(current);
  if (c < p) return 'declined';
  if (10n * c < 11n * p) return 'below_1_1';
  if (2n * c <= 3n * p) return 'from_1_1_to_1_5';
  return 'above_1_5';
}

export type RevenuePair = Readonly<{ previous: number; current: number }>;

export type RevenueGrowthSummary = {
  /** Producers with a revenue in both years and a previous revenue above 0: the base of the shares. */
  compared: number;
  /** Producers with both years but no revenue the year before (left out of the shares). */
  notComparable: number;
  bands: Record<RevenueGrowthBand, { count: number; share: number | null }>;
};

/** Counts producers per band; each share is of the producers compared (null when none was). */
export function summariseRevenueGrowth(pairs: Iterable<RevenuePair>): RevenueGrowthSummary {
  const counts: Record<RevenueGrowthBand, number> = {
    declined: 0,
    below_1_1: 0,
    from_1_1_to_1_5: 0,
    above_1_5: 0,
  };
  let notComparable = 0;
  for (const { previous, current } of pairs) {
    const band = revenueGrowthBand(previous, current);
    if (band === null) notComparable += 1;
    else counts[band] += 1;
  }
  const compared = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const entry = (count: number) => ({ count, share: compared === 0 ? null : count / compared });
  return {
    compared,
    notComparable,
    bands: {
      declined: entry(counts.declined),
      below_1_1: entry(counts.below_1_1),
      from_1_1_to_1_5: entry(counts.from_1_1_to_1_5),
      above_1_5: entry(counts.above_1_5),
    },
  };
}
