import type { DossierListItem } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { Stars } from '../products/status-badge';
import { routeHref } from '../shell/use-hash-route';
import { formatPoints, localised } from './dossier-labels';
import { DueDate } from './due-date';

interface DossiersTableProps {
  dossiers: readonly DossierListItem[];
  caption: string;
}

export function DossiersTable({ dossiers, caption }: DossiersTableProps) {
  const { t, language } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="dossiers-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dossiers.code')}</th>
            <th scope="col">{t('dossier.product')}</th>
            <th scope="col">{t('dossier.producer')}</th>
            <th scope="col">{t('dossiers.state')}</th>
            <th scope="col">{t('dossier.dueOn')}</th>
            <th scope="col">{t('dossier.result')}</th>
          </tr>
        </thead>
        <tbody>
          {dossiers.map((dossier) => (
            <tr
              key={dossier.id}
              data-testid="dossier-row"
              className={dossier.isOverdue ? 'row-overdue' : undefined}
            >
              <th scope="row" className="code">
                <a href={routeHref('dossiers', dossier.id)}>{dossier.code}</a>
              </th>
              <td>
                <a href={routeHref('products', dossier.productId)}>{dossier.productName}</a>
                <div className="muted small">{t(`registration.${dossier.registrationType}`)}</div>
              </td>
              <td>{dossier.producerName}</td>
              <td>
                <span className={`badge state-badge state-${dossier.state}`}>
                  {localised(language, dossier.stateLabel)}
                </span>
              </td>
              <td>
                <DueDate dueOn={dossier.dueOn} isOverdue={dossier.isOverdue} />
              </td>
              <td>
                {dossier.resultTotal === null ? (
                  '—'
                ) : (
                  <>
                    {formatPoints(dossier.resultTotal, language)}
                    {dossier.resultStars !== null && (
                      <>
                        {' · '}
                        <Stars stars={dossier.resultStars} />
                      </>
                    )}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dossiers.length === 0 && <p className="empty">{t('dossiers.empty')}</p>}
    </div>
  );
}
