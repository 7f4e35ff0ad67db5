import type { DossierAction, DossierState, EvaluationLevel, LocalisedLabel } from '../../api/types';
import type { Language } from '../../i18n/translate';

/** A `{ vi, en }` label from the server in the current language. */
export const localised = (language: Language, label: LocalisedLabel): string => label[language];

/** Actions refused without a written reason (the server's REASON_REQUIRED guard). */
export const REASON_ACTIONS: ReadonlySet<DossierAction> = new Set([
  'return',
  'request_supplement',
  'reject',
  'return_to_province',
]);

/** Actions taken on a batch decision (the Decisions screen), not on one dossier. */
export const DECISION_ACTIONS: ReadonlySet<DossierAction> = new Set(['prepare_decision', 'sign']);

/** Actions that cannot be undone: they ask for a confirmation first. */
export const CONFIRM_ACTIONS: ReadonlySet<DossierAction> = new Set(['withdraw', 'finalize']);

/** States in which the producer may still edit Forms 01/02, the self-assessment and the evidence. */
export const PRODUCER_EDITABLE: readonly DossierState[] = [
  'draft',
  'returned_by_commune',
  'supplement_requested',
];

/** The council level at work in a state (null: no council is scoring or discussing). */
export function activeLevel(state: DossierState): EvaluationLevel | null {
  if (state === 'council_scoring' || state === 'council_discussion') return 'province';
  if (state === 'central_scoring' || state === 'central_discussion') return 'central';
  return null;
}

export const isScoringState = (state: DossierState): boolean =>
  state === 'council_scoring' || state === 'central_scoring';

/** The level whose council a "send to council" targets: central once the ministry reviews the dossier. */
export const councilLevelFor = (state: DossierState): EvaluationLevel =>
  state === 'central_review' ? 'central' : 'province';

export const TERMINAL_STATES: readonly DossierState[] = [
  'recognised',
  'not_recognised',
  'rejected',
  'withdrawn',
];

/** "2026-11-20T03:04:05Z" → a local date and time in the reader's language. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** Points as the council writes them: "77", "77,5" / "77.5". */
export function formatPoints(points: number, language: Language): string {
  return points.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 2 });
}
