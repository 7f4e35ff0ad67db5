import type { RegistrationType } from './dossier-states.ts';

/** Who the acting user is in relation to one dossier (computed by the use case from role, unit, council). */
export const CAPACITIES = [
  'producer',
  'commune',
  'province_office',
  'province_signer',
  'council_chair',
  'central_office',
  'central_signer',
  'central_chair',
] as const;
export type Capacity = (typeof CAPACITIES)[number];

/** The council's standing on the current scoring pass (see council-rules.ts). */
export type ScoringFacts = Readonly<{
  quorumMet: boolean;
  quorumText: string;
  divergent: boolean;
  sheetCount: number;
  /** Mean total of the latest sheets, when any. */
  total: number | null;
  stars: number | null;
}>;

/** What the guards of the transition table look at; assembled by the use case, never from the client. */
export type DossierFacts = Readonly<{
  registrationType: RegistrationType;
  councilMode: 'meeting' | 'written' | null;
  /** Form 01/02 fields and the self-assessment that are still missing (empty: complete). */
  missing: readonly string[];
  hasForm03: boolean;
  /** The action came with a written reason (returns, rejections, supplement requests). */
  hasReason: boolean;
  councilReady: boolean;
  scoring: ScoringFacts | null;
  /** Result the provincial council finalised. */
  provinceResult: Readonly<{ total: number; stars: number }> | null;
  /** Result of the central council when the ministry sent the product back (< 90 points). */
  centralResult: Readonly<{ total: number; stars: number }> | null;
}>;

export const NOMINATION_MIN_POINTS = 90;
