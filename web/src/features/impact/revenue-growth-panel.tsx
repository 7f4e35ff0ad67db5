import { useId, useState } from 'react';
import { fetchRevenueGrowth } from '../../api/impact';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount, todayInVietnam } from '../../lib/format';
import { useFetch } from '../../lib/use-fetch';
import { useProvinceNames } from '../../lib/use-province-names';
import { formatShare, recentYears, TARGET_BAND } from './growth-labels';

/** Key: `${provinceCode}|${year}` (empty province: the user's own, or the country for the ministry). */
const loadGrowth = (key: string, signal: AbortSignal) => {
  const [provinceCode, year] = key.split('|');
  return fetchRevenueGrowth({ provinceCode: provinceCode || undefined, year: Number(year) }, signal);
};

/**
 * The impact indicator: the share of producers whose revenue grew ×1.1–1.5 (and the other bands), a year against
 * the one before, among the producers that reported both years; by default last year against the year before.
 */
export function RevenueGrowthPanel({ provinceCode }: { provinceCode: string | null | undefined }) {
  const { t, language } = useI18n();
  const id = useId();
  const provinceName = useProvinceNames();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const [year, setYear] = useState(currentYear - 1);
  const state = useFetch(`${provinceCode ?? ''}|${year}`, loadGrowth);
  const scope = provinceCode ? provinceName(provinceCode) : t('impact.national');

  return (
    <section className="panel section-gap" aria-labelledby={`${id}-heading`} data-testid="revenue-growth">
      <h2 id={`${id}-heading`}>{t('impact.growthHeading', { scope })}</h2>
      <p className="muted">{t('impact.growthIntro')}</p>
      <div className="field growth-year">
        <label htmlFor={`${id}-year`}>{t('impact.growthYear')}</label>
        <select id={`${id}-year`} value={year} onChange={(event) => setYear(Number(event.target.value))}>
          {recentYears(currentYear).map((y) => (
            <option key={y} value={y}>
              {t('impact.yearAgainst', { year: y, previous: y - 1 })}
            </option>
          ))}
        </select>
      </div>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <p className="growth-headline" data-testid="growth-headline">
            {state.data.compared === 0
              ? t('impact.noneCompared', { year: state.data.year, previous: state.data.previousYear })
              : t('impact.growthHeadline', {
                  share: formatShare(
                    state.data.bands.find((b) => b.band === TARGET_BAND)?.share ?? null,
                    language,
                  ),
                  compared: formatCount(state.data.compared, language),
                })}
          </p>
          <div className="table-wrap">
            <table className="support-data" data-testid="growth-bands">
              <caption>
                {t('impact.bandsCaption', {
                  year: state.data.year,
                  previous: state.data.previousYear,
                  scope,
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('impact.band')}</th>
                  <th scope="col" className="num">
                    {t('impact.producers')}
                  </th>
                  <th scope="col" className="num">
                    {t('impact.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.data.bands.map((b) => (
                  <tr
                    key={b.band}
                    data-band={b.band}
                    className={b.band === TARGET_BAND ? 'growth-target' : undefined}
                  >
                    <th scope="row">{t(`impact.band.${b.band}`)}</th>
                    <td className="num">{formatCount(b.count, language)}</td>
                    <td className="num">{formatShare(b.share, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {state.data.notComparable > 0 && (
            <p className="muted small">
              {t('impact.notComparable', { count: formatCount(state.data.notComparable, language) })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
