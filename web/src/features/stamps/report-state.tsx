import type { MisuseReportState } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';

export const REPORT_STATES: readonly MisuseReportState[] = ['new', 'investigating', 'closed'];

/** The states a report may move to (new → investigating → closed, or new → closed; closed is final). */
export const NEXT_REPORT_STATES: Readonly<Record<MisuseReportState, readonly MisuseReportState[]>> = {
  new: ['investigating', 'closed'],
  investigating: ['closed'],
  closed: [],
};

export function ReportStateBadge({ state }: { state: MisuseReportState }) {
  const { t } = useI18n();
  return (
    <span className={`badge report-${state}`} data-testid="report-state">
      {t(`reports.state.${state}`)}
    </span>
  );
}
