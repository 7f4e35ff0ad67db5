import { useState } from 'react';
import { prepareDecision } from '../../api/decisions';
import { fetchDossiers } from '../../api/dossiers';
import type { EvaluationLevel } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { formatPoints, localised } from '../dossiers/dossier-labels';
import { Stars } from '../products/status-badge';
import { navigate, routeHref } from '../shell/use-hash-route';

/** States a decision may be drafted from, per level (the provincial office also takes those sent back). */
const READY_STATES: Record<EvaluationLevel, string> = {
  province: 'council_proposed,returned_to_province',
  central: 'central_proposed',
};

const loadReady = (states: string, signal: AbortSignal) =>
  fetchDossiers({ state: states, pageSize: '200' }, signal);

interface DecisionDraftFormProps {
  level: EvaluationLevel;
  /** A dossier to tick on arrival (from its "Dự thảo quyết định" button). */
  preselected: string | null;
}

/** The office ticks the dossiers the council proposed and drafts one decision over them. */
export function DecisionDraftForm({ level, preselected }: DecisionDraftFormProps) {
  const { t, language } = useI18n();
  const ready = useFetch(READY_STATES[level], loadReady);
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(preselected ? [preselected] : []));
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const toggle = (id: string, on: boolean) =>
    setPicked((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const decision = await prepareDecision({
        level,
        dossierIds: [...picked],
        title: title.trim() || undefined,
      });
      navigate('decisions', decision.id);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="draft-heading">
      <h2 id="draft-heading">{t('decisions.draftHeading')}</h2>
      {ready.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {ready.status === 'error' && <ErrorAlert error={ready.error} />}
      {ready.status === 'success' && ready.data.items.length === 0 && (
        <p className="muted">{t('decisions.nothingReady')}</p>
      )}
      {ready.status === 'success' && ready.data.items.length > 0 && (
        <form
          data-testid="decision-draft-form"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <fieldset>
            <legend>{t('decisions.pickDossiers')}</legend>
            <ul className="choice-list">
              {ready.data.items.map((dossier) => (
                <li key={dossier.id}>
                  <label>
                    <input
                      type="checkbox"
                      name="dossierIds"
                      value={dossier.id}
                      checked={picked.has(dossier.id)}
                      onChange={(event) => toggle(dossier.id, event.target.checked)}
                    />{' '}
                    <span className="code">{dossier.code}</span> — {dossier.productName} (
                    {dossier.producerName})
                    {dossier.resultTotal !== null && (
                      <>
                        {' · '}
                        {formatPoints(dossier.resultTotal, language)} {t('dossier.pointsUnit')}
                        {dossier.resultStars !== null && (
                          <>
                            {' '}
                            <Stars stars={dossier.resultStars} />
                          </>
                        )}
                      </>
                    )}{' '}
                    <span className="muted small">· {localised(language, dossier.stateLabel)}</span>
                  </label>{' '}
                  <a className="small" href={routeHref('dossiers', dossier.id)}>
                    {t('decisions.openDossier')}
                  </a>
                </li>
              ))}
            </ul>
          </fieldset>
          <TextField
            label={t('decisions.titleLabel')}
            hint={t('decisions.titleHint')}
            name="title"
            value={title}
            onChange={setTitle}
          />
          {error !== null && <ErrorAlert error={error} />}
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={pending || picked.size === 0}>
              {t('decisions.createDraft', { count: picked.size })}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
