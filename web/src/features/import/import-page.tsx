import { useState } from 'react';
import type { ImportBatch, User } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-context';
import { navigate, routeHref } from '../shell/use-hash-route';
import { CommitStep } from './commit-step';
import { type WizardStep, wizardStep } from './import-state';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { UploadStep } from './upload-step';
import { useImportBatch } from './use-import-batch';

const STEPS = ['upload', 'mapping', 'preview', 'commit'] as const;

/** #/import (new file) or #/import/{id} (resume a batch): upload → mapping → preview → commit. */
export function ImportPage({ batchId, user }: { batchId: string | null; user: User }) {
  const { t } = useI18n();
  const { batch, loading, error, update } = useImportBatch(batchId);
  // null: the step follows the batch status; true/false: the user opened or saved the mapping.
  const [mappingOpen, setMappingOpen] = useState<boolean | null>(null);
  const step = wizardStep(batch, mappingOpen);
  const onUploaded = (uploaded: ImportBatch) => {
    update(uploaded);
    navigate('import', uploaded.id);
  };

  return (
    <>
      <h1>{t('import.heading')}</h1>
      <p className="lead">{t('import.intro')}</p>
      <StepList current={step} />
      {batch && (
        <p className="muted" data-testid="import-file">
          {t('import.fileInfo', { name: batch.fileName, rows: batch.rowCount })}
        </p>
      )}
      {error !== null && <ErrorAlert error={error} />}
      {loading && <p role="status">{t('app.loading')}</p>}
      {batchId === null && <UploadStep onUploaded={onUploaded} />}
      {batch && step === 'mapping' && (
        <MappingStep
          batch={batch}
          user={user}
          onSaved={(saved) => {
            update(saved);
            setMappingOpen(false);
          }}
        />
      )}
      {batch && step === 'preview' && (
        <PreviewStep
          batch={batch}
          onBatch={(next) => {
            update(next);
            setMappingOpen(null);
          }}
          onEditMapping={() => setMappingOpen(true)}
        />
      )}
      {batch && step === 'commit' && <CommitStep batch={batch} />}
      {batch && step === 'failed' && (
        <section className="panel">
          <p role="alert" className="alert alert-error">
            {batch.error ?? t('import.failed')}
          </p>
          <p className="form-actions">
            <button type="button" className="button-outline" onClick={() => setMappingOpen(true)}>
              {t('import.editMapping')}
            </button>
            <a className="button-link button-link-outline" href={routeHref('import')}>
              {t('import.another')}
            </a>
          </p>
        </section>
      )}
    </>
  );
}

function StepList({ current }: { current: WizardStep }) {
  const { t } = useI18n();
  const active = current === 'failed' ? -1 : STEPS.indexOf(current);
  return (
    <ol className="steps" aria-label={t('import.stepsLabel')}>
      {STEPS.map((step, index) => (
        <li
          key={step}
          aria-current={index === active ? 'step' : undefined}
          className={index < active ? 'done' : index === active ? 'current' : undefined}
        >
          <span className="step-number" aria-hidden="true">
            {index + 1}
          </span>{' '}
          {t(`import.step.${step}` as const)}
        </li>
      ))}
    </ol>
  );
}
