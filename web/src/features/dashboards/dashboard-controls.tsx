import { useId, useState } from 'react';
import { type DashboardWindow, reportUrl } from '../../api/programme';
import { TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { formatDate } from './programme-format';

interface PeriodFormProps {
  /** The window the server used (its defaults filled in). */
  window: DashboardWindow;
  onApply: (window: DashboardWindow) => void;
}

/** "As of" day for stock indicators and the from–to period for flows; applied on submit. */
export function PeriodForm({ window, onApply }: PeriodFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(window);
  const set = (patch: Partial<DashboardWindow>) => setDraft((previous) => ({ ...previous, ...patch }));
  return (
    <search aria-label={t('dash.periodLabel')}>
      <form
        className="filters period-form"
        data-testid="period-form"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(draft);
        }}
      >
        <TextField
          label={t('dash.asOf')}
          hint={t('dash.asOfHint')}
          type="date"
          name="asOf"
          value={draft.asOf}
          onChange={(asOf) => set({ asOf })}
        />
        <TextField
          label={t('dash.from')}
          hint={t('dash.fromHint')}
          type="date"
          name="from"
          value={draft.from}
          onChange={(from) => set({ from })}
        />
        <TextField
          label={t('dash.to')}
          type="date"
          name="to"
          value={draft.to}
          onChange={(to) => set({ to })}
        />
        <div className="filter-actions">
          <button type="submit" className="button-primary">
            {t('dash.apply')}
          </button>
        </div>
      </form>
    </search>
  );
}

/** "Theo đơn vị hành chính cũ": reloads the dashboard with units=pre2025 at once. */
export function UnitsToggle({
  isPre2025,
  onChange,
}: {
  isPre2025: boolean;
  onChange: (next: boolean) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field field-check units-toggle">
      <input
        id={id}
        type="checkbox"
        checked={isPre2025}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <label htmlFor={id}>{t('dash.pre2025Toggle')}</label>
      <span id={`${id}-hint`} className="hint">
        {t('dash.pre2025Hint')}
      </span>
    </div>
  );
}

/** The Excel and PDF reports of the same scope and period, as download links (the session cookie goes along). */
export function ReportLinks({
  provinceCode,
  window,
}: {
  provinceCode: string | null;
  window: DashboardWindow;
}) {
  const { t } = useI18n();
  return (
    <div className="export-links report-links">
      <a
        className="button-link"
        href={reportUrl('xlsx', provinceCode, window)}
        download
        data-testid="report-xlsx"
      >
        {t('dash.reportXlsx')}
      </a>
      <a
        className="button-link button-link-outline"
        href={reportUrl('pdf', provinceCode, window)}
        download
        data-testid="report-pdf"
      >
        {t('dash.reportPdf')}
      </a>
    </div>
  );
}

/** "Sản phẩm còn hiệu lực tại ngày …; các chỉ số trong kỳ từ … đến …". */
export function WindowNote({ window }: { window: DashboardWindow }) {
  const { t } = useI18n();
  return (
    <p className="lead" data-testid="window-note">
      {t('dash.windowNote', {
        asOf: formatDate(window.asOf),
        from: formatDate(window.from),
        to: formatDate(window.to),
      })}
    </p>
  );
}
