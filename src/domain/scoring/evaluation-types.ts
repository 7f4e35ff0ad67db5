// Input and output of the scoring engine (see docs/adr/0008-scoring-engine.md).
import type { GateEffect, GateScope, StarLevel } from './types.ts';

/**
 * One evaluator's sheet. `answers` maps a criterion code to the 0-based index of the chosen option in the
 * criterion's `options` (file order). For a criterion with cases the key may name the case ("8.b"); the
 * option must then belong to it. `gates` lists the ids of the rejection rules the evaluator ticked.
 */
export interface ScoreSheet {
  answers: Record<string, number>;
  gates?: string[];
}

export interface EvaluationInput {
  /** The decision whose criteria apply; the caller picks the current one when absent. */
  criteriaSetId?: string;
  productSetId: number;
  sheets: ScoreSheet[];
}

export interface CriterionScore {
  code: string;
  name: string;
  maxPoints: number;
  /** Mean over the sheets (exact value rounded down to 2 decimals). */
  points: number;
  /** Points on each sheet, in sheet order (0 when unanswered or not applicable). */
  sheetPoints: number[];
  /** Indexes of the sheets that left the criterion unanswered. */
  unansweredOn: number[];
  /** Indexes of the sheets where the criterion did not apply (its condition scored 0). */
  notApplicableOn: number[];
}

export interface Subtotal {
  code: string;
  name: string;
  maxPoints: number;
  /** Mean over the sheets, rounded down to 2 decimals. */
  points: number;
}

export interface SectionScore extends Subtotal {
  groups?: Subtotal[];
}

export interface PartScore extends Subtotal {
  sections: SectionScore[];
}

/** A criterion whose star minimum failed, and the option whose points the mean must reach. */
export interface FailedFloor {
  criterionCode: string;
  criterionName: string;
  /** The criterion's mean points over the sheets (rounded down to 2 decimals). */
  points: number;
  requiredPoints: number;
  requiredOption: { index: number; label: string; minStarFor: StarLevel };
}

export interface BlockedLevel {
  stars: StarLevel;
  criteria: FailedFloor[];
}

export interface TickedGate {
  id: string;
  scope: GateScope;
  effect: GateEffect;
  text: string;
  criterionCode?: string;
  sectionCode?: string;
  /** Indexes of the sheets that ticked it. */
  sheets: number[];
}

export interface EvaluationResult {
  criteriaSetId: string;
  productSetId: number;
  productSetName: string;
  sheetCount: number;
  /** Each sheet's total, in sheet order. */
  sheetTotals: number[];
  /** Mean of the sheet totals, rounded down to 2 decimals (bands compare the exact mean). */
  total: number;
  /** `total` with exactly two decimals, for display. */
  totalText: string;
  /** Highest band whose `min` ≤ the exact mean. */
  bandStars: StarLevel;
  /** The rank after the star minimums. */
  stars: StarLevel;
  certifiable: boolean;
  /** Highest sheet total − lowest > 10: the council discusses and re-scores. */
  divergent: boolean;
  spread: number;
  blockedBy: BlockedLevel[];
  gates: TickedGate[];
  parts: PartScore[];
  criteria: CriterionScore[];
}
