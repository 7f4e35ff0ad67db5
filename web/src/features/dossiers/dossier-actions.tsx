import { useState } from 'react';
import { transitionDossier } from '../../api/dossiers';
import type { Dossier, DossierAction, TransitionBody } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextAreaField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref, routeHrefWithQuery } from '../shell/use-hash-route';
import { CONFIRM_ACTIONS, councilLevelFor, DECISION_ACTIONS, REASON_ACTIONS } from './dossier-labels';
import { type CouncilMode, SendToCouncilFields } from './send-to-council-fields';

interface DossierActionsProps {
  dossier: Dossier;
  onChanged: (dossier: Dossier, message: string) => void;
}

const needsForm = (action: DossierAction) =>
  REASON_ACTIONS.has(action) || CONFIRM_ACTIONS.has(action) || action === 'send_to_council';

/** The decision a "sign" action belongs to: the provincial one, or the minister's. */
const decisionOf = (dossier: Dossier) =>
  dossier.state === 'central_decision_drafted' ? dossier.centralDecisionId : dossier.decisionId;

/** One button per action the server allows this user now; actions that need input open a small form. */
export function DossierActions({ dossier, onChanged }: DossierActionsProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState<DossierAction | null>(null);
  const [reason, setReason] = useState('');
  const [councilId, setCouncilId] = useState('');
  const [mode, setMode] = useState<CouncilMode>('meeting');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function run(body: TransitionBody) {
    setPending(true);
    setError(null);
    try {
      const updated = await transitionDossier(dossier.id, body);
      setOpen(null);
      setReason('');
      onChanged(updated, t('actions.done', { action: t(`action.${body.action}`) }));
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  function submitOpen() {
    if (open === null) return;
    if (open === 'send_to_council') void run({ action: open, councilId: councilId || undefined, mode });
    else if (REASON_ACTIONS.has(open)) void run({ action: open, reason: reason.trim() });
    else void run({ action: open });
  }

  const actions = dossier.allowedActions;
  return (
    <section className="panel section-gap action-panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      {actions.length === 0 && <p className="muted">{t('actions.none')}</p>}
      <div className="action-bar">
        {actions.map((action) => {
          if (DECISION_ACTIONS.has(action)) {
            const decisionId = decisionOf(dossier);
            const href =
              action === 'sign' && decisionId
                ? routeHref('decisions', decisionId)
                : routeHrefWithQuery(['decisions'], { dossier: dossier.id });
            return (
              <a key={action} className="button-link" href={href}>
                {t(`action.${action}`)}
              </a>
            );
          }
          const isOpen = open === action;
          return (
            <button
              key={action}
              type="button"
              className={action === 'reject' || action === 'withdraw' ? 'button-outline' : 'button-primary'}
              disabled={pending}
              aria-expanded={needsForm(action) ? isOpen : undefined}
              onClick={() => {
                setError(null);
                if (needsForm(action)) setOpen(isOpen ? null : action);
                else void run({ action });
              }}
            >
              {t(`action.${action}`)}
            </button>
          );
        })}
      </div>
      {open !== null && (
        <form
          className="record-form action-form"
          data-testid="action-form"
          aria-label={t(`action.${open}`)}
          onSubmit={(event) => {
            event.preventDefault();
            submitOpen();
          }}
        >
          {REASON_ACTIONS.has(open) && (
            <TextAreaField
              label={t('actions.reason')}
              hint={t('actions.reasonHint')}
              name="reason"
              required
              rows={3}
              value={reason}
              onChange={setReason}
            />
          )}
          {open === 'send_to_council' && (
            <SendToCouncilFields
              level={councilLevelFor(dossier.state)}
              councilId={councilId}
              mode={mode}
              onCouncil={setCouncilId}
              onMode={setMode}
            />
          )}
          {CONFIRM_ACTIONS.has(open) && <p>{t(`actions.confirm.${open as 'withdraw' | 'finalize'}`)}</p>}
          <div className="form-actions">
            <button
              type="submit"
              className={open === 'reject' || open === 'withdraw' ? 'button-danger' : 'button-primary'}
              disabled={pending}
            >
              {t('actions.confirmButton', { action: t(`action.${open}`) })}
            </button>
            <button type="button" className="button-outline" onClick={() => setOpen(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error !== null && <ErrorAlert error={error} />}
    </section>
  );
}
