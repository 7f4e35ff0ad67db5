// The answer to "which products would change rank under this criteria set?" (ADR 0009).

export type ScoreSummary = { total: number; stars: number };

export type RegradeChange = {
  productId: string;
  productName: string;
  productSetId: number;
  /** The stored result of the product's latest council evaluation. */
  before: ScoreSummary;
  /** The same sheets scored under the criteria set being tried. */
  after: ScoreSummary;
  /** Stars of the product's current certificate, or null when it has none. */
  certifiedStars: number | null;
};

export type RegradeFailure = { productId: string; productName: string; reason: string };

export type RegradeReport = {
  criteriaSetId: string;
  fingerprint: string;
  /** Products whose latest council evaluation was re-scored (changed + unchanged + failed). */
  evaluated: number;
  changed: RegradeChange[];
  unchanged: number;
  failed: RegradeFailure[];
};

export const sameScore = (a: ScoreSummary, b: ScoreSummary): boolean =>
  a.total === b.total && a.stars === b.stars;
