import { useState } from 'react';
import { startImportCommit, startImportPreview } from '../../api/imports';
import type { ImportBatch } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { ProgressBar } from '../../components/progress-bar';
import { useI18n } from '../../i18n/i18n-context';
import { ImportRows } from './import-rows';
import { progressPercent, setResolution } from './import-state';

interface PreviewStepProps {
  batch: ImportBatch;
  onBatch: (batch: ImportBatch) => void;
  onEditMapping: () => void;
}

/** Step 3: dry run (POST preview, polled), the outcome of every row, commune choices, then commit. */
export function PreviewStep({ batch, onBatch, onEditMapping }: PreviewStepProps) {
  const { t } = useI18n();
  const [resolutions, setResolutions] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  // Commune choices reach the server with the next preview; committing before that would ignore them.
  const [applied, setApplied] = useState('{}');
  const chosen = Object.keys(resolutions).length;
  const unapplied = JSON.stringify(resolutions) !== applied;

  async function run(action: () => Promise<ImportBatch>) {
    setPending(true);
    setError(null);
    try {
      onBatch(await action());
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }
  const preview = () => {
    setApplied(JSON.stringify(resolutions));
    return run(() => startImportPreview(batch.id, chosen > 0 ? { resolutions } : {}));
  };

  return (
    <section className="panel" data-testid="import-preview" aria-labelledby="import-preview-heading">
      <h2 id="import-preview-heading">{t('import.step.preview')}</h2>
      {batch.status === 'uploaded' && <p className="hint">{t('import.previewIntro')}</p>}
      {batch.status === 'previewing' && (
        <ProgressBar
          label={t('import.previewing')}
          value={batch.progress?.done ?? 0}
          max={batch.progress?.total ?? 0}
          text={t('import.progressText', {
            done: batch.progress?.done ?? 0,
            total: batch.progress?.total ?? batch.rowCount,
            percent: progressPercent(batch.progress),
          })}
          testId="preview-progress"
        />
      )}
      {batch.status === 'previewed' && (
        <ImportRows
          batch={batch}
          resolutions={resolutions}
          onResolve={(row, code) => setResolutions(setResolution(resolutions, row, code))}
        />
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions section-gap">
        {batch.status === 'uploaded' && (
          <button type="button" className="button-primary" disabled={pending} onClick={() => void preview()}>
            {t('import.preview')}
          </button>
        )}
        {batch.status === 'previewed' && (
          <>
            {(chosen > 0 || (batch.summary?.needsChoice ?? 0) > 0) && (
              <button
                type="button"
                className="button-outline"
                disabled={pending}
                onClick={() => void preview()}
              >
                {t('import.previewAgain', { count: chosen })}
              </button>
            )}
            <button
              type="button"
              className="button-primary"
              disabled={pending || unapplied}
              aria-describedby={unapplied ? 'import-unapplied' : undefined}
              onClick={() => void run(() => startImportCommit(batch.id))}
            >
              {t('import.commit')}
            </button>
          </>
        )}
        {batch.status !== 'previewing' && (
          <button type="button" className="button-outline" disabled={pending} onClick={onEditMapping}>
            {t('import.editMapping')}
          </button>
        )}
      </div>
      {batch.status === 'previewed' && unapplied && (
        <p className="alert alert-warning" id="import-unapplied">
          {t('import.unappliedChoices')}
        </p>
      )}
      {batch.status === 'previewed' && <p className="hint">{t('import.commitHint')}</p>}
    </section>
  );
}
