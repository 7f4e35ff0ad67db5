// Star bands (Điều 3 khoản 3): the highest band whose `min` the exact mean reaches.
import type { CompiledProductSet } from './compile.ts';
import type { StarLevel } from './types.ts';

/** Highest band with min ≤ sumUnits / sheets, compared exactly as sumUnits ≥ min × sheets. */
export function bandStars(set: CompiledProductSet, sumUnits: number, sheets: number): StarLevel {
  for (const band of set.bands) {
    if (sumUnits >= band.minUnits * sheets) return band.stars;
  }
  return set.bands.at(-1)?.stars ?? 0;
}
