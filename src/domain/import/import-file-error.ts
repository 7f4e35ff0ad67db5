// The one error a spreadsheet upload is refused with before any row is looked at. It is a DomainError with
// code IMPORT_INVALID_FILE (HTTP 400), so the error handler needs nothing new; `reason` lets the UI and the
// tests tell the cases apart without parsing the Vietnamese sentence.

import { DomainError } from '../errors.ts';

export type ImportFileErrorReason =
  | 'unsupported_type'
  | 'legacy_xls'
  | 'corrupt'
  | 'encoding'
  | 'empty'
  | 'too_many_rows';

export class ImportFileError extends DomainError {
  readonly reason: ImportFileErrorReason;

  constructor(reason: ImportFileErrorReason, detail: string) {
    super('IMPORT_INVALID_FILE', detail);
    this.name = 'ImportFileError';
    this.reason = reason;
  }
}

export const isImportFileError = (error: unknown): error is ImportFileError =>
  error instanceof ImportFileError;
