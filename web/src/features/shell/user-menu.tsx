import { useState } from 'react';
import type { User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';

export function scopeLabel(user: User, t: TranslateFn): string {
  const parts: string[] = [];
  if (user.provinceCode) parts.push(t('scope.province', { code: user.provinceCode }));
  if (user.communeCode) parts.push(t('scope.commune', { code: user.communeCode }));
  return parts.length > 0 ? parts.join(' · ') : t('scope.national');
}

interface UserMenuProps {
  user: User;
  onLogout: () => Promise<void>;
}

export function UserMenu({ user, onLogout }: UserMenuProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function handleLogout() {
    setPending(true);
    setError(null);
    try {
      await onLogout();
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <div className="user-menu">
      <dl className="user-info">
        <div>
          <dt>{t('auth.userLabel')}</dt>
          <dd data-testid="current-user">{user.displayName}</dd>
        </div>
        <div>
          <dt>{t('auth.roleLabel')}</dt>
          <dd data-testid="current-role">{t(`role.${user.role}`)}</dd>
        </div>
        <div>
          <dt>{t('auth.scopeLabel')}</dt>
          <dd data-testid="current-scope">{scopeLabel(user, t)}</dd>
        </div>
      </dl>
      <button
        type="button"
        className="button-secondary"
        onClick={() => void handleLogout()}
        disabled={pending}
      >
        {t('auth.logout')}
      </button>
      {error !== null && <ErrorAlert error={error} />}
    </div>
  );
}
