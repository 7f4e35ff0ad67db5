import type { ResolveMatch, ResolveResult } from '../../api/types';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';

function viaLabel(via: ResolveMatch['via'], t: TranslateFn): string {
  // Guard against a value the contract does not (yet) list: show it as sent.
  return via === '2025' || via === 'pre2025-mapping' ? t(`resolver.via.${via}`) : String(via);
}

export function ResolverResults({ result }: { result: ResolveResult }) {
  const { t } = useI18n();
  const { matches, ambiguous } = result;

  return (
    <div className="resolver-results" data-testid="resolver-results">
      <h3 id="resolver-results-heading">{t('resolver.results')}</h3>
      <p role="status" className="count">
        {matches.length === 0 ? t('resolver.noMatches') : t('resolver.matchCount', { count: matches.length })}
      </p>
      {ambiguous && (
        <p className="alert alert-warning" data-testid="resolver-ambiguous">
          {t('resolver.ambiguous')}
        </p>
      )}
      {matches.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="resolver-results-heading">
            <thead>
              <tr>
                <th scope="col">{t('resolver.communeCode')}</th>
                <th scope="col">{t('resolver.commune')}</th>
                <th scope="col">{t('resolver.province')}</th>
                <th scope="col">{t('resolver.via')}</th>
              </tr>
            </thead>
            <tbody>
              {matches.map((match) => (
                <tr key={`${match.communeCode}-${match.via}`} data-testid="resolver-match">
                  <td className="code">{match.communeCode}</td>
                  <td>{match.communeName}</td>
                  <td>
                    {match.provinceName} <span className="code muted">({match.provinceCode})</span>
                  </td>
                  <td>
                    <span className={`badge badge-${match.via === '2025' ? 'current' : 'mapped'}`}>
                      {viaLabel(match.via, t)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
