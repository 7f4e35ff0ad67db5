import { lazy, Suspense, useEffect } from 'react';
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
import { homeRoute } from './features/shell/home-route';
import { parseHash, routeHref, useHashRoute } from './features/shell/use-hash-route';
import { useI18n } from './i18n/i18n-context';
import { can } from './lib/permissions';

const MAIN_ID = 'main-content';

// Trade-promotion and stamp-office screens serve few roles: they load on first use, in their own chunks.
const MarketplacePage = lazy(() =>
  import('./features/marketplaces/marketplace-page').then((m) => ({ default: m.MarketplacePage })),
);
const MarketplacesPage = lazy(() =>
  import('./features/marketplaces/marketplaces-page').then((m) => ({ default: m.MarketplacesPage })),
);
const SalePointCreatePage = lazy(() =>
  import('./features/sale-points/sale-point-page').then((m) => ({ default: m.SalePointCreatePage })),
);
const SalePointPage = lazy(() =>
  import('./features/sale-points/sale-point-page').then((m) => ({ default: m.SalePointPage })),
);
const SalePointsPage = lazy(() =>
  import('./features/sale-points/sale-points-page').then((m) => ({ default: m.SalePointsPage })),
);
const MisuseReportPage = lazy(() =>
  import('./features/stamps/misuse-report-page').then((m) => ({ default: m.MisuseReportPage })),
);
const MisuseReportsPage = lazy(() =>
  import('./features/stamps/misuse-reports-page').then((m) => ({ default: m.MisuseReportsPage })),
);
const StampFlagPage = lazy(() =>
  import('./features/stamps/stamp-flag-page').then((m) => ({ default: m.StampFlagPage })),
);
const StampFlagsPage = lazy(() =>
  import('./features/stamps/stamp-flags-page').then((m) => ({ default: m.StampFlagsPage })),
);
const TradeEventCreatePage = lazy(() =>
  import('./features/trade-events/trade-event-page').then((m) => ({ default: m.TradeEventCreatePage })),
);
const TradeEventPage = lazy(() =>
  import('./features/trade-events/trade-event-page').then((m) => ({ default: m.TradeEventPage })),
);
const TradeEventsPage = lazy(() =>
  import('./features/trade-events/trade-events-page').then((m) => ({ default: m.TradeEventsPage })),
);
// Programme dashboards (ECharts) and plans: their own chunks too.
const DashboardsScreen = lazy(() =>
  import('./features/dashboards/dashboards-screen').then((m) => ({ default: m.DashboardsScreen })),
);
const PlansScreen = lazy(() =>
  import('./features/plans/plans-screen').then((m) => ({ default: m.PlansScreen })),
);
const TrainingScreen = lazy(() =>
  import('./features/training/training-screen').then((m) => ({ default: m.TrainingScreen })),
);
const SupportScreen = lazy(() =>
  import('./features/support/support-screen').then((m) => ({ default: m.SupportScreen })),
);

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
    case 'stamp-flags':
      if (!can(user.role, 'certificates:write')) break;
      return id ? <StampFlagPage key={id} id={id} /> : <StampFlagsPage user={user} />;
    case 'misuse-reports':
      if (!can(user.role, 'certificates:write')) break;
      return id ? <MisuseReportPage key={id} id={id} /> : <MisuseReportsPage user={user} />;
    case 'sale-points':
      if (id === 'new') return <SalePointCreatePage user={user} />;
      return id ? <SalePointPage key={id} id={id} user={user} /> : <SalePointsPage user={user} />;
    case 'trade-events':
      if (id === 'new') return <TradeEventCreatePage user={user} />;
      return id ? <TradeEventPage key={id} id={id} user={user} /> : <TradeEventsPage user={user} />;
    case 'marketplaces':
      if (!can(user.role, 'marketplaces:manage')) break;
      return id ? <MarketplacePage key={id} id={id} /> : <MarketplacesPage />;
    case 'dashboards':
      if (!can(user.role, 'programme:read')) break;
      return <DashboardsScreen user={user} route={route} />;
    case 'plans':
      if (!can(user.role, 'programme:read')) break;
      return <PlansScreen user={user} route={route} />;
    case 'training':
      if (!can(user.role, 'programme:read')) break;
      return <TrainingScreen user={user} route={route} />;
    case 'support':
      if (!can(user.role, 'programme:read')) break;
      return <SupportScreen user={user} route={route} />;
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
      return (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <Screen user={session.user} route={route} />
        </Suspense>
      );
  }
}

export function App() {
  const { t } = useI18n();
  const { state, retry, signIn, signOut } = useSession();
  const route = useHashRoute();
  const user = state.status === 'authenticated' ? state.user : null;
  const section = route[0] ?? 'admin-units';
  const atRoot = route.length === 0;
  useEffect(() => {
    if (!user || !atRoot) return;
    const home = homeRoute(user);
    // The empty route already shows the administrative units; and the address is read again here, since a
    // link followed (or an address typed) since the render wins over the landing page.
    if (home[0] === 'admin-units' || parseHash(window.location.hash).length > 0) return;
    // replace, not assign: "back" should not return to the empty route and bounce forward again.
    window.location.replace(routeHref(...home));
  }, [user, atRoot]);

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
