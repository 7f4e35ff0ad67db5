// Exact point arithmetic: points may be fractional (0.5), so the engine scales them to integer "units"
// and compares means with band edges and floors by cross-multiplying (sum ≥ edge × sheets).

/** Most decimal places a point value may have (the loader rejects more). */
export const MAX_POINT_DECIMALS = 3;

/** Decimal places of `value` (0–MAX_POINT_DECIMALS), or null when it has more. */
export function decimalPlaces(value: number): number | null {
  for (let places = 0; places <= MAX_POINT_DECIMALS; places++) {
    const scaled = value * 10 ** places;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-9) return places;
  }
  return null;
}

/** The power of ten that turns every one of `values` into an integer. */
export function unitScale(values: Iterable<number>): number {
  let places = 0;
  for (const value of values) places = Math.max(places, decimalPlaces(value) ?? MAX_POINT_DECIMALS);
  return 10 ** places;
}

export function toUnits(points: number, scale: number): number {
  return Math.round(points * scale);
}

/** sumUnits / (count × scale) rounded down to 2 decimals, computed on integers (never rounds up over an edge). */
export function meanPoints(sumUnits: number, count: number, scale: number): number {
  return hundredths(sumUnits, count, scale) / 100;
}

/** The same value as meanPoints, as text with exactly two decimals ("69.66"). */
export function formatMean(sumUnits: number, count: number, scale: number): string {
  const value = hundredths(sumUnits, count, scale);
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function hundredths(sumUnits: number, count: number, scale: number): number {
  const numerator = sumUnits * 100;
  const denominator = count * scale;
  const remainder = ((numerator % denominator) + denominator) % denominator;
  return (numerator - remainder) / denominator;
}
