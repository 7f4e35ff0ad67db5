import type { YearlyFigures } from '../../api/impact';
import { useI18n } from '../../i18n/i18n-context';
import { formatCount, formatVnd } from '../../lib/format';
import { formatRatio } from './growth-labels';

interface FiguresTableProps {
  items: readonly YearlyFigures[];
  /** Row actions, for a user who may enter figures; null → read only. */
  actions: {
    onEdit: (figures: YearlyFigures) => void;
    onDelete: (year: number) => void;
    confirming: number | null;
    onConfirming: (year: number | null) => void;
    pending: boolean;
  } | null;
}

/** Years latest first: revenue, profit, jobs, and the revenue growth against the year before with its band. */
export function FiguresTable({ items, actions }: FiguresTableProps) {
  const { t, language } = useI18n();
  const vnd = (value: number | null) => (value === null ? '—' : formatVnd(value, language));
  const count = (value: number | null) => (value === null ? '—' : formatCount(value, language));
  if (items.length === 0) return <p className="muted">{t('impact.noFigures')}</p>;
  return (
    <div className="table-wrap full">
      <table className="support-data" data-testid="figures-table">
        <caption>{t('impact.figuresCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('impact.year')}</th>
            <th scope="col" className="num">
              {t('impact.revenue')}
            </th>
            <th scope="col" className="num">
              {t('impact.profit')}
            </th>
            <th scope="col" className="num">
              {t('impact.jobs')}
            </th>
            <th scope="col" className="num">
              {t('impact.localJobs')}
            </th>
            <th scope="col">{t('impact.growth')}</th>
            {actions && <th scope="col">{t('impact.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((f) => (
            <tr key={f.year} data-testid="figures-row" data-year={f.year}>
              <th scope="row">{f.year}</th>
              <td className="num">{vnd(f.revenueVnd)}</td>
              <td className="num">{vnd(f.profitVnd)}</td>
              <td className="num">{count(f.jobs)}</td>
              <td className="num">{count(f.localJobs)}</td>
              <td data-testid="figures-growth">
                {f.revenueGrowth ? (
                  <>
                    {formatRatio(f.revenueGrowth.ratio, language)}{' '}
                    <span className={`badge growth-${f.revenueGrowth.band}`}>
                      {t(`impact.band.${f.revenueGrowth.band}`)}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t('impact.noGrowth')}</span>
                )}
              </td>
              {actions && (
                <td>
                  <div className="figures-actions">
                    <RowActions year={f.year} figures={f} actions={actions} />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowActions({
  year,
  figures,
  actions,
}: {
  year: number;
  figures: YearlyFigures;
  actions: NonNullable<FiguresTableProps['actions']>;
}) {
  const { t } = useI18n();
  if (actions.confirming === year) {
    return (
      <>
        <button
          type="button"
          className="button-danger button-small"
          disabled={actions.pending}
          onClick={() => actions.onDelete(year)}
        >
          {t('impact.deleteConfirm', { year })}
        </button>
        <button
          type="button"
          className="button-plain button-small"
          onClick={() => actions.onConfirming(null)}
        >
          {t('common.cancel')}
        </button>
      </>
    );
  }
  return (
    <>
      <button type="button" className="button-outline button-small" onClick={() => actions.onEdit(figures)}>
        {t('common.edit')}
        <span className="visually-hidden"> {t('impact.yearLabel', { year })}</span>
      </button>
      <button type="button" className="button-plain button-small" onClick={() => actions.onConfirming(year)}>
        {t('impact.delete')}
        <span className="visually-hidden"> {t('impact.yearLabel', { year })}</span>
      </button>
    </>
  );
}
