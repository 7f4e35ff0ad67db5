import { useI18n } from '../../i18n/i18n-context';

interface DueDateProps {
  dueOn: string | null;
  isOverdue: boolean;
  /** Working days from today to the due date (negative once overdue); null in lists. */
  workingDaysLeft?: number | null;
}

/** The due date of the current step; overdue ones in red, with the words (colour is only a hint). */
export function DueDate({ dueOn, isOverdue, workingDaysLeft = null }: DueDateProps) {
  const { t } = useI18n();
  if (dueOn === null) return <span className="muted">—</span>;
  if (isOverdue) {
    return (
      <span className="overdue" data-testid="due-date">
        <span className="code">{dueOn}</span>{' '}
        {workingDaysLeft === null
          ? t('due.overdue')
          : t('due.overdueBy', { days: Math.max(1, Math.abs(workingDaysLeft)) })}
      </span>
    );
  }
  return (
    <span data-testid="due-date">
      <span className="code">{dueOn}</span>
      {workingDaysLeft !== null && (
        <span className="muted"> ({t('due.daysLeft', { days: workingDaysLeft })})</span>
      )}
    </span>
  );
}
