import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';
import type { DraftPerson } from './participants-state';

interface PersonRowsProps {
  rows: readonly DraftPerson[];
  errors: Readonly<Record<number, string[]>>;
  onChange: (rows: DraftPerson[]) => void;
}

/** People sent by producers: the producer, the person's name, and whether they completed the course. */
export function PersonRows({ rows, errors, onChange }: PersonRowsProps) {
  const { t } = useI18n();
  const id = useId();
  const update = (index: number, patch: Partial<DraftPerson>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  if (rows.length === 0) return <p className="muted">{t('training.noPeople')}</p>;
  return (
    <div className="table-wrap full">
      <table className="participants-table" data-testid="people-table">
        <caption>{t('training.peopleCaption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.producer')}</th>
            <th scope="col">{t('training.personName')}</th>
            <th scope="col">{t('training.completed')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('training.rowActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowErrors = errors[index];
            const errorId = rowErrors ? `${id}-${index}-error` : undefined;
            const who = row.personName.trim() || row.producer.name;
            return (
              <tr key={row.key} data-testid="person-row">
                <th scope="row">
                  <a href={routeHref('producers', row.producer.id)}>{row.producer.name}</a>
                  {rowErrors && (
                    <p className="field-error" id={errorId}>
                      {rowErrors.join(' ')}
                    </p>
                  )}
                </th>
                <td>
                  <input
                    aria-label={t('training.personNameOf', { producer: row.producer.name })}
                    aria-describedby={errorId}
                    aria-invalid={rowErrors ? true : undefined}
                    required
                    value={row.personName}
                    maxLength={200}
                    onChange={(event) => update(index, { personName: event.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('training.completedOf', { name: who })}
                    checked={row.completed}
                    onChange={(event) => update(index, { completed: event.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-plain button-small"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {t('training.remove')}
                    <span className="visually-hidden"> {who}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
