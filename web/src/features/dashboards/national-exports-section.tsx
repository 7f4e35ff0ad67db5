import { useId, useState } from 'react';
import {
  fetchReportExports,
  type ReportExport,
  reportExportFileUrl,
  runReportExport,
} from '../../api/report-exports';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { todayInVietnam } from '../../lib/format';
import { useFetch } from '../../lib/use-fetch';

const loadExports = (_key: string, signal: AbortSignal) => fetchReportExports(signal);

/** "2026-11" → "2026-10": the last month that has ended (the default month to export). */
export function lastEndedMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** Exports grouped by month, newest first, each month's files in the listed order. */
function byMonth(items: readonly ReportExport[]): [string, ReportExport[]][] {
  const months = new Map<string, ReportExport[]>();
  for (const item of items) months.set(item.month, [...(months.get(item.month) ?? []), item]);
  return [...months.entries()].sort(([a], [b]) => b.localeCompare(a));
}

/**
 * The monthly files for the national OCOP system (written on the 1st by the scheduler): download them, and
 * the ministry's administrator may export a past month now.
 */
export function NationalExportsSection({ user }: { user: User }) {
  const { t } = useI18n();
  const id = useId();
  const [version, setVersion] = useState(0);
  const state = useFetch(String(version), loadExports);
  const [month, setMonth] = useState(() => lastEndedMonth(todayInVietnam()));
  const [replace, setReplace] = useState(false);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ error?: unknown; notice?: string } | null>(null);

  const run = async () => {
    setPending(true);
    setOutcome(null);
    try {
      const result = await runReportExport({ month, replace });
      setOutcome({ notice: t(result.written ? 'exports.written' : 'exports.kept', { month }) });
      setVersion((v) => v + 1);
    } catch (error) {
      setOutcome({ error });
    } finally {
      setPending(false);
    }
  };

  return (
    <section className="panel section-gap" aria-labelledby={`${id}-heading`} data-testid="national-exports">
      <h2 id={`${id}-heading`}>{t('exports.heading')}</h2>
      <p className="muted">{t('exports.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && state.data.items.length === 0 && <p>{t('exports.none')}</p>}
      {state.status === 'success' && state.data.items.length > 0 && (
        <ul className="plain-list">
          {byMonth(state.data.items).map(([exportMonth, files]) => (
            <li key={exportMonth} data-testid="export-month">
              <strong>{exportMonth}</strong>
              {files.map((file) => (
                <span key={file.id}>
                  {' · '}
                  <a href={reportExportFileUrl(file.id)} download>
                    {file.fileName}
                  </a>
                  {file.rowCount !== null && <span className="muted small"> ({file.rowCount})</span>}
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
      {user.role === 'ministry_admin' && (
        <div className="inline-search section-gap">
          <label htmlFor={`${id}-month`}>{t('exports.month')}</label>
          <input
            id={`${id}-month`}
            type="month"
            value={month}
            max={lastEndedMonth(todayInVietnam())}
            onChange={(e) => setMonth(e.target.value)}
          />
          <label className="check">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            {t('exports.replace')}
          </label>
          <button
            type="button"
            className="button-outline"
            disabled={pending || !month}
            onClick={() => void run()}
          >
            {t('exports.run')}
          </button>
        </div>
      )}
      {outcome?.notice && (
        <p role="status" data-testid="exports-notice">
          {outcome.notice}
        </p>
      )}
      {outcome?.error !== undefined && <ErrorAlert error={outcome.error} />}
    </section>
  );
}
