// Plain data types of an OCOP criteria set (one decision's score sheets), as the loader hands them to the
// scoring engine. A new decision is a new data file with these shapes, not new code.

/** A star level (1★ … 5★). */
export type StarLevel = number;

/** Điều 3 khoản 3: a band runs from `min` (inclusive) up to the next band's `min` (exclusive). */
export interface StarBand {
  stars: StarLevel;
  min: number;
  label: string;
  /** Điều 4: only certified bands (3★–5★) get a certificate. */
  certified: boolean;
  recognizedBy: string | null;
}

export interface PartDefinition {
  code: string;
  maxPoints: number;
}

export interface CriterionOption {
  label: string;
  points: number;
  /** The star level whose minimum this option is (the `***` markers), or null. */
  minStarFor: StarLevel | null;
  /** The case this option belongs to, for a criterion with `cases`. */
  case?: string;
  synthetic?: boolean;
}

export interface CriterionCase {
  code: string;
  label: string;
}

/** The criterion counts only on a sheet where `criterionCode` scores more than 0 (e.g. 5.2 needs 5.1). */
export interface AppliesWhen {
  criterionCode: string;
  /** The note the condition was read from, or a description of it. */
  reason: string;
}

export interface Criterion {
  code: string;
  name: string;
  maxPoints: number;
  note?: string;
  /** In sheet order, ascending by points. An answer is a 0-based index into this array. */
  options: CriterionOption[];
  /** The code of the section group this leaf belongs to (sets 11 and 13). */
  group?: string;
  /** "Lựa chọn một trong hai trường hợp sau": each option names one of these cases. */
  cases?: CriterionCase[];
  caseInstruction?: string;
  appliesWhen?: AppliesWhen;
  impliedBySection?: boolean;
}

export interface SectionGroup {
  code: string;
  name: string;
  maxPoints: number;
  criteriaCodes: string[];
}

export interface Section {
  code: string;
  name: string;
  maxPoints: number;
  note?: string;
  groups?: SectionGroup[];
  criteria: Criterion[];
}

export interface Part {
  code: string;
  name: string;
  maxPoints: number;
  sections: Section[];
}

export type GateEffect = 'reject' | 'stopEvaluation' | 'notEvaluated';
export type GateScope = 'dossier' | 'criterion' | 'section';

/** A rejection rule an evaluator can tick on a sheet, by `id` ("dossier", "criterion:2.1", "section:6"). */
export interface Gate {
  id: string;
  scope: GateScope;
  effect: GateEffect;
  text: string;
  criterionCode?: string;
  sectionCode?: string;
}

/** One score sheet of Annex II ("Bộ sản phẩm" N). */
export interface ProductSet {
  id: number;
  name: string;
  sector: string;
  group: string;
  subgroup: string | null;
  maxPoints: number;
  gates: Gate[];
  parts: Part[];
}

/** All score sheets of one decision, identified by the decision number ("26/2026/QĐ-TTg"). */
export interface CriteriaSet {
  id: string;
  title: string;
  effectiveFrom: string;
  dataVersion: string;
  /** sha256 (hex) of the data file, to record which version scored an evaluation. */
  fingerprint: string;
  partDefinitions: PartDefinition[];
  /** Ordered from the highest star level down. */
  starBands: StarBand[];
  productSets: ProductSet[];
}
