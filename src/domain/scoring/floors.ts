// Star minimums (the *** / **** / ***** markers) as cumulative floors on each criterion's mean.
import type { CompiledProductSet } from './compile.ts';
import type { BlockedLevel, FailedFloor } from './evaluation-types.ts';
import { meanPoints } from './points.ts';
import type { StarLevel } from './types.ts';

export interface Ranking {
  stars: StarLevel;
  blockedBy: BlockedLevel[];
}

/** Criteria whose floor for floorLevels[levelIndex] fails: mean < the floor option's points. */
function failedFloors(
  set: CompiledProductSet,
  levelIndex: number,
  sums: readonly number[],
  sheets: number,
): FailedFloor[] {
  const failed: FailedFloor[] = [];
  for (const compiled of set.criteria) {
    const index = compiled.floorOptionByLevel[levelIndex] ?? -1;
    const option = compiled.criterion.options[index];
    const required = compiled.optionUnits[index];
    const sum = sums[compiled.position] ?? 0;
    if (!option || required === undefined || option.minStarFor === null || sum >= required * sheets) continue;
    failed.push({
      criterionCode: compiled.criterion.code,
      criterionName: compiled.criterion.name,
      points: meanPoints(sum, sheets, set.scale),
      requiredPoints: option.points,
      requiredOption: { index, label: option.label, minStarFor: option.minStarFor },
    });
  }
  return failed;
}

/**
 * The rank allowed by the floors: `band` when it carries no minimums (≤ 2★); otherwise the highest certified
 * level ≤ band whose floors (and all lower ones) hold, or the fallback (2★) when even the lowest fails.
 * `blockedBy` lists, for each level above the rank up to the band, the criteria that fail it.
 */
export function rankWithFloors(
  set: CompiledProductSet,
  sums: readonly number[],
  sheets: number,
  band: StarLevel,
): Ranking {
  const lowest = set.floorLevels[0];
  if (lowest === undefined || band < lowest) return { stars: band, blockedBy: [] };
  let stars = set.fallbackStars;
  let holding = true;
  const blockedBy: BlockedLevel[] = [];
  set.floorLevels.forEach((level, levelIndex) => {
    if (level > band) return;
    const failed = failedFloors(set, levelIndex, sums, sheets);
    if (holding && failed.length === 0) stars = level;
    else {
      holding = false;
      blockedBy.push({ stars: level, criteria: failed });
    }
  });
  return { stars, blockedBy };
}
