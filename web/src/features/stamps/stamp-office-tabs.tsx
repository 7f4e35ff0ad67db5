import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';

const TABS = [
  { section: 'stamp-flags', label: 'stampFlags.heading' },
  { section: 'misuse-reports', label: 'reports.heading' },
] as const;

/** The two lists of the stamp office: copied-stamp flags and consumers' reports. */
export function StampOfficeTabs({ current }: { current: (typeof TABS)[number]['section'] }) {
  const { t } = useI18n();
  return (
    <nav className="tabs" aria-label={t('stampFlags.tabsLabel')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.section}>
            <a href={routeHref(tab.section)} aria-current={tab.section === current ? 'page' : undefined}>
              {t(tab.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
