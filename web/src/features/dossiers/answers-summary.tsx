import type { CriteriaSheet } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { type Answers, chosenIndex, sheetCriteria } from './criteria-sheet';
import { formatPoints } from './dossier-labels';

/** A submitted sheet, read-only: the option chosen for each criterion and its points (collapsed). */
export function AnswersSummary({
  sheet,
  answers,
  summary,
}: {
  sheet: CriteriaSheet;
  answers: Answers;
  summary: string;
}) {
  const { t, language } = useI18n();
  return (
    <details className="answers-summary">
      <summary>{summary}</summary>
      <div className="table-wrap full">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('sheet.criterion')}</th>
              <th scope="col">{t('sheet.chosen')}</th>
              <th scope="col">{t('sheet.pointsHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {sheetCriteria(sheet).map((criterion) => {
              const index = chosenIndex(criterion, answers);
              const option = criterion.options.find((o) => o.index === index);
              return (
                <tr key={criterion.code}>
                  <th scope="row" lang="vi">
                    {criterion.code} {criterion.name}
                  </th>
                  <td lang="vi">{option?.label ?? '—'}</td>
                  <td className="code">
                    {option ? formatPoints(option.points, language) : '—'} / {criterion.maxPoints}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </details>
  );
}
