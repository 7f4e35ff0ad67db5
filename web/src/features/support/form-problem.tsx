import { ApiError } from '../../api/http';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { fieldKey } from '../../lib/field-errors';

interface FormProblemProps {
  error: unknown;
  /** Fields the form shows beside their control ("amountVnd"): their messages are not repeated here. */
  shown: readonly string[];
  /** Said instead of the server's detail when it answers 403. */
  forbidden?: string;
}

/**
 * Why a form was not saved: for field errors, a short "fix the marked fields" plus any message that has no field
 * on the form (e.g. "at least one figure"); a 403 in the user's language; anything else as the server said it.
 */
export function FormProblem({ error, shown, forbidden }: FormProblemProps) {
  const { t } = useI18n();
  if (error === null) return null;
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  if (error.status === 403 && forbidden) {
    return (
      <p role="alert" className="alert alert-warning" data-testid="forbidden">
        {forbidden}
      </p>
    );
  }
  if (error.errors.length === 0) return <ErrorAlert error={error} />;
  const unplaced = [
    ...new Set(error.errors.filter((e) => !shown.includes(fieldKey(e.field))).map((e) => e.message)),
  ];
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{t('support.fixFields')}</p>
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
