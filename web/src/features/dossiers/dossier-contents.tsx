import { useI18n } from '../../i18n/i18n-context';

export interface ContentsItem {
  /** Id of the section's heading. */
  id: string;
  label: string;
}

/** Moves to a heading and focuses it (buttons, not #anchors: the hash holds the route). */
function jumpTo(id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** "Trên trang này": the dossier page is long; this lists its sections in order. */
export function DossierContents({ items }: { items: readonly ContentsItem[] }) {
  const { t } = useI18n();
  if (items.length < 3) return null;
  return (
    <nav className="page-contents" aria-label={t('dossier.contents')}>
      <span className="muted small">{t('dossier.contents')}:</span>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="link-button" onClick={() => jumpTo(item.id)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
