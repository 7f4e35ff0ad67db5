import type { User } from '../../api/types';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/vi';
import { can } from '../../lib/permissions';
import { NotificationsBell } from './notifications-bell';
import { routeHref } from './use-hash-route';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  user: User | null;
  /** First segment of the current route ("products"), to mark the current link. */
  section: string;
  /** The whole route: the notifications reload when it changes. */
  routeKey: string;
  onLogout: () => Promise<void>;
}

interface NavItem {
  section: string;
  label: MessageKey;
  visible: (user: User) => boolean;
  /** Other sections the entry stands for (marked current there too). */
  also?: readonly string[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'admin-units', label: 'nav.adminUnits', visible: () => true },
  { section: 'producers', label: 'nav.producers', visible: () => true },
  { section: 'products', label: 'nav.products', visible: () => true },
  { section: 'import', label: 'nav.import', visible: (user) => can(user.role, 'imports') },
  { section: 'dossiers', label: 'nav.dossiers', visible: () => true },
  { section: 'councils', label: 'nav.councils', visible: (user) => can(user.role, 'evaluation:manage') },
  {
    section: 'decisions',
    label: 'nav.decisions',
    visible: (user) => can(user.role, 'evaluation:manage') || can(user.role, 'decisions:sign'),
  },
  {
    section: 'stamp-flags',
    label: 'nav.stamps',
    visible: (user) => can(user.role, 'certificates:write'),
    also: ['misuse-reports'],
  },
  {
    section: 'sale-points',
    label: 'nav.salePoints',
    visible: (user) => can(user.role, 'trade-promotion:manage'),
  },
  {
    section: 'trade-events',
    label: 'nav.tradeEvents',
    visible: (user) => can(user.role, 'trade-promotion:manage'),
  },
  {
    section: 'marketplaces',
    label: 'nav.marketplaces',
    visible: (user) => can(user.role, 'marketplaces:manage'),
  },
  { section: 'dashboards', label: 'nav.dashboards', visible: (user) => can(user.role, 'programme:read') },
  { section: 'plans', label: 'nav.plans', visible: (user) => can(user.role, 'programme:read') },
  { section: 'training', label: 'nav.training', visible: (user) => can(user.role, 'programme:read') },
  { section: 'support', label: 'nav.support', visible: (user) => can(user.role, 'programme:read') },
];

const isCurrent = (item: NavItem, section: string) =>
  item.section === section || (item.also?.includes(section) ?? false);

export function AppHeader({ user, section, routeKey, onLogout }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="header-inner">
        <p className="brand">{t('app.name')}</p>
        {user && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {NAV_ITEMS.filter((item) => item.visible(user)).map((item) => (
                <li key={item.section}>
                  <a
                    href={routeHref(item.section)}
                    aria-current={isCurrent(item, section) ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          {user && <NotificationsBell refreshKey={routeKey} />}
          {user && <UserMenu user={user} onLogout={onLogout} />}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
