import type { User } from './api/types';
import { ErrorAlert } from './components/error-alert';
import { AdminUnitsPage } from './features/admin-units/admin-units-page';
import { LoginPage } from './features/auth/login-page';
import { type SessionState, useSession } from './features/auth/use-session';
import { CouncilsPage } from './features/councils/councils-page';
import { DecisionPage } from './features/decisions/decision-page';
import { DecisionsPage } from './features/decisions/decisions-page';
import { DossierPage } from './features/dossiers/dossier-page';
import { DossiersPage } from './features/dossiers/dossiers-page';
import { ImportPage } from './features/import/import-page';
import { ProducerCreatePage } from './features/producers/producer-create-page';
import { ProducerDetailPage } from './features/producers/producer-detail-page';
import { ProducersPage } from './features/producers/producers-page';
import { ProductCreatePage } from './features/products/product-create-page';
import { ProductDetailPage } from './features/products/product-detail-page';
import { ProductsPage } from './features/products/products-page';
import { AppHeader } from './features/shell/app-header';
import { useHashRoute } from './features/shell/use-hash-route';
import { useI18n } from './i18n/i18n-context';
import { can } from './lib/permissions';

const MAIN_ID = 'main-content';

function focusMain() {
  document.getElementById(MAIN_ID)?.focus();
}

/** The screen for a route; unknown routes fall back to the administrative units. */
function Screen({ user, route }: { user: User; route: string[] }) {
  const [section, id] = route;
  switch (section) {
    case 'producers':
      if (id === 'new') return <ProducerCreatePage user={user} />;
      return id ? <ProducerDetailPage key={id} id={id} user={user} /> : <ProducersPage user={user} />;
    case 'products':
      if (id === 'new') return <ProductCreatePage user={user} />;
      return id ? <ProductDetailPage key={id} id={id} user={user} /> : <ProductsPage user={user} />;
    case 'import':
      if (can(user.role, 'imports')) return <ImportPage key={id ?? 'new'} batchId={id ?? null} user={user} />;
      break;
    case 'dossiers':
      return id ? <DossierPage key={id} id={id} user={user} /> : <DossiersPage user={user} />;
    case 'councils':
      return <CouncilsPage user={user} />;
    case 'decisions':
      return id ? <DecisionPage key={id} id={id} user={user} /> : <DecisionsPage user={user} />;
  }
  return <AdminUnitsPage selectedCode={section === 'admin-units' ? (id ?? null) : null} />;
}

function Page({
  session,
  route,
  retry,
  signIn,
}: Pick<ReturnType<typeof useSession>, 'retry' | 'signIn'> & { session: SessionState; route: string[] }) {
  const { t } = useI18n();
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
      return <Screen user={session.user} route={route} />;
  }
}

export function App() {
  const { t } = useI18n();
  const { state, retry, signIn, signOut } = useSession();
  const route = useHashRoute();
  const user = state.status === 'authenticated' ? state.user : null;
  const section = route[0] ?? 'admin-units';

  return (
    <>
      {/* A button, not an in-page link: the hash is used for routing. */}
      <button type="button" className="skip-link" onClick={focusMain}>
        {t('app.skipToContent')}
      </button>
      <AppHeader user={user} section={section} routeKey={route.join('/')} onLogout={signOut} />
      <main id={MAIN_ID} tabIndex={-1} className={user ? 'main' : 'main main-narrow'}>
        <Page session={state} route={route} retry={retry} signIn={signIn} />
      </main>
    </>
  );
}
