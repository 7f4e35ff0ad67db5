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

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <p role="alert" className="alert alert-error">
      {describeError(error, t)}
    </p>
  );
}
