import { ErrorAlert } from './components/error-alert';
import { AdminUnitsPage } from './features/admin-units/admin-units-page';
import { LoginPage } from './features/auth/login-page';
import { type SessionState, useSession } from './features/auth/use-session';
import { AppHeader } from './features/shell/app-header';
import { useHashRoute } from './features/shell/use-hash-route';
import { useI18n } from './i18n/i18n-context';

const MAIN_ID = 'main-content';

function focusMain() {
  document.getElementById(MAIN_ID)?.focus();
}

function Page({
  session,
  retry,
  signIn,
}: Pick<ReturnType<typeof useSession>, 'retry' | 'signIn'> & { session: SessionState }) {
  const { t } = useI18n();
  const [section, selectedCode] = useHashRoute();

  switch (session.status) {
    case 'loading':
      return <p role="status">{t('app.loading')}</p>;
    case 'unavailable':
      return (
        <div className="panel">
          <ErrorAlert error={session.error} />
          <button type="button" className="button-primary" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      );
    case 'anonymous':
      return <LoginPage onLogin={signIn} />;
    case 'authenticated':
      // Only one screen so far; unknown routes fall back to it.
      return <AdminUnitsPage selectedCode={section === 'admin-units' ? (selectedCode ?? null) : null} />;
  }
}

export function App() {
  const { t } = useI18n();
  const { state, retry, signIn, signOut } = useSession();
  const user = state.status === 'authenticated' ? state.user : null;

  return (
    <>
      {/* A button, not an in-page link: the hash is used for routing. */}
      <button type="button" className="skip-link" onClick={focusMain}>
        {t('app.skipToContent')}
      </button>
      <AppHeader user={user} onLogout={signOut} />
      <main id={MAIN_ID} tabIndex={-1} className={user ? 'main' : 'main main-narrow'}>
        <Page session={state} retry={retry} signIn={signIn} />
      </main>
    </>
  );
}
