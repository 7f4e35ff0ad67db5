import { useId, useRef, useState } from 'react';
import type { MarketplaceWithSecret } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

/**
 * The signing secret, shown once: it lives only in this component's props (never stored, never fetched
 * again). Copy puts it on the clipboard; where the clipboard is refused, the text is selected for Ctrl+C.
 */
export function SecretNotice({
  marketplace,
  onDismiss,
}: {
  marketplace: MarketplaceWithSecret;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'manual'>('idle');

  async function copySecret() {
    try {
      await navigator.clipboard.writeText(marketplace.secret);
      setCopy('copied');
    } catch {
      input.current?.select();
      setCopy('manual');
    }
  }

  return (
    <section className="secret-notice" aria-labelledby={`${id}-heading`} data-testid="secret-notice">
      <h2 id={`${id}-heading`}>{t('marketplaces.secretHeading', { name: marketplace.name })}</h2>
      <p className="alert alert-warning" role="alert">
        <strong>{t('marketplaces.secretWarningTitle')}</strong> {t('marketplaces.secretWarning')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-secret`}>{t('marketplaces.secretLabel')}</label>
        <div className="secret-row">
          <input
            id={`${id}-secret`}
            ref={input}
            readOnly
            value={marketplace.secret}
            className="secret-value"
            data-testid="secret-value"
            spellCheck={false}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button-primary" onClick={() => void copySecret()}>
            {t('marketplaces.copy')}
          </button>
        </div>
        <p className="hint" aria-live="polite">
          {copy === 'copied' && t('marketplaces.copied')}
          {copy === 'manual' && t('marketplaces.copyManual')}
        </p>
      </div>
      <p className="muted small">{t('marketplaces.secretUsage')}</p>
      <div className="form-actions">
        <button type="button" className="button-outline" onClick={onDismiss}>
          {t('marketplaces.secretSaved')}
        </button>
      </div>
    </section>
  );
}
