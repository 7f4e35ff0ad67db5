import type { Capacity } from './dossier-facts.ts';
import type { DossierState } from './dossier-states.ts';

/**
 * Who must act next in each state: whose to-do list and overdue list the dossier appears on, and who is
 * reminded. `council` means the scoring members of the council at work (not a capacity of its own).
 */
export const RESPONSIBLE: Record<DossierState, Capacity | 'council' | null> = {
  draft: 'producer',
  returned_by_commune: 'producer',
  supplement_requested: 'producer',
  commune_review: 'commune',
  province_review: 'province_office',
  council_scoring: 'council',
  council_discussion: 'council_chair',
  council_proposed: 'province_office',
  decision_drafted: 'province_signer',
  returned_to_province: 'province_office',
  central_review: 'central_office',
  central_scoring: 'council',
  central_discussion: 'central_chair',
  central_proposed: 'central_office',
  central_decision_drafted: 'central_signer',
  recognised: null,
  not_recognised: null,
  rejected: null,
  withdrawn: null,
};
