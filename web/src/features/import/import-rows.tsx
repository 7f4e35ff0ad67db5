import { useState } from 'react';
import { fetchImportRows } from '../../api/imports';
import type { ImportBatch, ImportOutcome, ImportRow } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { Pagination } from '../../components/pagination';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { SummaryFilter } from './import-summary';
import { OutcomeBadge } from './outcome-badge';

const PAGE_SIZE = 50;

const loadRows = (key: string, signal: AbortSignal) => {
  const { id, outcome, page } = JSON.parse(key) as {
    id: string;
    outcome: ImportOutcome | null;
    page: number;
  };
  return fetchImportRows(id, { outcome: outcome ?? undefined, page, pageSize: PAGE_SIZE }, signal);
};

interface ImportRowsProps {
  batch: ImportBatch;
  /** Commune picks for `needs_choice` rows (row number → commune code); null once committed. */
  resolutions: Readonly<Record<string, string>> | null;
  onResolve: (rowNumber: number, communeCode: string) => void;
}

/** Outcome counts (as filters) and the rows of the last preview or commit. */
export function ImportRows({ batch, resolutions, onResolve }: ImportRowsProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [page, setPage] = useState(1);
  // The summary is part of the key: a new preview reloads the rows.
  const key = JSON.stringify({ id: batch.id, outcome, page, status: batch.status, summary: batch.summary });
  const state = useFetch(key, loadRows);

  return (
    <section aria-labelledby="import-rows-heading" className="section-gap">
      {batch.summary && (
        <SummaryFilter
          summary={batch.summary}
          selected={outcome}
          onSelect={(next) => {
            setOutcome(next);
            setPage(1);
          }}
        />
      )}
      <h3 id="import-rows-heading">{t('import.rowsHeading')}</h3>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <>
          <div className="table-wrap full">
            <table data-testid="import-rows">
              <caption>
                {t('import.rowsCaption', {
                  total: state.data.total,
                  outcome: outcome ? t(`import.outcome.${outcome}` as const) : t('import.allRows'),
                })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('import.rowNumber')}</th>
                  <th scope="col">{t('import.result')}</th>
                  <th scope="col">{t('importField.productName')}</th>
                  <th scope="col">{t('importField.producerName')}</th>
                  <th scope="col">{t('import.place')}</th>
                  <th scope="col">{t('importField.stars')}</th>
                  <th scope="col">{t('importField.year')}</th>
                  <th scope="col">{t('import.messages')}</th>
                </tr>
              </thead>
              <tbody>
                {state.data.items.map((row) => (
                  <RowView key={row.rowNumber} row={row} resolutions={resolutions} onResolve={onResolve} />
                ))}
              </tbody>
            </table>
            {state.data.items.length === 0 && <p className="empty">{t('common.noResults')}</p>}
          </div>
          <Pagination page={page} total={state.data.total} pageSize={PAGE_SIZE} onPage={setPage} />
        </>
      )}
    </section>
  );
}

function RowView({ row, resolutions, onResolve }: { row: ImportRow } & Omit<ImportRowsProps, 'batch'>) {
  const { t } = useI18n();
  const choosing = row.outcome === 'needs_choice' && resolutions !== null && row.candidates.length > 0;
  const selectId = `resolve-${row.rowNumber}`;
  return (
    <tr data-testid="import-row" data-outcome={row.outcome}>
      <td className="code">{row.rowNumber}</td>
      <td>
        <OutcomeBadge outcome={row.outcome} />
      </td>
      <td>{row.productName ?? '—'}</td>
      <td>{row.producerName ?? '—'}</td>
      <td>
        {row.addressText && <div className="muted small">{row.addressText}</div>}
        {choosing ? (
          <>
            <label htmlFor={selectId} className="small">
              {t('import.chooseCommune', { row: row.rowNumber })}
            </label>
            <select
              id={selectId}
              value={resolutions?.[String(row.rowNumber)] ?? ''}
              onChange={(event) => onResolve(row.rowNumber, event.target.value)}
            >
              <option value="">{t('common.choose')}</option>
              {row.candidates.map((candidate) => (
                <option key={candidate.communeCode} value={candidate.communeCode}>
                  {candidate.communeName}, {candidate.provinceName} ({candidate.communeCode})
                </option>
              ))}
            </select>
          </>
        ) : (
          row.communeName && `${row.communeName}, ${row.provinceName ?? ''}`
        )}
      </td>
      <td>{row.stars ?? '—'}</td>
      <td>{row.year ?? '—'}</td>
      <td>
        {row.messages.length > 0 && (
          <ul className="messages">
            {row.messages.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
