import type { Certificate } from '../../api/types';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';
import { isRevocationGround, REVOCATION_GROUNDS } from './certificate-status';
import { Stars, StatusBadge } from './status-badge';

export function groundLabel(t: TranslateFn, code: string): string {
  if (!isRevocationGround(code)) return code;
  const point = REVOCATION_GROUNDS.find((ground) => ground.code === code)?.point ?? code;
  return `${point}) ${t(`revocation.${code}` as const)}`;
}

interface CertificateHistoryProps {
  certificates: readonly Certificate[];
  /** Shows a "Thu hồi" button on certificates that are not revoked yet. */
  onRevoke: ((certificate: Certificate) => void) | null;
}

/** Every certificate of the product, newest first as the server sends them. */
export function CertificateHistory({ certificates, onRevoke }: CertificateHistoryProps) {
  const { t } = useI18n();
  if (certificates.length === 0) return <p className="muted">{t('certificates.none')}</p>;
  return (
    <div className="table-wrap full">
      <table data-testid="certificates-table">
        <caption>{t('certificates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('certificates.stars')}</th>
            <th scope="col">{t('certificates.decision')}</th>
            <th scope="col">{t('certificates.authority')}</th>
            <th scope="col">{t('certificates.validity')}</th>
            <th scope="col">{t('products.status')}</th>
            {onRevoke && <th scope="col">{t('certificates.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {certificates.map((certificate) => (
            <tr key={certificate.id} data-testid="certificate-row">
              <td>
                <Stars stars={certificate.stars} />
              </td>
              <td>
                {certificate.decisionNumber ?? '—'}
                {certificate.decisionDate && (
                  <span className="muted small"> ({certificate.decisionDate})</span>
                )}
                {certificate.number && (
                  <div className="muted small">
                    {t('certificates.numberValue', { number: certificate.number })}
                  </div>
                )}
              </td>
              <td>
                {certificate.authorityName ?? t(`certificates.level.${certificate.issuingLevel}` as const)}
              </td>
              <td className="code">
                {certificate.validFrom} → {certificate.validTo}
              </td>
              <td>
                <StatusBadge status={certificate.status} />
                {certificate.revokedOn && (
                  <div className="small">
                    {t('certificates.revokedOn', { date: certificate.revokedOn })}
                    {certificate.revocationGround && ` — ${groundLabel(t, certificate.revocationGround)}`}
                  </div>
                )}
                {certificate.reEvaluationPendingSince && (
                  <div className="small">
                    {t('certificates.pendingSince', { date: certificate.reEvaluationPendingSince })}
                  </div>
                )}
              </td>
              {onRevoke && (
                <td>
                  {certificate.revokedOn === null && (
                    <button
                      type="button"
                      className="button-outline button-small"
                      onClick={() => onRevoke(certificate)}
                    >
                      {t('certificates.revoke')}
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
