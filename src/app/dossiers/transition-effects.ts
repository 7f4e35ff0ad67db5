import type { DossierRow, NewDossierRow } from '../../db/repositories/dossiers.repository.ts';
import type { RoundRow } from '../../db/repositories/rounds.repository.ts';
import { communeReviewDueDate, reEvaluationDueDate } from '../../domain/calendar/deadlines.ts';
import type { HolidayCalendar } from '../../domain/calendar/holiday-calendar.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import type { DossierFacts } from '../../domain/workflow/dossier-facts.ts';
import type { DossierState } from '../../domain/workflow/dossier-states.ts';
import type { TransitionInput } from './build-facts.ts';

export type EffectContext = Readonly<{
  dossier: DossierRow;
  to: DossierState;
  input: TransitionInput;
  facts: DossierFacts;
  today: IsoDate;
  calendar: HolidayCalendar;
  round: RoundRow | undefined;
  centralRound: RoundRow | undefined;
}>;

/** When the next step is due: the legal limit of the step the dossier enters (null: none runs). */
function dueOn(c: EffectContext): IsoDate | null {
  const { dossier, to, today } = c;
  const provinceDeadline = c.round?.decisionDeadline ?? null;
  switch (to) {
    case 'commune_review':
      return communeReviewDueDate(c.calendar, today);
    case 'province_review':
      return provinceDeadline;
    case 'council_scoring':
      if (c.input.action !== 'send_to_council') return dossier.dueOn;
      return dossier.registrationType === 're_evaluation'
        ? reEvaluationDueDate(c.calendar, today)
        : provinceDeadline;
    case 'central_review':
      return c.centralRound?.decisionDeadline ?? null;
    case 'council_discussion':
    case 'council_proposed':
    case 'decision_drafted':
    case 'central_scoring':
    case 'central_discussion':
    case 'central_proposed':
    case 'central_decision_drafted':
      return dossier.dueOn;
    default:
      return null;
  }
}

const fixed = (value: number | null) => (value === null ? null : value.toFixed(2));

/** The columns a transition changes besides the state (pure; the use case writes them). */
export function transitionEffects(c: EffectContext): Partial<NewDossierRow> {
  const { dossier, input, facts, today } = c;
  const changes: Partial<NewDossierRow> = { state: c.to, dueOn: dueOn(c), stepStartedOn: today };
  const reason = input.reason?.trim() || null;
  if (reason) changes.lastReason = reason;
  switch (input.action) {
    case 'submit':
      changes.submittedOn = today;
      break;
    case 'send_to_council':
      if (dossier.state === 'central_review') {
        changes.centralCouncilId = input.councilId ?? null;
      } else {
        changes.councilId = input.councilId ?? null;
        changes.completeOn = today;
      }
      changes.councilMode =
        dossier.registrationType === 're_evaluation' ? 'written' : (input.mode ?? 'meeting');
      changes.scoringPass = 1;
      break;
    case 'request_rescore':
    case 're_evaluate':
      changes.scoringPass = dossier.scoringPass + 1;
      if (input.action === 're_evaluate') {
        changes.centralTotal = null;
        changes.centralStars = null;
        changes.councilMode = 'meeting';
      }
      break;
    case 'finalize':
      if (c.to === 'council_proposed') {
        changes.resultTotal = fixed(facts.scoring?.total ?? null);
        changes.resultStars = facts.scoring?.stars ?? null;
      } else {
        changes.centralTotal = fixed(facts.scoring?.total ?? null);
        changes.centralStars = facts.scoring?.stars ?? null;
      }
      break;
    case 'sign':
      if (c.to === 'central_review') changes.isNominated = true;
      break;
  }
  return changes;
}
