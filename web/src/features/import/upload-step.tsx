import { useId, useRef, useState } from 'react';
import { uploadImport } from '../../api/imports';
import type { ImportBatch } from '../../api/types';
import type { UploadProgress } from '../../api/upload';
import { ErrorAlert } from '../../components/error-alert';
import { ProgressBar } from '../../components/progress-bar';
import { useI18n } from '../../i18n/i18n-context';
import { checkImportFile, type FileProblem } from './import-state';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Step 1: pick a .xlsx/.csv file and upload it (raw body, XHR upload progress). */
export function UploadStep({ onUploaded }: { onUploaded: (batch: ImportBatch) => void }) {
  const { t } = useI18n();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FileProblem | 'missing' | null>(null);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function upload() {
    if (file === null) {
      setProblem('missing');
      inputRef.current?.focus();
      return;
    }
    const found = checkImportFile(file);
    setProblem(found);
    if (found !== null) return;
    setError(null);
    setProgress({ loaded: 0, total: file.size });
    try {
      onUploaded(await uploadImport(file, setProgress));
    } catch (caught) {
      setError(caught);
      setProgress(null);
    }
  }

  const percent = progress && progress.total > 0 ? Math.floor((progress.loaded / progress.total) * 100) : 0;
  return (
    <form
      className="panel"
      data-testid="import-upload"
      onSubmit={(event) => {
        event.preventDefault();
        void upload();
      }}
    >
      <h2>{t('import.step.upload')}</h2>
      <p className="hint">{t('import.uploadIntro')}</p>
      <div className={`field${problem ? ' field-invalid' : ''}`}>
        <label htmlFor={`${id}-file`}>{t('import.fileLabel')}</label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          name="file"
          type="file"
          accept={ACCEPT}
          aria-describedby={`${id}-hint${problem ? ` ${id}-problem` : ''}`}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
          }}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('import.fileHint')}
        </p>
        {problem && (
          <p className="field-error" id={`${id}-problem`} role="alert">
            {t(`import.fileProblem.${problem}` as const)}
          </p>
        )}
      </div>
      {progress && (
        <ProgressBar
          label={t('import.uploading', { name: file?.name ?? '' })}
          value={progress.loaded}
          max={progress.total}
          text={`${percent}%`}
          testId="upload-progress"
        />
      )}
      {error !== null && <ErrorAlert error={error} />}
      <button type="submit" className="button-primary" disabled={progress !== null}>
        {t('import.upload')}
      </button>
    </form>
  );
}
