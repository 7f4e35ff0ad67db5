import { useRef, useState } from 'react';
import {
  deleteYearlyFigures,
  fetchYearlyFigures,
  setYearlyFigures,
  type YearlyFigures,
} from '../../api/impact';
import type { Producer, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { type FieldErrorMap, fieldErrorsOf } from '../../lib/field-errors';
import { todayInVietnam } from '../../lib/format';
import { can } from '../../lib/permissions';
import { useFetch } from '../../lib/use-fetch';
import { FormProblem } from '../support/form-problem';
import { FIGURES_FORM_FIELDS, FiguresForm } from './figures-form';
import {
  emptyFiguresForm,
  type FiguresFormValues,
  figuresToForm,
  formToFigures,
  suggestedYear,
} from './figures-form-state';
import { FiguresTable } from './figures-table';
import '../../styles/support.css';

/** Key: `${producerId}|${version}` (the version reloads the list after a write). */
const loadFigures = (key: string, signal: AbortSignal) => fetchYearlyFigures(key.split('|')[0] ?? '', signal);

/**
 * A producer's yearly figures (revenue, profit, jobs) with the revenue growth of each year. The producer itself
 * and the officers of its province enter them; the server decides, and a refusal is said plainly.
 */
export function ProducerFiguresSection({ producer, user }: { producer: Producer; user: User }) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const state = useFetch(`${producer.id}|${version}`, loadFigures);
  // The last list shown stays on screen while a reload runs, so the table does not flash.
  const [items, setItems] = useState<YearlyFigures[] | null>(null);
  if (state.status === 'success' && state.data !== items) setItems(state.data);
  const canEnter = can(user.role, 'registry:write') && !producer.isArchived;

  return (
    <section className="panel section-gap" aria-labelledby="figures-heading" data-testid="producer-figures">
      <h2 id="figures-heading">{t('impact.figuresHeading')}</h2>
      <p className="muted">{t('impact.figuresIntro')}</p>
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {items === null && state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {items !== null &&
        (canEnter ? (
          <FiguresEditor producerId={producer.id} items={items} onChanged={() => setVersion((n) => n + 1)} />
        ) : (
          <FiguresTable items={items} actions={null} />
        ))}
    </section>
  );
}

interface FiguresEditorProps {
  producerId: string;
  items: readonly YearlyFigures[];
  onChanged: () => void;
}

function FiguresEditor({ producerId, items, onChanged }: FiguresEditorProps) {
  const { t } = useI18n();
  const currentYear = Number(todayInVietnam().slice(0, 4));
  const entered = items.map((f) => f.year);
  const [values, setValues] = useState<FiguresFormValues>(() =>
    emptyFiguresForm(suggestedYear(entered, currentYear)),
  );
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<FieldErrorMap>({});
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  async function run(action: () => Promise<string>) {
    setPending(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
      onChanged();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  function save() {
    const parsed = formToFigures(values);
    if (!parsed.ok) {
      setLocal(Object.fromEntries(parsed.invalid.map((field) => [field, [t(`impact.invalid.${field}`)]])));
      return;
    }
    setLocal({});
    void run(async () => {
      const saved = await setYearlyFigures(producerId, parsed.year, parsed.body);
      return t('impact.saved', { year: saved.year });
    });
  }

  function edit(figures: YearlyFigures) {
    setValues(figuresToForm(figures));
    setError(null);
    setLocal({});
    formRef.current?.querySelector<HTMLInputElement>('input[name="year"]')?.focus();
  }

  return (
    <>
      <FiguresTable
        items={items}
        actions={{
          onEdit: edit,
          onDelete: (year) => {
            setConfirming(null);
            void run(async () => {
              await deleteYearlyFigures(producerId, year);
              return t('impact.deleted', { year });
            });
          },
          confirming,
          onConfirming: setConfirming,
          pending,
        }}
      />
      {notice && (
        <p role="status" className="alert alert-success" data-testid="figures-notice">
          {notice}
        </p>
      )}
      <div ref={formRef}>
        <FiguresForm
          values={values}
          onChange={setValues}
          errors={{ ...fieldErrorsOf(error), ...local }}
          isReplacing={entered.includes(Number(values.year))}
          currentYear={currentYear}
          pending={pending}
          onSubmit={save}
        >
          <FormProblem error={error} shown={FIGURES_FORM_FIELDS} forbidden={t('impact.forbidden')} />
        </FiguresForm>
      </div>
    </>
  );
}
