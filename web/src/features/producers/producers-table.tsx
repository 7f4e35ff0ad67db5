import type { Producer } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { routeHref } from '../shell/use-hash-route';
import { producerTypeLabel } from './producer-types';

export function ProducersTable({ producers, total }: { producers: readonly Producer[]; total: number }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap full">
      <table data-testid="producers-table">
        <caption>{t('producers.tableCaption', { total })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('producers.name')}</th>
            <th scope="col">{t('producers.type')}</th>
            <th scope="col">{t('producers.taxCode')}</th>
            <th scope="col">{t('unitPicker.commune')}</th>
            <th scope="col">{t('unitPicker.province')}</th>
          </tr>
        </thead>
        <tbody>
          {producers.map((producer) => (
            <tr key={producer.id} data-testid="producer-row">
              <th scope="row">
                <a href={routeHref('producers', producer.id)}>{producer.name}</a>
                {producer.isArchived && <span className="badge badge-muted">{t('common.archived')}</span>}
              </th>
              <td>{producerTypeLabel(t, producer.type)}</td>
              <td className="code">{producer.taxCode ?? '—'}</td>
              <td>{producer.commune.name}</td>
              <td>{producer.province.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {producers.length === 0 && <p className="empty">{t('common.noResults')}</p>}
    </div>
  );
}
