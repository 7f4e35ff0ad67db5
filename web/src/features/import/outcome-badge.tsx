import type { ImportOutcome } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { isOutcome } from './import-state';

const SYMBOL: Record<ImportOutcome, string> = {
  create: '+',
  update: '↻',
  unchanged: '=',
  error: '✕',
  needs_choice: '?',
  duplicate_in_file: '2×',
};

/** Row outcome as text with a symbol (never colour alone). */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const { t } = useI18n();
  if (!isOutcome(outcome)) return <span className="badge">{outcome}</span>;
  return (
    <span className={`badge outcome-${outcome}`}>
      <span aria-hidden="true">{SYMBOL[outcome]} </span>
      {t(`import.outcome.${outcome}` as const)}
    </span>
  );
}
