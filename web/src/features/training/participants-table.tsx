import { type ReactNode, useId } from 'react';
import { useI18n } from '../../i18n/i18n-context';

/** What the cell of a row's own field gets: the id of the row's errors and a way to change the row. */
export interface RowControl<Row> {
  errorId: string | undefined;
  hasErrors: boolean;
  update: (patch: Partial<Row>) => void;
}

interface ParticipantsTableProps<Row extends { completed: boolean }> {
  rows: readonly Row[];
  /** The server's messages by row index. */
  errors: Readonly<Record<number, string[]>>;
  onChange: (rows: Row[]) => void;
  /** Said instead of the table when there are no rows. */
  emptyText: string;
  caption: string;
  testId: string;
  rowTestId: string;
  /** Headings of the row-header column and of the row's own field. */
  headings: readonly [string, string];
  rowKey: (row: Row) => string;
  /** Who the row is, in the names of its checkbox and remove button. */
  nameOf: (row: Row) => string;
  /** The row header (the row's errors follow it). */
  header: (row: Row) => ReactNode;
  field: (row: Row, control: RowControl<Row>) => ReactNode;
}

/** Attendees of one kind: who, a field of theirs, whether they completed the course, and a remove button. */
export function ParticipantsTable<Row extends { completed: boolean }>(props: ParticipantsTableProps<Row>) {
  const { rows, errors, onChange, nameOf } = props;
  const { t } = useI18n();
  const id = useId();
  const replace = (index: number, next: Row) => onChange(rows.map((row, i) => (i === index ? next : row)));
  if (rows.length === 0) return <p className="muted">{props.emptyText}</p>;
  return (
    <div className="table-wrap full">
      <table className="participants-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.headings[0]}</th>
            <th scope="col">{props.headings[1]}</th>
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
            const name = nameOf(row);
            return (
              <tr key={props.rowKey(row)} data-testid={props.rowTestId}>
                <th scope="row">
                  {props.header(row)}
                  {rowErrors && (
                    <p className="field-error" id={errorId}>
                      {rowErrors.join(' ')}
                    </p>
                  )}
                </th>
                <td>
                  {props.field(row, {
                    errorId,
                    hasErrors: rowErrors !== undefined,
                    update: (patch) => replace(index, { ...row, ...patch }),
                  })}
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={t('training.completedOf', { name })}
                    checked={row.completed}
                    onChange={(event) => replace(index, { ...row, completed: event.target.checked })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="button-plain button-small"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    {t('training.remove')}
                    <span className="visually-hidden"> {name}</span>
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
