import { certificatePdfUrl } from '../../api/decisions';
import type { Dossier } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { Stars } from '../products/status-badge';
import { routeHref } from '../shell/use-hash-route';
import { formatPoints, localised } from './dossier-labels';
import { DueDate } from './due-date';

/** Heading and key facts of a dossier: what, who, where it stands and by when. */
export function DossierHeader({ dossier }: { dossier: Dossier }) {
  const { t, language } = useI18n();
  const result =
    dossier.centralTotal !== null
      ? { total: dossier.centralTotal, stars: dossier.centralStars }
      : { total: dossier.resultTotal, stars: dossier.resultStars };
  return (
    <>
      <div className="page-heading">
        <h1>
          {t('dossier.heading', { code: dossier.code })}{' '}
          <span className="muted dossier-product">{dossier.product.name}</span>
        </h1>
        <span className={`badge state-badge state-${dossier.state}`} data-testid="dossier-state">
          {localised(language, dossier.stateLabel)}
        </span>
      </div>
      <dl className="facts" data-testid="dossier-facts">
        <div>
          <dt>{t('dossier.product')}</dt>
          <dd>
            <a href={routeHref('products', dossier.product.id)}>{dossier.product.name}</a>
          </dd>
        </div>
        <div>
          <dt>{t('dossier.producer')}</dt>
          <dd>
            <a href={routeHref('producers', dossier.producer.id)}>{dossier.producer.name}</a>
          </dd>
        </div>
        <div>
          <dt>{t('dossier.registrationType')}</dt>
          <dd>{t(`registration.${dossier.registrationType}`)}</dd>
        </div>
        <div>
          <dt>{t('dossier.address')}</dt>
          <dd>{dossier.address}</dd>
        </div>
        <div>
          <dt>{t('dossier.round')}</dt>
          <dd>
            {dossier.round
              ? t('dossier.roundValue', {
                  name: dossier.round.name,
                  deadline: dossier.round.decisionDeadline,
                })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{t('dossier.submittedOn')}</dt>
          <dd className="code">{dossier.submittedOn ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('dossier.dueOn')}</dt>
          <dd>
            <DueDate
              dueOn={dossier.dueOn}
              isOverdue={dossier.isOverdue}
              workingDaysLeft={dossier.workingDaysLeft}
            />
          </dd>
        </div>
        <div>
          <dt>{t('dossier.selfScore')}</dt>
          <dd>
            {dossier.selfTotal === null
              ? '—'
              : t('dossier.score', {
                  total: formatPoints(dossier.selfTotal, language),
                  stars: dossier.selfStars ?? 0,
                })}
          </dd>
        </div>
        <div>
          <dt>{t('dossier.result')}</dt>
          <dd data-testid="dossier-result">
            {result.total === null ? (
              '—'
            ) : (
              <>
                {formatPoints(result.total, language)} {t('dossier.pointsUnit')}
                {result.stars !== null && (
                  <>
                    {' · '}
                    <Stars stars={result.stars} />
                  </>
                )}
              </>
            )}
          </dd>
        </div>
        {dossier.certificateId && (
          <div>
            <dt>{t('dossier.certificate')}</dt>
            <dd>
              <a href={certificatePdfUrl(dossier.certificateId)} download data-testid="certificate-pdf">
                {t('dossier.certificatePdf')}
              </a>
            </dd>
          </div>
        )}
      </dl>
    </>
  );
}
