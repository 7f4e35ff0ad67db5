import { fetchTrainingCoverage, type TrainingCoverage } from '../../api/training';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { useProvinceNames } from '../../lib/use-province-names';
import { formatDate, formatNumber } from '../dashboards/programme-format';

/** Key: a province code, or "" for the server's default (the user's province; the ministry: the country). */
const loadCoverage = (key: string, signal: AbortSignal) =>
  fetchTrainingCoverage({ provinceCode: key || undefined }, signal);

/** Officials and producers trained this year (to today), of a province or the country. */
export function CoveragePanel({ provinceCode }: { provinceCode: string | undefined }) {
  const { t } = useI18n();
  const state = useFetch(provinceCode ?? '', loadCoverage);
  const provinceName = useProvinceNames();
  return (
    <section
      className="panel training-coverage"
      aria-labelledby="training-coverage-heading"
      data-testid="coverage"
    >
      <h2 id="training-coverage-heading">
        {state.status === 'success'
          ? t('training.coverageHeading', {
              year: state.data.to.slice(0, 4),
              scope: state.data.provinceCode ? provinceName(state.data.provinceCode) : t('training.national'),
            })
          : t('training.coverageTitle')}
      </h2>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && <CoverageCards coverage={state.data} />}
    </section>
  );
}

function CoverageCards({ coverage }: { coverage: TrainingCoverage }) {
  const { t } = useI18n();
  return (
    <>
      <p className="muted">
        {t('training.coveragePeriod', { from: formatDate(coverage.from), to: formatDate(coverage.to) })}
      </p>
      <ul className="indicator-cards">
        <ShareCard
          testId="coverage-officials"
          label={t('training.coverageOfficials')}
          noun={t('training.officialsNoun')}
          share={coverage.officials}
        />
        <ShareCard
          testId="coverage-producers"
          label={t('training.coverageProducers')}
          noun={t('training.producersNoun')}
          share={coverage.producers}
        />
      </ul>
      <p className="hint">{t('training.coverageHint', { trainedAll: coverage.producers.trainedAll })}</p>
    </>
  );
}

interface ShareCardProps {
  testId: string;
  label: string;
  noun: string;
  share: TrainingCoverage['officials'];
}

function ShareCard({ testId, label, noun, share }: ShareCardProps) {
  const { t, language } = useI18n();
  const percent = share.share === null ? '—' : `${formatNumber(share.share * 100, language)}%`;
  return (
    <li className="indicator-card" data-testid={testId}>
      <p className="indicator-label">{label}</p>
      <p className="indicator-value">
        <span data-testid="coverage-value">
          {share.trained}/{share.total}
        </span>{' '}
        <span className="indicator-noun">{noun}</span>
      </p>
      <progress
        aria-label={t('training.coverageBar', { label, percent })}
        max={share.total > 0 ? share.total : 1}
        value={share.total > 0 ? Math.min(share.trained, share.total) : 0}
      />
      <p className="muted">{share.total > 0 ? percent : t('training.noBase')}</p>
    </li>
  );
}
