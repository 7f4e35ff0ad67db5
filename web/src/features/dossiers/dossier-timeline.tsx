import type { DossierAction, DossierState, TimelineEntry } from '../../api/types';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';
import { formatDateTime } from './dossier-labels';

// The timeline carries plain codes (older entries may predate a renamed step): unknown ones show as is.
function actionLabel(t: TranslateFn, action: string): string {
  return ACTIONS.has(action) ? t(`action.${action as DossierAction}`) : action;
}

export function stateLabel(t: TranslateFn, state: string): string {
  return STATES.has(state) ? t(`state.${state as DossierState}`) : state;
}

const ACTIONS = new Set<string>([
  'submit',
  'withdraw',
  'return',
  'forward',
  'request_supplement',
  'reject',
  'send_to_council',
  'open_discussion',
  'request_rescore',
  'finalize',
  'prepare_decision',
  'sign',
  'return_to_province',
  're_evaluate',
] satisfies DossierAction[]);

const STATES = new Set<string>([
  'draft',
  'commune_review',
  'returned_by_commune',
  'province_review',
  'supplement_requested',
  'council_scoring',
  'council_discussion',
  'council_proposed',
  'decision_drafted',
  'central_review',
  'central_scoring',
  'central_discussion',
  'central_proposed',
  'central_decision_drafted',
  'returned_to_province',
  'recognised',
  'not_recognised',
  'rejected',
  'withdrawn',
] satisfies DossierState[]);

/** Every step the dossier went through, oldest first: who did what, when, and why. */
export function DossierTimeline({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const { t, language } = useI18n();
  return (
    <section className="panel section-gap" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      {timeline.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {timeline.map((entry) => (
            <li key={`${entry.at}-${entry.action}-${entry.toState}`}>
              <p className="timeline-head">
                <strong>{actionLabel(t, entry.action)}</strong>{' '}
                <span className="muted small">
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time> · {entry.actorName}
                </span>
              </p>
              <p className="small">
                {entry.fromState ? `${stateLabel(t, entry.fromState)} → ` : ''}
                {stateLabel(t, entry.toState)}
                {entry.dueOn && ` · ${t('timeline.due', { date: entry.dueOn })}`}
              </p>
              {entry.note && <p className="timeline-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
