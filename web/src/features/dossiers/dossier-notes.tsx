import type { Dossier } from '../../api/types';
import { useI18n } from '../../i18n/i18n-context';
import { displayValue } from './form-draft';

/** What the producer still has to fill in before "Nộp hồ sơ" is accepted, in the interface's language. */
export function MissingList({ items }: { items: Dossier['missingItems'] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return null;
  return (
    <div className="alert alert-warning section-gap" data-testid="missing">
      <p>
        <strong>{t('dossier.missing', { count: items.length })}</strong>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.vi}>{language === 'en' ? item.en : item.vi}</li>
        ))}
      </ul>
    </div>
  );
}

/** Upgrade and re-evaluation dossiers: what changed since the previous dossier of the product. */
export function DossierChanges({ changes }: { changes: NonNullable<Dossier['changes']> }) {
  const { t } = useI18n();
  if (changes.forms.length === 0 && changes.answers.length === 0) return null;
  return (
    <section className="panel section-gap" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('changes.heading')}</h2>
      <div className="table-wrap full">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('changes.item')}</th>
              <th scope="col">{t('changes.before')}</th>
              <th scope="col">{t('changes.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.forms.map((change) => (
              <tr key={`${change.form}-${change.key}`}>
                <th scope="row" lang="vi">
                  {t('changes.formField', { form: change.form, label: change.label })}
                </th>
                <td>{displayValue(change.before)}</td>
                <td>{displayValue(change.after)}</td>
              </tr>
            ))}
            {changes.answers.map((change) => (
              <tr key={change.criterionCode}>
                <th scope="row">{t('changes.criterion', { code: change.criterionCode })}</th>
                <td>{change.before === null ? '—' : t('changes.option', { n: change.before + 1 })}</td>
                <td>{change.after === null ? '—' : t('changes.option', { n: change.after + 1 })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
