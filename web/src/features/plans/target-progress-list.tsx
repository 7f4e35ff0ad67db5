import type { TargetProgressRow } from '../../api/programme';
import { ProgressBar } from '../../components/progress-bar';
import { useI18n } from '../../i18n/i18n-context';
import { SourceMark } from '../dashboards/headline-cards';
import { formatNumber, formatValue, targetStatus } from '../dashboards/programme-format';
import { indicatorTitle, measuredText, targetTitle, targetValueText } from '../dashboards/programme-labels';

const STATUS_SYMBOL = {
  met: '✓',
  onTrack: '↗',
  atRisk: '⚠',
  missed: '✗',
  noForecast: '•',
  noData: '?',
} as const;

/** Each target of a plan: actual value, progress bar and %, pace needed per month, forecast, status in words. */
export function TargetProgressList({ rows }: { rows: readonly TargetProgressRow[] }) {
  const { t, language } = useI18n();
  if (rows.length === 0) return <p className="muted">{t('plans.noTargets')}</p>;
  return (
    <ul className="target-list" data-testid="target-progress">
      {rows.map(({ target, actual, progress }) => {
        const status = targetStatus(progress);
        const unit = target.unit;
        const noun = unit === 'count' ? actual.noun[language] : '';
        const value = (v: number | null) =>
          v === null ? '—' : `${formatValue(v, unit, language)}${noun && v !== null ? ` ${noun}` : ''}`;
        const percent = progress.progressPercent;
        return (
          <li key={target.id} className={`target-card target-${status}`} data-testid="target-row">
            <div className="target-head">
              <h3 className="target-title">{targetTitle(target, t, language)}</h3>
              <span className={`badge target-status status-${status}`} data-testid="target-status">
                <span aria-hidden="true">{STATUS_SYMBOL[status]} </span>
                {t(`target.status.${status}`)}
              </span>
            </div>
            {target.wording && <p className="small muted">{indicatorTitle(target, t, language)}</p>}
            <dl className="target-facts">
              <div>
                <dt>{t('target.actual')}</dt>
                <dd data-testid="target-actual">
                  {value(actual.value)} <SourceMark source={actual.source} />
                </dd>
              </div>
              <div>
                <dt>{t('target.goal')}</dt>
                <dd>{targetValueText(target, noun, language)}</dd>
              </div>
              <div>
                <dt>{t('target.paceNeeded')}</dt>
                <dd>
                  {progress.paceNeededPerMonth === null
                    ? '—'
                    : t('target.perMonth', {
                        value: formatValue(progress.paceNeededPerMonth, unit, language),
                      })}
                </dd>
              </div>
              <div>
                <dt>{t('target.currentPace')}</dt>
                <dd>
                  {progress.currentPacePerMonth === null
                    ? '—'
                    : t('target.perMonth', {
                        value: formatValue(progress.currentPacePerMonth, unit, language),
                      })}
                </dd>
              </div>
              <div>
                <dt>{t('target.forecast')}</dt>
                <dd>{value(progress.forecast)}</dd>
              </div>
              <div>
                <dt>{t('target.monthsLeft')}</dt>
                <dd>{formatNumber(progress.monthsLeft, language)}</dd>
              </div>
            </dl>
            <ProgressBar
              label={t('target.progress')}
              value={percent ?? 0}
              max={100}
              text={percent === null ? '—' : `${formatNumber(percent, language)}%`}
            />
            <p className="small muted">{measuredText(actual, t)}</p>
          </li>
        );
      })}
    </ul>
  );
}
