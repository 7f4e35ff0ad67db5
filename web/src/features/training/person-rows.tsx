import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';
import type { DraftPerson } from './participants-state';
import { ParticipantsTable } from './participants-table';

interface PersonRowsProps {
  rows: readonly DraftPerson[];
  errors: Readonly<Record<number, string[]>>;
  onChange: (rows: DraftPerson[]) => void;
}

/** People sent by producers: the producer, the person's name, and whether they completed the course. */
export function PersonRows({ rows, errors, onChange }: PersonRowsProps) {
  const { t } = useI18n();
  return (
    <ParticipantsTable
      rows={rows}
      errors={errors}
      onChange={onChange}
      emptyText={t('training.noPeople')}
      caption={t('training.peopleCaption', { count: rows.length })}
      testId="people-table"
      rowTestId="person-row"
      headings={[t('training.producer'), t('training.personName')]}
      rowKey={(row) => row.key}
      nameOf={(row) => row.personName.trim() || row.producer.name}
      header={(row) => <a href={routeHref('producers', row.producer.id)}>{row.producer.name}</a>}
      field={(row, { errorId, hasErrors, update }) => (
        <input
          aria-label={t('training.personNameOf', { producer: row.producer.name })}
          aria-describedby={errorId}
          aria-invalid={hasErrors ? true : undefined}
          required
          value={row.personName}
          maxLength={200}
          onChange={(event) => update({ personName: event.target.value })}
        />
      )}
    />
  );
}
