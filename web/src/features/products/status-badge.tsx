import { useI18n } from '../../i18n/i18n-context';
import { isCertificateStatus, STATUS_SYMBOL } from './certificate-status';

/** Certificate status as text with a symbol (colour is only a hint); `stars` adds "4★" before it. */
export function StatusBadge({ status, stars }: { status: string; stars?: number | null }) {
  const { t } = useI18n();
  const known = isCertificateStatus(status);
  return (
    <span className="status" data-testid="status-badge">
      {stars !== undefined && stars !== null && <Stars stars={stars} />}
      <span className={`badge status-${known ? status : 'unknown'}`}>
        <span aria-hidden="true">{known ? STATUS_SYMBOL[status] : '?'} </span>
        {known ? t(`status.${status}` as const) : status}
      </span>
    </span>
  );
}

export function Stars({ stars }: { stars: number }) {
  const { t } = useI18n();
  return (
    <span className="stars">
      <span aria-hidden="true">{'★'.repeat(Math.max(0, Math.min(5, stars)))} </span>
      {t('products.starsValue', { stars })}
    </span>
  );
}
