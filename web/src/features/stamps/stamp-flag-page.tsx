import { useState } from 'react';
import { fetchStampFlag } from '../../api/stamps';
import type { StampFlag, StampFlagDetail, StampScan } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { PublicLink } from '../../components/public-link';
import { useI18n } from '../../i18n/i18n-context';
import { verifyPageHref } from '../../lib/public-links';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { useProvinceNames } from '../../lib/use-province-names';
import { formatDateTime } from '../dossiers/dossier-labels';
import { routeHref } from '../shell/use-hash-route';
import { flagCounts } from './flag-details';
import { FlagReason, FlagStateBadge } from './flag-reason';
import { HandleFlagForm } from './handle-flag-form';

const loadFlag = (id: string, signal: AbortSignal) => fetchStampFlag(id, signal);

/** #/stamp-flags/{id}: one flag, the code's latest scans, and dismiss / confirm while it is open. */
export function StampFlagPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [state, replace] = useEditableFetch(id, loadFlag);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('stamp-flags')}>{t('stampFlags.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <FlagView
          flag={state.data}
          notice={notice}
          onHandled={(handled: StampFlag) => {
            replace({ ...state.data, ...handled });
            setNotice(t(handled.state === 'confirmed' ? 'stampFlags.confirmed' : 'stampFlags.dismissed'));
          }}
        />
      )}
    </>
  );
}

interface FlagViewProps {
  flag: StampFlagDetail;
  notice: string | null;
  onHandled: (flag: StampFlag) => void;
}

function FlagView({ flag, notice, onHandled }: FlagViewProps) {
  const { t, language } = useI18n();
  const counts = flagCounts(flag.details);
  return (
    <>
      <div className="page-heading">
        <h1>
          {t('stampFlags.detailHeading')} <span className="code">{flag.code}</span>
        </h1>
        <FlagStateBadge state={flag.state} />
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('stampFlags.code')}</dt>
          <dd className="code">
            <PublicLink href={verifyPageHref(flag.code)}>{flag.code}</PublicLink>
          </dd>
        </div>
        <div>
          <dt>{t('stampFlags.product')}</dt>
          <dd>
            <a href={routeHref('products', flag.product.id)}>{flag.product.name}</a>
          </dd>
        </div>
        <div>
          <dt>{t('stampFlags.reason')}</dt>
          <dd>
            <FlagReason flag={flag} />
          </dd>
        </div>
        <div>
          <dt>{t('stampFlags.window')}</dt>
          <dd className="small">
            {counts.from && counts.to
              ? `${formatDateTime(counts.from, language)} → ${formatDateTime(counts.to, language)}`
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('stampFlags.detectedAt')}</dt>
          <dd>{formatDateTime(flag.detectedAt, language)}</dd>
        </div>
        {flag.handledAt && (
          <div>
            <dt>{t('stampFlags.handledAt')}</dt>
            <dd>{formatDateTime(flag.handledAt, language)}</dd>
          </div>
        )}
        {flag.note && (
          <div className="facts-wide">
            <dt>{t('stampFlags.note')}</dt>
            <dd className="prose" data-testid="flag-note">
              {flag.note}
            </dd>
          </div>
        )}
      </dl>
      {flag.state === 'open' && <HandleFlagForm flagId={flag.id} onHandled={onHandled} />}
      {flag.state === 'confirmed' && (
        <p className="alert alert-warning">
          {t('stampFlags.confirmedNext')}{' '}
          <a href={routeHref('products', flag.product.id)}>{t('stampFlags.openProduct')}</a>
        </p>
      )}
      <ScansTable scans={flag.recentScans} />
    </>
  );
}

const CHANNELS = new Set(['page', 'gs1', 'api']);

function ScansTable({ scans }: { scans: readonly StampScan[] }) {
  const { t, language } = useI18n();
  const provinceName = useProvinceNames();
  return (
    <section className="section-gap" aria-labelledby="scans-heading">
      <h2 id="scans-heading">{t('stampFlags.scansHeading')}</h2>
      <p className="muted">{t('stampFlags.scansIntro')}</p>
      <div className="table-wrap full">
        <table data-testid="flag-scans">
          <caption className="visually-hidden">{t('stampFlags.scansHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('stampFlags.scanAt')}</th>
              <th scope="col">{t('stampFlags.scanClient')}</th>
              <th scope="col">{t('stampFlags.scanChannel')}</th>
              <th scope="col">{t('stampFlags.province')}</th>
              <th scope="col">{t('stampFlags.scanPosition')}</th>
            </tr>
          </thead>
          <tbody>
            {scans.map((scan, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: scans have no id; the list is replaced whole
              <tr key={index}>
                <td className="code">{formatDateTime(scan.at, language)}</td>
                <td className="code">{scan.client}</td>
                <td>
                  {CHANNELS.has(scan.channel)
                    ? t(`stampFlags.channel.${scan.channel as 'page' | 'gs1' | 'api'}`)
                    : scan.channel}
                </td>
                <td>{scan.provinceCode ? provinceName(scan.provinceCode) : '—'}</td>
                <td className="code">
                  {scan.lat !== null && scan.lon !== null
                    ? `${scan.lat.toFixed(2)}, ${scan.lon.toFixed(2)}`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {scans.length === 0 && <p className="empty">{t('stampFlags.noScans')}</p>}
      </div>
    </section>
  );
}
