import { ApiError } from '../api/http';
import { type TranslateFn, useI18n } from '../i18n/i18n-context';

/** Server `detail` (problem+json) when there is one, otherwise a localised generic message. */
export function describeError(error: unknown, t: TranslateFn): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('error.network');
    if (error.detail) return error.detail;
    return t('error.generic', { status: error.status });
  }
  return t('error.generic', { status: '?' });
}

/**
 * The error in an alert. `withFieldErrors` lists the problem's field messages under it, for forms that do
 * not place them beside a field (lists of rows: "participants.2.productIds.0").
 */
export function ErrorAlert({ error, withFieldErrors }: { error: unknown; withFieldErrors?: boolean }) {
  const { t } = useI18n();
  const messages =
    withFieldErrors && error instanceof ApiError ? [...new Set(error.errors.map((e) => e.message))] : [];
  if (messages.length === 0) {
    return (
      <p role="alert" className="alert alert-error">
        {describeError(error, t)}
      </p>
    );
  }
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-title">{describeError(error, t)}</p>
      <ul>
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
