import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { verifyPageHref } from '../../lib/public-links';

/** Opens the public verification page of a code typed from a stamp (what a consumer sees on scanning it). */
export function StampCheckForm() {
  const { t } = useI18n();
  const id = useId();
  const [code, setCode] = useState('');
  const trimmed = code.trim();

  return (
    <form
      className="stamp-check"
      data-testid="stamp-check-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (trimmed !== '') window.open(verifyPageHref(trimmed), '_blank', 'noopener');
      }}
    >
      <div className="inline-search">
        <label htmlFor={`${id}-code`}>{t('stamps.checkLabel')}</label>
        <input
          id={`${id}-code`}
          name="code"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          className="code-input"
        />
        <button type="submit" className="button-outline">
          {t('stamps.checkSubmit')}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('stamps.checkHint')}
      </p>
    </form>
  );
}
