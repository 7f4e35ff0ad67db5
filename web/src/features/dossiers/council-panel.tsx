import { minutesPdfUrl, scoreSheetPdfUrl } from '../../api/dossiers';
import type { CouncilWork, Dossier } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { seatLabel } from '../councils/seat-roles';
import { Stars } from '../products/status-badge';
import { advisoryKindLabel } from './advisory-form';
import { formatDateTime, formatPoints } from './dossier-labels';

interface CouncilPanelProps {
  dossier: Dossier;
  work: CouncilWork;
  userId: string;
}

/**
 * The council at one level: seats and who has scored, quorum, and — only once the server returns them —
 * every sheet and the aggregate. During blind scoring the server sends nobody else's sheet.
 */
export function CouncilPanel({ dossier, work, userId }: CouncilPanelProps) {
  const { t, language } = useI18n();
  const headingId = `council-${work.level}-heading`;
  const others = work.sheets.filter((sheet) => sheet.memberId !== userId);
  return (
    <section className="panel section-gap" aria-labelledby={headingId} data-testid={`council-${work.level}`}>
      <h2 id={headingId}>{t(`council.heading.${work.level}`, { name: work.council.name })}</h2>
      <p className="small">
        {work.mode && t(`actions.mode.${work.mode}`)}
        {work.pass !== null && ` · ${t('council.pass', { pass: work.pass })}`}
      </p>
      <p className={work.quorum.met ? 'quorum quorum-met' : 'quorum'} data-testid="quorum">
        <strong>{work.quorum.met ? t('council.quorumMet') : t('council.quorumNotMet')}</strong>{' '}
        {work.quorum.text}
      </p>
      <div className="table-wrap full">
        <table data-testid="council-members">
          <caption>{t('council.members')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('council.member')}</th>
              <th scope="col">{t('council.seat')}</th>
              <th scope="col">{t('council.agency')}</th>
              <th scope="col">{t('council.sheetStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {work.members.map((member) => (
              <tr key={member.userId}>
                <th scope="row">
                  {member.displayName}
                  {member.userId === userId && <span className="muted"> {t('council.you')}</span>}
                </th>
                <td>{seatLabel(t, member.role)}</td>
                <td>{member.agency ?? '—'}</td>
                <td>
                  {member.isRecused
                    ? t('council.recused', { reason: member.recusalReason ?? '' })
                    : member.role === 'chair' || member.role === 'member'
                      ? member.hasSubmitted
                        ? `✓ ${t('council.submitted')}`
                        : t('council.waiting')
                      : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!work.sheetsOpen && <p className="muted small">{t('council.blind')}</p>}
      {work.result && (
        <div className="council-result" data-testid="council-result">
          <p>
            <strong>{t('council.aggregate')}</strong> {formatPoints(work.result.total, language)}{' '}
            {t('dossier.pointsUnit')} · <Stars stars={work.result.stars} />
          </p>
          {work.result.divergent && (
            <p className="alert alert-warning" role="alert">
              {t('council.divergent', { spread: formatPoints(work.result.spread, language) })}
            </p>
          )}
        </div>
      )}
      {(others.length > 0 || work.result) && work.sheets.length > 0 && (
        <div className="table-wrap full section-gap">
          <table data-testid="council-sheets">
            <caption>{t('council.sheets')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('council.member')}</th>
                <th scope="col">{t('council.passShort')}</th>
                <th scope="col">{t('council.total')}</th>
                <th scope="col">{t('council.submittedAt')}</th>
                <th scope="col">{t('council.opinion')}</th>
                <th scope="col">{t('council.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {work.sheets.map((sheet) => (
                <tr key={sheet.id}>
                  <th scope="row">{sheet.memberName}</th>
                  <td>{sheet.pass}</td>
                  <td>
                    {formatPoints(sheet.total, language)} · <Stars stars={sheet.stars} />
                  </td>
                  <td>{formatDateTime(sheet.submittedAt, language)}</td>
                  <td className="prose">{sheet.opinion ?? '—'}</td>
                  <td>
                    <a href={scoreSheetPdfUrl(dossier.id, sheet.id)} download>
                      {t('council.sheetPdf')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {work.sheetsOpen && work.result && (
        <p className="section-gap">
          <a href={minutesPdfUrl(dossier.id, work.level)} download data-testid={`minutes-${work.level}`}>
            {t('council.minutesPdf')}
          </a>
        </p>
      )}
      {work.advisoryReports.length > 0 && (
        <div className="section-gap">
          <h3>{t('advisory.heading')}</h3>
          <ul className="plain-list">
            {work.advisoryReports.map((report) => (
              <li key={report.id}>
                <strong>{advisoryKindLabel(t, report.kind)}</strong>{' '}
                <span className="muted small">({report.onDate})</span> — {report.summary}
                {report.findings && <div className="small prose">{report.findings}</div>}
                {report.requestedTests && (
                  <div className="small">
                    {t('advisory.requestedTestsValue', { tests: report.requestedTests })}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
