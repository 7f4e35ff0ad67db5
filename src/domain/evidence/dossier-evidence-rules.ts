import type { ProductSet } from '../scoring/types.ts';
import type { Capacity } from '../workflow/dossier-facts.ts';
import type { DossierState } from '../workflow/dossier-states.ts';

/** The states in which the producer is working on the dossier (RESPONSIBLE = 'producer'): its evidence may change. */
export const EVIDENCE_EDITABLE_STATES: readonly DossierState[] = [
  'draft',
  'returned_by_commune',
  'supplement_requested',
];

/**
 * Who may change which evidence a dossier relies on: the producer, and the commune and province officers
 * who may also fill the producer's wallet for it (producers with little IT capacity ask them to).
 */
export const EVIDENCE_EDITOR_CAPACITIES: readonly Capacity[] = ['producer', 'commune', 'province_office'];

export const isEvidenceEditable = (state: DossierState): boolean => EVIDENCE_EDITABLE_STATES.includes(state);

/** Every code evidence may be attached to on a score sheet: parts (A), sections (6), groups (6.1), criteria (6.1.1). */
export function criterionCodesOf(productSet: ProductSet): Set<string> {
  const codes = new Set<string>();
  for (const part of productSet.parts) {
    codes.add(part.code);
    for (const section of part.sections) {
      codes.add(section.code);
      for (const group of section.groups ?? []) codes.add(group.code);
      for (const criterion of section.criteria) codes.add(criterion.code);
    }
  }
  return codes;
}
