import { useState } from 'react';
import type { Certificate, Product, User } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { can } from '../../lib/permissions';
import { CertificateForm } from './certificate-form';
import { CertificateHistory } from './certificate-history';
import { RevokeForm } from './revoke-form';

interface CertificatesSectionProps {
  product: Product;
  user: User;
  onChanged: (product: Product, message: string) => void;
}

type Panel = { kind: 'none' } | { kind: 'add' } | { kind: 'revoke'; certificate: Certificate };

/** Certificate history, with the add and revoke forms for province and ministry staff. */
export function CertificatesSection({ product, user, onChanged }: CertificatesSectionProps) {
  const { t } = useI18n();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const certify = can(user.role, 'certificates:write') && !product.isArchived;
  const close = () => setPanel({ kind: 'none' });
  const done = (message: string) => (updated: Product) => {
    close();
    onChanged(updated, message);
  };

  return (
    <section className="panel section-gap" aria-labelledby="certificates-heading">
      <div className="page-heading">
        <h2 id="certificates-heading">{t('certificates.heading')}</h2>
        {certify && panel.kind !== 'add' && (
          <button type="button" className="button-primary" onClick={() => setPanel({ kind: 'add' })}>
            {t('certificates.addHeading')}
          </button>
        )}
      </div>
      <CertificateHistory
        certificates={product.certificates}
        onRevoke={certify ? (certificate) => setPanel({ kind: 'revoke', certificate }) : null}
      />
      {panel.kind === 'add' && (
        <CertificateForm productId={product.id} onAdded={done(t('certificates.added'))} onCancel={close} />
      )}
      {panel.kind === 'revoke' && (
        <RevokeForm
          key={panel.certificate.id}
          productId={product.id}
          certificate={panel.certificate}
          onRevoked={done(t('certificates.revoked'))}
          onCancel={close}
        />
      )}
    </section>
  );
}
