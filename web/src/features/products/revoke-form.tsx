import { useState } from 'react';
import { changeCertificate } from '../../api/products';
import type { Certificate, Product, RevocationGround } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { REVOCATION_GROUNDS } from './certificate-status';

interface RevokeFormProps {
  productId: string;
  certificate: Certificate;
  onRevoked: (product: Product) => void;
  onCancel: () => void;
}

// Swedish formatting is ISO (YYYY-MM-DD) in the local time zone.
const today = () => new Date().toLocaleDateString('sv-SE');

/** PATCH …/certificates/{id} { action: "revoke", revokedOn, ground } — grounds of Decision 26/2026 Art. 8.1. */
export function RevokeForm({ productId, certificate, onRevoked, onCancel }: RevokeFormProps) {
  const { t } = useI18n();
  const [revokedOn, setRevokedOn] = useState(today);
  const [ground, setGround] = useState<RevocationGround | ''>('');
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    if (ground === '') return;
    setPending(true);
    setError(null);
    try {
      onRevoked(await changeCertificate(productId, certificate.id, { action: 'revoke', revokedOn, ground }));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="record-form revoke-form"
      data-testid="revoke-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>
        {t('certificates.revokeHeading', {
          stars: certificate.stars,
          decision: certificate.decisionNumber ?? certificate.validFrom,
        })}
      </h3>
      <TextField
        label={t('certificates.revokedOnLabel')}
        type="date"
        name="revokedOn"
        required
        value={revokedOn}
        onChange={setRevokedOn}
        errors={errors.revokedOn}
      />
      <fieldset className="radio-group">
        <legend>{t('certificates.groundLegend')} *</legend>
        {REVOCATION_GROUNDS.map(({ code, point }) => (
          <label key={code} className="radio">
            <input
              type="radio"
              name="ground"
              value={code}
              required
              checked={ground === code}
              onChange={() => setGround(code)}
            />{' '}
            <span>
              <strong>{point})</strong> {t(`revocation.${code}` as const)}
            </span>
          </label>
        ))}
        {errors.ground && <p className="field-error">{errors.ground.join(' ')}</p>}
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {t('certificates.revokeSubmit')}
        </button>
        <button type="button" className="button-outline" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
