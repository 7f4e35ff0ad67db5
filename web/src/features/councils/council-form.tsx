import { useCallback, useState } from 'react';
import { createCouncil, fetchUsers } from '../../api/councils';
import type { Council, CouncilSeatRole, EvaluationLevel, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { FilterField } from '../../components/filter-field';
import { SelectField, TextField } from '../../components/form-field';
import { matchesFilter } from '../../i18n/fold';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import { useFetch } from '../../lib/use-fetch';
import { SEAT_ROLES, seatLabel } from './seat-roles';

interface CouncilFormProps {
  user: User;
  onCreated: (council: Council) => void;
  onCancel: () => void;
}

type Seat = { role: CouncilSeatRole | ''; agency: string };

const SHOWN = ['name', 'establishedBy', 'establishedOn', 'quorumPercent'];

/** POST /councils: name, founding decision, quorum and the members picked from the province's accounts. */
export function CouncilForm({ user, onCreated, onCancel }: CouncilFormProps) {
  const { t } = useI18n();
  const loadUsers = useCallback(
    (key: string, signal: AbortSignal) => fetchUsers(key === '' ? null : key, signal),
    [],
  );
  const users = useFetch(user.provinceCode ?? '', loadUsers);
  const [level, setLevel] = useState<EvaluationLevel>(user.provinceCode ? 'province' : 'central');
  const [name, setName] = useState('');
  const [establishedBy, setEstablishedBy] = useState('');
  const [establishedOn, setEstablishedOn] = useState('');
  const [quorumPercent, setQuorumPercent] = useState('75');
  const [seats, setSeats] = useState<Record<string, Seat>>({});
  const [filter, setFilter] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);
  const other = unplacedErrors(errors, SHOWN);
  const setSeat = (userId: string, patch: Partial<Seat>) =>
    setSeats((previous) => {
      const current = previous[userId] ?? { role: '', agency: '' };
      return { ...previous, [userId]: { ...current, ...patch } };
    });

  async function submit() {
    setPending(true);
    setError(null);
    try {
      const members = Object.entries(seats)
        .filter((entry): entry is [string, Seat & { role: CouncilSeatRole }] => entry[1].role !== '')
        .map(([userId, seat]) => ({ userId, role: seat.role, agency: seat.agency.trim() || null }));
      const council = await createCouncil({
        level,
        provinceCode: level === 'province' ? user.provinceCode : null,
        name: name.trim(),
        establishedBy: establishedBy.trim() || null,
        establishedOn: establishedOn || null,
        quorumPercent: Number(quorumPercent),
        members,
      });
      onCreated(council);
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  const active = users.status === 'success' ? users.data.items.filter((u) => u.isActive) : [];
  // Picked people stay listed whatever the filter says, so a seat is never hidden.
  const candidates = active.filter(
    (u) => seats[u.id]?.role || matchesFilter(filter, u.displayName, u.username),
  );
  // Council members first (most seats go to them), then the other accounts of the province.
  candidates.sort(
    (a, b) =>
      Number(b.role === 'council_member') - Number(a.role === 'council_member') ||
      a.displayName.localeCompare(b.displayName, 'vi'),
  );

  return (
    <form
      className="record-form"
      data-testid="council-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('councils.create')}</legend>
        <div className="form-grid">
          {user.provinceCode === null && (
            <SelectField
              label={t('councils.levelLabel')}
              name="level"
              value={level}
              onChange={(value) => setLevel(value as EvaluationLevel)}
              options={(['central', 'province'] as const).map((value) => ({
                value,
                label: t(`councils.level.${value}`),
              }))}
            />
          )}
          <TextField
            label={t('councils.name')}
            name="name"
            required
            value={name}
            onChange={setName}
            errors={errors.name}
          />
          <TextField
            label={t('councils.establishedBy')}
            hint={t('councils.establishedByHint')}
            name="establishedBy"
            value={establishedBy}
            onChange={setEstablishedBy}
            errors={errors.establishedBy}
          />
          <TextField
            label={t('councils.establishedOn')}
            type="date"
            name="establishedOn"
            value={establishedOn}
            onChange={setEstablishedOn}
            errors={errors.establishedOn}
          />
          <TextField
            label={t('councils.quorum')}
            hint={t('councils.quorumHint')}
            type="number"
            name="quorumPercent"
            required
            value={quorumPercent}
            onChange={setQuorumPercent}
            errors={errors.quorumPercent}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('councils.pickMembers')}</legend>
        <p className="muted small">{t('councils.pickMembersHint')}</p>
        {users.status === 'loading' && <p role="status">{t('app.loading')}</p>}
        {users.status === 'error' && <ErrorAlert error={users.error} />}
        {users.status === 'success' && (
          <FilterField
            label={t('councils.filterPeople')}
            value={filter}
            onChange={setFilter}
            shown={candidates.length}
            total={active.length}
          />
        )}
        {users.status === 'success' && (
          <div className="table-wrap">
            <table data-testid="council-candidates">
              <thead>
                <tr>
                  <th scope="col">{t('councils.person')}</th>
                  <th scope="col">{t('council.seat')}</th>
                  <th scope="col">{t('council.agency')}</th>
                </tr>
              </thead>
              <tbody>
                {candidates.map((candidate) => {
                  const seat = seats[candidate.id] ?? { role: '', agency: '' };
                  return (
                    <tr key={candidate.id} className={seat.role ? 'is-selected' : undefined}>
                      <th scope="row">
                        {candidate.displayName}
                        <div className="muted small">
                          {candidate.username} · {t(`role.${candidate.role}`)}
                        </div>
                      </th>
                      <td>
                        <select
                          aria-label={t('councils.seatOf', {
                            name: candidate.displayName,
                            username: candidate.username,
                          })}
                          value={seat.role}
                          onChange={(event) =>
                            setSeat(candidate.id, { role: event.target.value as Seat['role'] })
                          }
                        >
                          <option value="">{t('councils.notMember')}</option>
                          {SEAT_ROLES.map((role) => (
                            <option key={role} value={role}>
                              {seatLabel(t, role)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          aria-label={t('councils.agencyOf', {
                            name: candidate.displayName,
                            username: candidate.username,
                          })}
                          value={seat.agency}
                          disabled={seat.role === ''}
                          onChange={(event) => setSeat(candidate.id, { agency: event.target.value })}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <FieldMessages messages={other} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('councils.save')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
