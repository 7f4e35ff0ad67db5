import { useEffect } from 'react';
import type { User } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';
import { NationalDashboardPage } from './national-dashboard-page';
import { ProvinceDashboardPage } from './province-dashboard-page';
import '../../styles/programme.css';

/** Province roles have their province; the ministry none (it sees the country). */
const isMinistry = (user: User) => user.provinceCode === null;

/** Replaces the route (no history entry): "#/dashboards" is only a way in. */
function Redirect({ to }: { to: string }) {
  const { t } = useI18n();
  useEffect(() => {
    window.location.replace(to);
  }, [to]);
  return <p role="status">{t('app.loading')}</p>;
}

/**
 * #/dashboards → the user's own: a province role lands on its province, the ministry on the country.
 * #/dashboards/province/{code} and #/dashboards/national (ministry only; the server enforces it too).
 */
export function DashboardsScreen({ user, route }: { user: User; route: readonly string[] }) {
  const [, kind, code] = route;
  if (kind === 'province' && code && (isMinistry(user) || code === user.provinceCode)) {
    return <ProvinceDashboardPage key={code} user={user} code={code} />;
  }
  if (kind === 'national' && isMinistry(user)) return <NationalDashboardPage user={user} />;
  const home = isMinistry(user)
    ? routeHref('dashboards', 'national')
    : routeHref('dashboards', 'province', user.provinceCode ?? '');
  return <Redirect to={home} />;
}
