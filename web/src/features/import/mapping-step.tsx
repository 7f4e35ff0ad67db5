import { useState } from 'react';
import { saveImportMapping } from '../../api/imports';
import type { ImportBatch, User } from '../../api/types';
import { CommunePicker } from '../../components/commune-picker';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { importFieldLabel } from './field-label';
import {
  assignColumn,
  columnLetter,
  columnTargets,
  mappingFromTargets,
  missingRequired,
} from './import-state';

interface MappingStepProps {
  batch: ImportBatch;
  user: User;
  onSaved: (batch: ImportBatch) => void;
}

/** Step 2: every detected column with the field it is imported into (pre-selected from the server's guess). */
export function MappingStep({ batch, user, onSaved }: MappingStepProps) {
  const { t } = useI18n();
  const [targets, setTargets] = useState(() => columnTargets(batch));
  const [defaultProvince, setDefaultProvince] = useState(
    batch.defaultProvinceCode ?? user.provinceCode ?? '',
  );
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const missing = missingRequired(batch.fields, targets, defaultProvince);
  const provinceMapped = Object.values(targets).includes('province');

  async function save() {
    setPending(true);
    setError(null);
    try {
      const mapping = mappingFromTargets(batch.fields, targets);
      onSaved(await saveImportMapping(batch.id, { mapping, defaultProvinceCode: defaultProvince || null }));
    } catch (caught) {
      setError(caught);
      setPending(false);
    }
  }

  return (
    <form
      className="panel"
      data-testid="import-mapping"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2>{t('import.step.mapping')}</h2>
      <p className="hint">{t('import.mappingIntro', { name: batch.fileName, rows: batch.rowCount })}</p>
      <div className="table-wrap full">
        <table data-testid="mapping-table">
          <caption>{t('import.mappingCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.header')}</th>
              <th scope="col">{t('import.field')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.columns.map((column) => {
              const selectId = `mapping-${column.index}`;
              return (
                <tr key={column.index} data-testid="mapping-row">
                  <td className="code">{columnLetter(column.index)}</td>
                  <th scope="row">
                    <label htmlFor={selectId}>{column.header || t('import.noHeader')}</label>
                  </th>
                  <td>
                    <select
                      id={selectId}
                      value={targets[column.index] ?? ''}
                      onChange={(event) =>
                        setTargets(assignColumn(targets, column.index, event.target.value))
                      }
                    >
                      <option value="">{t('import.ignoreColumn')}</option>
                      {batch.fields.map((field) => (
                        <option key={field.field} value={field.field}>
                          {importFieldLabel(t, field.field, field.label)}
                          {field.required ? ' *' : ''}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="form-grid section-gap">
        <CommunePicker
          mode="filter"
          provinceOnly
          scope={{ provinceCode: null, communeCode: null }}
          value={{ provinceCode: defaultProvince, communeCode: '' }}
          onChange={(unit) => setDefaultProvince(unit.provinceCode)}
          provinceLabel={t('import.defaultProvince')}
          provinceHint={provinceMapped ? t('import.defaultProvinceHint') : t('import.defaultProvinceNeeded')}
          emptyLabel={t('import.noDefaultProvince')}
        />
      </div>
      {missing.length > 0 && (
        <p className="alert alert-warning" data-testid="mapping-missing">
          {t('import.missingRequired', {
            fields: missing.map((f) => importFieldLabel(t, f.field, f.label)).join(', '),
          })}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('import.saveMapping')}
        </button>
      </div>
    </form>
  );
}
