import { useState } from 'react';
import { uploadEvidence } from '../../api/evidence';
import type { Evidence, EvidenceType } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FieldShell, SelectField, TextField } from '../../components/form-field';
import { useI18n } from '../../i18n/i18n-context';
import { fieldErrorsOf } from '../../lib/field-errors';
import { EVIDENCE_TYPES, evidenceTypeLabel } from './evidence-types';

interface EvidenceUploadFormProps {
  producerId: string;
  /** Called with the stored document (an identical file returns the one already in the wallet). */
  onUploaded: (evidence: Evidence, criterionCode: string) => Promise<void>;
}

/** Uploads a document into the producer's wallet with its type, title and validity, then attaches it. */
export function EvidenceUploadForm({ producerId, onUploaded }: EvidenceUploadFormProps) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [type, setType] = useState<EvidenceType | ''>('');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [issuer, setIssuer] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [criterionCode, setCriterionCode] = useState('');
  const [formKey, setFormKey] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const errors = fieldErrorsOf(error);

  async function submit() {
    if (!file || type === '') return;
    setPending(true);
    setError(null);
    try {
      const evidence = await uploadEvidence(producerId, file, {
        type,
        title: title.trim(),
        number: number.trim() || undefined,
        issuer: issuer.trim() || undefined,
        validFrom: validFrom || undefined,
        validTo: validTo || undefined,
      });
      await onUploaded(evidence, criterionCode.trim());
      setFile(null);
      setType('');
      setTitle('');
      setNumber('');
      setIssuer('');
      setValidFrom('');
      setValidTo('');
      setCriterionCode('');
      setFormKey((key) => key + 1);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      key={formKey}
      className="record-form"
      data-testid="evidence-upload"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('evidence.upload')}</legend>
        <div className="form-grid">
          <FieldShell
            label={t('evidence.file')}
            hint={t('evidence.fileHint')}
            required
            className="field-wide"
          >
            {(control) => (
              <input
                {...control}
                type="file"
                name="file"
                accept=".pdf,.jpg,.jpeg,.png,.doc,.docx,.xls,.xlsx"
                onChange={(event) => setFile(event.target.files?.[0] ?? null)}
              />
            )}
          </FieldShell>
          <SelectField
            label={t('evidence.type')}
            name="type"
            required
            value={type}
            onChange={(value) => setType(value as EvidenceType | '')}
            emptyLabel={t('common.choose')}
            options={EVIDENCE_TYPES.map((value) => ({ value, label: evidenceTypeLabel(t, value, value) }))}
            errors={errors.type}
          />
          <TextField
            label={t('evidence.title')}
            name="title"
            required
            value={title}
            onChange={setTitle}
            errors={errors.title}
          />
          <TextField label={t('evidence.number')} name="number" value={number} onChange={setNumber} />
          <TextField label={t('evidence.issuer')} name="issuer" value={issuer} onChange={setIssuer} />
          <TextField
            label={t('evidence.validFrom')}
            type="date"
            name="validFrom"
            value={validFrom}
            onChange={setValidFrom}
            errors={errors.validFrom}
          />
          <TextField
            label={t('evidence.validTo')}
            hint={t('evidence.validToHint')}
            type="date"
            name="validTo"
            value={validTo}
            onChange={setValidTo}
            errors={errors.validTo}
          />
          <TextField
            label={t('evidence.criterion')}
            hint={t('evidence.criterionHint')}
            name="criterionCode"
            value={criterionCode}
            onChange={setCriterionCode}
          />
        </div>
      </fieldset>
      {error !== null && <ErrorAlert error={error} />}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={pending}>
          {t('evidence.uploadSubmit')}
        </button>
      </div>
    </form>
  );
}
