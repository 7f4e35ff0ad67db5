import { type SubmitEvent, useRef, useState } from 'react';
import type { Credentials } from '../../api/auth';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';

interface LoginPageProps {
  onLogin: (credentials: Credentials) => Promise<void>;
}

export function LoginPage({ onLogin }: LoginPageProps) {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await onLogin({ username: username.trim(), password });
      // On success the session switches and this page unmounts.
    } catch (caught) {
      setError(caught);
      setPassword('');
      setPending(false);
      passwordRef.current?.focus();
    }
  }

  return (
    <section className="login-card" aria-labelledby="login-heading">
      <h1 id="login-heading">{t('auth.heading')}</h1>
      <p className="lead">{t('auth.intro')}</p>
      <form className="login-form" onSubmit={(event) => void handleSubmit(event)}>
        <div className="field">
          <label htmlFor="login-username">{t('auth.username')}</label>
          <input
            id="login-username"
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="login-password">{t('auth.password')}</label>
          <input
            id="login-password"
            ref={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        {error !== null && <ErrorAlert error={error} />}
        <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
          {t('auth.submit')}
        </button>
      </form>
    </section>
  );
}
