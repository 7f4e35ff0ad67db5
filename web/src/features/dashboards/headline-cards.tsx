import type { IndicatorResult } from '../../api/programme';
import { useI18n } from '../../i18n/i18n-context';
import { formatNumber, formatValue } from './programme-format';
import { indicatorTitle, measuredText } from './programme-labels';

/** "Tính từ dữ liệu" or "Nhập tay": every figure says where it comes from (text, not colour alone). */
export function SourceMark({ source }: { source: IndicatorResult['source'] }) {
  const { t } = useI18n();
  return (
    <span className={`badge source-mark source-${source}`}>
      <span aria-hidden="true">{source === 'computed' ? '⚙ ' : '✎ '}</span>
      {t(source === 'computed' ? 'dash.computed' : 'dash.manual')}
    </span>
  );
}

/** The headline indicators of a dashboard: value, unit, what it is measured on and where it comes from. */
export function HeadlineCards({ items }: { items: readonly IndicatorResult[] }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="dash-headline" className="dash-section">
      <h2 id="dash-headline">{t('dash.headline')}</h2>
      <ul className="indicator-cards" data-testid="headline">
        {items.map((item) => {
          const title = indicatorTitle(item, t, language);
          const hasRatio = item.unit === 'percent' && item.numerator !== null && item.denominator !== null;
          return (
            <li
              key={`${item.code}:${JSON.stringify(item.params)}`}
              className="indicator-card"
              data-testid="headline-card"
              data-code={item.code}
            >
              <p className="indicator-label">{title}</p>
              <p className="indicator-value" data-testid="headline-value">
                {formatValue(item.value, item.unit, language)}
                {item.unit === 'count' && item.value !== null && (
                  <span className="indicator-noun"> {item.noun[language]}</span>
                )}
              </p>
              {hasRatio && (
                <p className="small muted">
                  {t('dash.ratio', {
                    numerator: formatNumber(item.numerator ?? 0, language),
                    denominator: formatNumber(item.denominator ?? 0, language),
                  })}
                </p>
              )}
              {item.value === null && <p className="small muted">{t('dash.noValue')}</p>}
              <p className="small muted">{measuredText(item, t)}</p>
              <p className="indicator-marks">
                <SourceMark source={item.source} />
                {item.history === 'partial' && <span className="badge badge-muted">{t('dash.partial')}</span>}
              </p>
            </li>
          );
        })}
      </ul>
      {items.some((item) => item.history === 'partial') && (
        <p className="small muted">{t('dash.partialHint')}</p>
      )}
    </section>
  );
}
