import type { User } from '../../api/types';
import { LanguageSwitch } from '../../components/language-switch';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from './use-hash-route';
import { UserMenu } from './user-menu';

interface AppHeaderProps {
  user: User | null;
  onLogout: () => Promise<void>;
}

export function AppHeader({ user, onLogout }: AppHeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="header-inner">
        <p className="brand">{t('app.name')}</p>
        {user && (
          <nav aria-label={t('nav.label')} className="main-nav">
            <a href={routeHref('admin-units')} aria-current="page">
              {t('nav.adminUnits')}
            </a>
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
