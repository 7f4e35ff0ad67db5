import { scoreSheetPdfUrl } from '../../api/dossiers';
import type { CouncilWork, CriteriaSheet, Dossier } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { isScoringSeat } from '../councils/seat-roles';
import { AdvisoryForm } from './advisory-form';
import { AnswersSummary } from './answers-summary';
import { formatDateTime, formatPoints, isScoringState } from './dossier-labels';
import { RecusalForm } from './recusal-form';
import { ScoreSheetForm } from './score-sheet-form';

interface MyCouncilWorkProps {
  dossier: Dossier;
  /** The council working on the dossier now (the active level). */
  work: CouncilWork;
  sheet: CriteriaSheet;
  userId: string;
  onChanged: (dossier: Dossier, message: string) => void;
  onRecused: () => void;
}

/** What the signed-in member does on the council now: score, see their submitted sheet, recuse, advise. */
export function MyCouncilWork({ dossier, work, sheet, userId, onChanged, onRecused }: MyCouncilWorkProps) {
  const { t, language } = useI18n();
  const seat = work.members.find((member) => member.userId === userId);
  if (!seat || seat.isRecused) return null;
  const pass = work.pass ?? dossier.scoringPass;
  const mine = work.sheets.filter((s) => s.memberId === userId && s.pass === pass).at(-1);
  const scoring = isScoringSeat(seat.role);
  const canScore = scoring && isScoringState(dossier.state) && !mine;

  return (
    <section className="section-gap" aria-label={t('scoring.myWork')}>
      {canScore && <ScoreSheetForm key={pass} dossier={dossier} sheet={sheet} onChanged={onChanged} />}
      {mine && (
        <div className="panel" data-testid="my-sheet">
          <h2>{t('scoring.mySheet')}</h2>
          <p className="alert alert-success">
            {t('scoring.submittedAt', {
              at: formatDateTime(mine.submittedAt, language),
              total: formatPoints(mine.total, language),
              stars: mine.stars,
            })}
          </p>
          {mine.opinion && <p className="prose">{mine.opinion}</p>}
          <p>
            <a href={scoreSheetPdfUrl(dossier.id, mine.id)} download>
              {t('council.sheetPdf')}
            </a>
          </p>
          <AnswersSummary sheet={sheet} answers={mine.answers} summary={t('scoring.showAnswers')} />
        </div>
      )}
      {scoring && !mine && isScoringState(dossier.state) && (
        <RecusalForm dossierId={dossier.id} onRecused={onRecused} />
      )}
      {(seat.role === 'advisor' || seat.role === 'secretary') && (
        <div className="panel">
          <h2>{t('advisory.heading')}</h2>
          <AdvisoryForm dossier={dossier} onChanged={onChanged} />
        </div>
      )}
    </section>
  );
}
