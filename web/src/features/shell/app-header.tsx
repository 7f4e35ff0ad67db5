import type { User } from '../../api/types';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/vi';
import { can } from '../../lib/permissions';
import { routeHref } from './use-hash-route';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  user: User | null;
  /** First segment of the current route ("products"), to mark the current link. */
  section: string;
  onLogout: () => Promise<void>;
}

interface NavItem {
  section: string;
  label: MessageKey;
  visible: (user: User) => boolean;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { section: 'admin-units', label: 'nav.adminUnits', visible: () => true },
  { section: 'producers', label: 'nav.producers', visible: () => true },
  { section: 'products', label: 'nav.products', visible: () => true },
  { section: 'import', label: 'nav.import', visible: (user) => can(user.role, 'imports') },
];

export function AppHeader({ user, section, onLogout }: AppHeaderProps) {
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
                    aria-current={item.section === section ? 'page' : undefined}
                  >
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          {user && <UserMenu user={user} onLogout={onLogout} />}
          <LanguageSwitch />
        </div>
      </div>
    </header>
  );
}
