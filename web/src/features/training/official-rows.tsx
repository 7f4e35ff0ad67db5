import { useId, useState } from 'react';
import { fetchAccounts } from '../../api/training';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { useFetch } from '../../lib/use-fetch';
import { type DraftOfficial, officialCandidates, officialOf } from './participants-state';
import { ParticipantsTable } from './participants-table';

/** The accounts counted as OCOP officials by the coverage indicator (src/domain/training/coverage.ts). */
const OFFICIAL_ROLES = ['province_officer', 'commune_officer'] as const;

/**
 * Key: "{province}|{name}": the course's province code ("" for a national course: officials of any province)
 * and the part of a name typed to narrow the list (the server returns at most 200 accounts per role).
 */
const loadOfficials = async (key: string, signal: AbortSignal): Promise<User[]> => {
  const [province = '', name = ''] = key.split('|');
  const lists = await Promise.all(
    OFFICIAL_ROLES.map((role) => fetchAccounts(province || null, role, signal, name)),
  );
  return lists.flatMap((list) => list.items);
};

interface OfficialRowsProps {
  rows: readonly DraftOfficial[];
  errors: Readonly<Record<number, string[]>>;
  onChange: (rows: DraftOfficial[]) => void;
}

/** Officials on the list: their unit and whether they completed the course. */
export function OfficialRows({ rows, errors, onChange }: OfficialRowsProps) {
  const { t } = useI18n();
  return (
    <ParticipantsTable
      rows={rows}
      errors={errors}
      onChange={onChange}
      emptyText={t('training.noOfficials')}
      caption={t('training.officialsCaption', { count: rows.length })}
      testId="officials-table"
      rowTestId="official-row"
      headings={[t('training.officialName'), t('training.organisation')]}
      rowKey={(row) => row.userId}
      nameOf={(row) => row.name}
      header={(row) => (
        <>
          {row.name}
          {row.detail && <div className="muted small">{row.detail}</div>}
        </>
      )}
      field={(row, { errorId, update }) => (
        <input
          aria-label={t('training.organisationOf', { name: row.name })}
          aria-describedby={errorId}
          value={row.organisation}
          maxLength={300}
          onChange={(event) => update({ organisation: event.target.value })}
        />
      )}
    />
  );
}

interface AddOfficialProps {
  /** The course's province; null for a national course. */
  provinceCode: string | null;
  taken: ReadonlySet<string>;
  onAdd: (official: DraftOfficial) => void;
}

/** Picks an official account of the course's province (province and commune officers). */
export function AddOfficial({ provinceCode, taken, onAdd }: AddOfficialProps) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [name, setName] = useState('');
  const accounts = useFetch(`${provinceCode ?? ''}|${name}`, loadOfficials);
  const [chosen, setChosen] = useState('');
  const candidates = accounts.status === 'success' ? officialCandidates(accounts.data, taken) : [];
  const pick = candidates.find((user) => user.id === chosen);

  return (
    <div className="add-participant training-add" data-testid="add-official">
      <div className="inline-search">
        <label htmlFor={`${id}-name`}>{t('training.findOfficial')}</label>
        <input
          id={`${id}-name`}
          type="search"
          value={typed}
          maxLength={100}
          aria-describedby={`${id}-name-hint`}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault(); // the attendees' form is not sent from here
            setName(typed.trim());
          }}
        />
        <button type="button" className="button-outline" onClick={() => setName(typed.trim())}>
          {t('training.findOfficialSubmit')}
        </button>
        <p id={`${id}-name-hint`} className="hint">
          {t('training.findOfficialHint')}
        </p>
      </div>
      {accounts.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {accounts.status === 'error' && <ErrorAlert error={accounts.error} />}
      {accounts.status === 'success' && (
        <div className="inline-search">
          <label htmlFor={`${id}-official`}>{t('training.addOfficial')}</label>
          <select
            id={`${id}-official`}
            value={pick ? chosen : ''}
            onChange={(e) => setChosen(e.target.value)}
          >
            <option value="">
              {candidates.length === 0 ? t('training.noMoreOfficials') : t('common.choose')}
            </option>
            {candidates.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName} — {t(`role.${user.role}`)} ({user.username})
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button-outline"
            disabled={!pick}
            onClick={() => {
              if (!pick) return;
              onAdd(officialOf(pick));
              setChosen('');
            }}
          >
            {t('training.addThisOfficial')}
          </button>
        </div>
      )}
    </div>
  );
}
