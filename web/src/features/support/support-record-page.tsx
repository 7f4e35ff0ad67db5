import { type ReactNode, useState } from 'react';
import { fetchSupportRecord, type SupportRecord } from '../../api/support';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { formatVnd } from '../../lib/format';
import { can } from '../../lib/permissions';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { routeHref, useHashQuery } from '../shell/use-hash-route';
import { SupportEditPanel } from './support-edit-panel';

const loadRecord = (id: string, signal: AbortSignal) => fetchSupportRecord(id, signal);

/** May this user change the record? The office of its province, or the ministry. */
export const canManageSupport = (user: User, record: Pick<SupportRecord, 'province'>): boolean =>
  can(user.role, 'programme:manage') &&
  (user.provinceCode === null || record.province.code === user.provinceCode);

/** #/support/{id}: one support record; its province's office edits or deletes it. */
export function SupportRecordPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const created = useHashQuery().created === '1';
  const [state, replace] = useEditableFetch(id, loadRecord);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('support')}>{t('support.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <RecordView record={state.data} notice={notice ?? (created ? t('support.created') : null)} />
          {canManageSupport(user, state.data) && (
            <SupportEditPanel
              key={state.data.updatedAt}
              record={state.data}
              onSaved={(record) => {
                replace(record);
                setNotice(t('common.saved'));
              }}
            />
          )}
        </>
      )}
    </>
  );
}

function RecordView({ record, notice }: { record: SupportRecord; notice: string | null }) {
  const { t, language } = useI18n();
  return (
    <>
      <div className="page-heading">
        <h1 data-testid="support-heading">{t(`support.kind.${record.kind}`)}</h1>
      </div>
      <p className="lead">{record.producer.name}</p>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      <dl className="facts">
        <Fact label={t('support.producer')}>
          <a href={routeHref('producers', record.producer.id)}>{record.producer.name}</a>
        </Fact>
        <Fact label={t('support.product')}>{record.product ? record.product.name : '—'}</Fact>
        <Fact label={t('support.place')}>
          {record.commune.name}, {record.province.name}
        </Fact>
        <Fact label={t('support.grantedOn')}>
          <span className="code">{record.grantedOn}</span>
        </Fact>
        <Fact label={t('support.amount')}>
          <strong data-testid="support-amount">{formatVnd(record.amountVnd, language)}</strong>
        </Fact>
        <Fact label={t('support.fundingSource')}>{record.fundingSource ?? '—'}</Fact>
        {record.description && (
          <div className="facts-wide">
            <dt>{t('support.description')}</dt>
            <dd className="prose">{record.description}</dd>
          </div>
        )}
      </dl>
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
