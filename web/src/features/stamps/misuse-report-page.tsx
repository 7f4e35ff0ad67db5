import { useEffect, useState } from 'react';
import { fetchMisuseReport, fetchMisuseReportPhoto } from '../../api/stamps';
import type { MisuseReport } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { verifyPageHref } from '../../lib/public-links';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useFetch } from '../../lib/use-fetch';
import { useProvinceNames } from '../../lib/use-province-names';
import { formatDateTime } from '../dossiers/dossier-labels';
import { routeHref } from '../shell/use-hash-route';
import { ReportCaseForm } from './report-case-form';
import { ReportStateBadge } from './report-state';

const loadReport = (id: string, signal: AbortSignal) => fetchMisuseReport(id, signal);
const loadPhoto = (id: string, signal: AbortSignal) => fetchMisuseReportPhoto(id, signal);

/** #/misuse-reports/{id}: a consumer's report with its photo, and the office's handling of the case. */
export function MisuseReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadReport);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('misuse-reports')}>{t('reports.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <ReportView
          report={state.data}
          notice={notice}
          onUpdated={(report) => {
            replace(report);
            setNotice(t('reports.updated', { state: t(`reports.state.${report.state}`) }));
          }}
        />
      )}
    </>
  );
}

interface ReportViewProps {
  report: MisuseReport;
  notice: string | null;
  onUpdated: (report: MisuseReport) => void;
}

function ReportView({ report, notice, onUpdated }: ReportViewProps) {
  const { t, language } = useI18n();
  const provinceName = useProvinceNames();
  return (
    <>
      <div className="page-heading">
        <h1>{t('reports.detailHeading', { date: formatDateTime(report.createdAt, language) })}</h1>
        <ReportStateBadge state={report.state} />
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('reports.code')}</dt>
          <dd className="code">
            {report.code ? <PublicLink href={verifyPageHref(report.code)}>{report.code}</PublicLink> : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('reports.product')}</dt>
          <dd>
            {report.product ? (
              <a href={routeHref('products', report.product.id)}>{report.product.name}</a>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>{t('reports.province')}</dt>
          <dd>{report.provinceCode ? provinceName(report.provinceCode) : t('reports.noProvince')}</dd>
        </div>
        <div>
          <dt>{t('reports.place')}</dt>
          <dd>{report.place ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('reports.contact')}</dt>
          <dd>{report.contact ?? t('reports.noContact')}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('reports.note')}</dt>
          <dd className="prose" data-testid="report-note">
            {report.note}
          </dd>
        </div>
        {report.resolution && (
          <div className="facts-wide">
            <dt>{t('reports.resolution')}</dt>
            <dd className="prose">{report.resolution}</dd>
          </div>
        )}
      </dl>
      {report.hasPhoto && <ReportPhoto reportId={report.id} />}
      {report.state !== 'closed' && (
        <ReportCaseForm key={report.updatedAt} report={report} onUpdated={onUpdated} />
      )}
    </>
  );
}

/** The photo is read through the API with the session (it is never public), shown from a blob URL. */
function ReportPhoto({ reportId }: { reportId: string }) {
  const { t } = useI18n();
  const photo = useFetch(reportId, loadPhoto);
  const [url, setUrl] = useState<string | null>(null);
  const blob = photo.status === 'success' ? photo.data : null;

  useEffect(() => {
    if (!blob) return;
    const objectUrl = URL.createObjectURL(blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [blob]);

  return (
    <section className="panel section-gap" aria-labelledby="report-photo-heading">
      <h2 id="report-photo-heading">{t('reports.photo')}</h2>
      {photo.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {photo.status === 'error' && <ErrorAlert error={photo.error} />}
      {url && (
        <a href={url} target="_blank" rel="noopener noreferrer">
          <img src={url} alt={t('reports.photoAlt')} className="report-photo" data-testid="report-photo" />
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
      )}
    </section>
  );
}
