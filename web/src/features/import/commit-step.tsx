import { importReportUrl } from '../../api/imports';
import type { ImportBatch } from '../../api/types';
import { ProgressBar } from '../../components/progress-bar';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';
import { ImportRows } from './import-rows';
import { progressPercent } from './import-state';
import { CommitTotals } from './import-summary';

/** Step 4: the commit runs (polled), then what was written, the rows and the .xlsx report. */
export function CommitStep({ batch }: { batch: ImportBatch }) {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid="import-commit" aria-labelledby="import-commit-heading">
      <h2 id="import-commit-heading">{t('import.step.commit')}</h2>
      {batch.status === 'committing' && (
        <ProgressBar
          label={t('import.committing')}
          value={batch.progress?.done ?? 0}
          max={batch.progress?.total ?? 0}
          text={t('import.progressText', {
            done: batch.progress?.done ?? 0,
            total: batch.progress?.total ?? batch.rowCount,
            percent: progressPercent(batch.progress),
          })}
          testId="commit-progress"
        />
      )}
      {batch.status === 'committed' && (
        <>
          <p role="status" className="alert alert-success" data-testid="commit-done">
            {t('import.committed', { name: batch.fileName })}
          </p>
          {batch.summary && <CommitTotals summary={batch.summary} />}
          <p className="form-actions">
            <a className="button-link" href={importReportUrl(batch.id)} download data-testid="import-report">
              {t('import.report')}
            </a>
            <a className="button-link button-link-outline" href={routeHref('import')}>
              {t('import.another')}
            </a>
          </p>
          <ImportRows batch={batch} resolutions={null} onResolve={() => undefined} />
        </>
      )}
    </section>
  );
}
