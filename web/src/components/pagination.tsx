import { useI18n } from '../i18n/i18n-context';
import { PAGE_SIZE, pageCount } from '../lib/list-query';

interface PaginationProps {
  page: number;
  total: number;
  pageSize?: number;
  onPage: (page: number) => void;
}

export function Pagination({ page, total, pageSize = PAGE_SIZE, onPage }: PaginationProps) {
  const { t } = useI18n();
  const pages = pageCount(total, pageSize);
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pager.label')}>
      <button type="button" className="button-plain" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('pager.prev')}
      </button>
      <span aria-live="polite">{t('pager.status', { page, pages })}</span>
      <button
        type="button"
        className="button-plain"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
