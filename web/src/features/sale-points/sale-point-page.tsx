import { useState } from 'react';
import { createSalePoint, deleteSalePoint, fetchSalePoint, updateSalePoint } from '../../api/sale-points';
import type { SalePoint, User } from '../../api/types';
import { ConfirmDelete } from '../../components/confirm-delete';
import { ErrorAlert } from '../../components/error-alert';
import { FieldMessages } from '../../components/field-messages';
import { PublicLink } from '../../components/public-link';
import { type TranslateFn, useI18n } from '../../i18n/i18n-context';
import { type FieldErrorMap, fieldErrorsOf, unplacedErrors } from '../../lib/field-errors';
import { can, scopeOf } from '../../lib/permissions';
import { salePointPageHref } from '../../lib/public-links';
import { useEditableFetch } from '../../lib/use-editable-fetch';
import { navigate, navigateWithQuery, routeHref, useHashQuery } from '../shell/use-hash-route';
import { SALE_POINT_FORM_FIELDS, SalePointForm } from './sale-point-form';
import {
  emptySalePointForm,
  formToSalePointBody,
  parseCoordinate,
  type SalePointFormValues,
  salePointToForm,
} from './sale-point-form-state';

const loadSalePoint = (id: string, signal: AbortSignal) => fetchSalePoint(id, signal);

/** Coordinates the browser can already tell are not numbers (JSON would send them as null). */
function localErrors(values: SalePointFormValues, t: TranslateFn): FieldErrorMap {
  const errors: Record<string, string[]> = {};
  for (const field of ['lat', 'lon'] as const) {
    if (Number.isNaN(parseCoordinate(values[field]))) errors[field] = [t('salePoints.coordinateInvalid')];
  }
  return errors;
}

interface SaveState {
  error: unknown;
  local: FieldErrorMap;
  pending: boolean;
}

function useSave(run: (values: SalePointFormValues) => Promise<void>) {
  const { t } = useI18n();
  const [state, setState] = useState<SaveState>({ error: null, local: {}, pending: false });
  async function save(values: SalePointFormValues) {
    const local = localErrors(values, t);
    if (Object.keys(local).length > 0) {
      setState({ error: null, local, pending: false });
      return;
    }
    setState({ error: null, local: {}, pending: true });
    try {
      await run(values);
      setState({ error: null, local: {}, pending: false });
    } catch (caught) {
      setState({ error: caught, local: {}, pending: false });
    }
  }
  const errors = { ...fieldErrorsOf(state.error), ...state.local };
  return { save, errors, error: state.error, pending: state.pending };
}

/** #/sale-points/new: records a sale point, then opens it. */
export function SalePointCreatePage({ user }: { user: User }) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => emptySalePointForm(scopeOf(user)));
  const { save, errors, error, pending } = useSave(async (current) => {
    const created = await createSalePoint(formToSalePointBody(current));
    navigateWithQuery(['sale-points', created.id], { created: '1' });
  });
  if (!can(user.role, 'trade-promotion:manage')) {
    return <p className="alert alert-warning">{t('salePoints.cannotManage')}</p>;
  }
  return (
    <>
      <p>
        <a href={routeHref('sale-points')}>{t('salePoints.backToList')}</a>
      </p>
      <h1>{t('salePoints.createHeading')}</h1>
      <SalePointForm
        testId="sale-point-form"
        values={values}
        onChange={setValues}
        errors={errors}
        scope={scopeOf(user)}
        onSubmit={() => void save(values)}
      >
        <FormFooter error={error} errors={errors} pending={pending} submitLabel={t('salePoints.create')} />
      </SalePointForm>
    </>
  );
}

/** #/sale-points/{id}: the sale point's form, its public page, and deleting one entered by mistake. */
export function SalePointPage({ id, user }: { id: string; user: User }) {
  const { t } = useI18n();
  const created = useHashQuery().created === '1';
  const [state, replace] = useEditableFetch(id, loadSalePoint);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <>
      <p>
        <a href={routeHref('sale-points')}>{t('salePoints.backToList')}</a>
      </p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && <ErrorAlert error={state.error} />}
      {state.status === 'success' && (
        <SalePointEditor
          key={state.data.updatedAt}
          point={state.data}
          user={user}
          notice={notice ?? (created ? t('salePoints.created') : null)}
          onSaved={(point) => {
            replace(point);
            setNotice(t('common.saved'));
          }}
        />
      )}
    </>
  );
}

interface SalePointEditorProps {
  point: SalePoint;
  user: User;
  notice: string | null;
  onSaved: (point: SalePoint) => void;
}

function SalePointEditor({ point, user, notice, onSaved }: SalePointEditorProps) {
  const { t } = useI18n();
  const [values, setValues] = useState(() => salePointToForm(point));
  const { save, errors, error, pending } = useSave(async (current) => {
    onSaved(await updateSalePoint(point.id, formToSalePointBody(current)));
  });
  const manage = can(user.role, 'trade-promotion:manage');

  return (
    <>
      <div className="page-heading">
        <h1>{point.name}</h1>
        {point.isActive ? (
          <PublicLink href={salePointPageHref(point.slug)} className="button-link button-link-outline">
            {t('salePoints.publicPage')}
          </PublicLink>
        ) : (
          <span className="badge badge-muted">{t('salePoints.activeNo')}</span>
        )}
      </div>
      {notice && (
        <p role="status" className="alert alert-success" data-testid="notice">
          {notice}
        </p>
      )}
      {manage ? (
        <SalePointForm
          testId="sale-point-form"
          values={values}
          onChange={setValues}
          errors={errors}
          scope={scopeOf(user)}
          onSubmit={() => void save(values)}
        >
          <FormFooter error={error} errors={errors} pending={pending} submitLabel={t('common.save')} />
        </SalePointForm>
      ) : (
        <p className="muted">{t('salePoints.readOnly')}</p>
      )}
      {manage && <DeleteSalePoint point={point} />}
    </>
  );
}

interface FormFooterProps {
  error: unknown;
  errors: FieldErrorMap;
  pending: boolean;
  submitLabel: string;
}

function FormFooter({ error, errors, pending, submitLabel }: FormFooterProps) {
  const unplaced = unplacedErrors(errors, SALE_POINT_FORM_FIELDS);
  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <FieldMessages messages={unplaced} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending} aria-busy={pending}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}

/** Deleting is for a record entered by mistake; it asks first (a closed sale point is set inactive). */
function DeleteSalePoint({ point }: { point: SalePoint }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  async function remove() {
    setPending(true);
    setError(null);
    try {
      await deleteSalePoint(point.id);
      navigate('sale-points');
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <section className="panel section-gap" aria-labelledby="delete-sale-point-heading">
      <h2 id="delete-sale-point-heading">{t('salePoints.deleteHeading')}</h2>
      <p className="muted">{t('salePoints.deleteIntro')}</p>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <ConfirmDelete
          label={t('salePoints.delete')}
          confirmLabel={t('salePoints.deleteConfirm', { name: point.name })}
          asking={asking}
          onAskingChange={setAsking}
          pending={pending}
          onConfirm={() => void remove()}
        />
      </div>
    </section>
  );
}
