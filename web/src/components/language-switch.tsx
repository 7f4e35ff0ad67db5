import { useI18n } from '../i18n/i18n-context';
import { LANGUAGES } from '../i18n/translate';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <fieldset className="language-switch" aria-label={t('lang.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={language === option}
          onClick={() => setLanguage(option)}
        >
          {t(`lang.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}
