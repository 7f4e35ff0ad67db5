import type { ImportOutcome, ImportSummary } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { OUTCOMES, outcomeCount } from './import-state';
import { OutcomeBadge } from './outcome-badge';

interface SummaryFilterProps {
  summary: ImportSummary;
  selected: ImportOutcome | null;
  onSelect: (outcome: ImportOutcome | null) => void;
}

/** The outcome counts; each is also a toggle that filters the rows table. */
export function SummaryFilter({ summary, selected, onSelect }: SummaryFilterProps) {
  const { t } = useI18n();
  return (
    <fieldset className="summary-filter" data-testid="import-summary">
      <legend>{t('import.summaryLegend', { rows: summary.rows })}</legend>
      <button type="button" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        <span className="summary-count">{summary.rows}</span> {t('import.allRows')}
      </button>
      {OUTCOMES.map((outcome) => (
        <button
          key={outcome}
          type="button"
          aria-pressed={selected === outcome}
          data-testid={`summary-${outcome}`}
          onClick={() => onSelect(selected === outcome ? null : outcome)}
        >
          <span className="summary-count">{outcomeCount(summary, outcome)}</span>{' '}
          <OutcomeBadge outcome={outcome} />
        </button>
      ))}
    </fieldset>
  );
}

/** What a commit wrote to the registry. */
export function CommitTotals({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  return (
    <dl className="facts totals" data-testid="commit-totals">
      <div>
        <dt>{t('import.producersCreated')}</dt>
        <dd>{summary.producersCreated}</dd>
      </div>
      <div>
        <dt>{t('import.productsCreated')}</dt>
        <dd>{summary.productsCreated}</dd>
      </div>
      <div>
        <dt>{t('import.certificatesCreated')}</dt>
        <dd>{summary.certificatesCreated}</dd>
      </div>
      <div>
        <dt>{t('import.skipped')}</dt>
        <dd>{summary.error + summary.needsChoice + summary.duplicateInFile}</dd>
      </div>
    </dl>
  );
}
