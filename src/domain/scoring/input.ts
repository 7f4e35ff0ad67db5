// Shape checks for an evaluation read from JSON (the CLI; the HTTP layer validates with zod first).
// Values (codes, option indexes, gate ids) are checked against the criteria by the engine.
import type { FieldError } from '../errors.ts';
import { DomainError } from '../errors.ts';
import type { EvaluationInput, ScoreSheet } from './evaluation-types.ts';

/** One VALIDATION_FAILED DomainError carrying every field error (the first one in its detail). */
export function validationError(errors: [FieldError, ...FieldError[]]): DomainError {
  const [first] = errors;
  const more = errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : '';
  return new DomainError('VALIDATION_FAILED', `${first.field}: ${first.message}${more}`, {
    fieldErrors: errors,
  });
}

/** Throws validationError(errors) when there is at least one. */
export function throwIfInvalid(errors: FieldError[]): void {
  const [first, ...rest] = errors;
  if (first) throw validationError([first, ...rest]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseSheet(raw: unknown, field: string, errors: FieldError[]): ScoreSheet {
  if (!isRecord(raw)) {
    errors.push({ field, message: 'Phiếu chấm phải là một đối tượng { "answers": { … } }' });
    return { answers: {} };
  }
  const answers = raw.answers ?? {};
  if (!isRecord(answers)) {
    errors.push({
      field: `${field}.answers`,
      message: 'Câu trả lời phải là đối tượng { "mã tiêu chí": chỉ số phương án }',
    });
  }
  const sheet: ScoreSheet = { answers: isRecord(answers) ? (answers as Record<string, number>) : {} };
  if (raw.gates !== undefined) {
    if (Array.isArray(raw.gates) && raw.gates.every((g) => typeof g === 'string')) sheet.gates = raw.gates;
    else errors.push({ field: `${field}.gates`, message: 'Điều kiện loại phải là danh sách mã (chuỗi)' });
  }
  return sheet;
}

/** Checks the shape of one evaluation `{ criteriaSetId?, productSetId, sheets: [{ answers, gates? }] }`. */
export function parseEvaluationInput(raw: unknown): EvaluationInput {
  const errors: FieldError[] = [];
  if (!isRecord(raw)) {
    throw validationError([
      { field: '$', message: 'Dữ liệu chấm điểm phải là đối tượng { "productSetId", "sheets" }' },
    ]);
  }
  if (typeof raw.productSetId !== 'number' || !Number.isInteger(raw.productSetId)) {
    errors.push({ field: 'productSetId', message: 'Mã bộ sản phẩm phải là số nguyên (1–26)' });
  }
  if (raw.criteriaSetId !== undefined && typeof raw.criteriaSetId !== 'string') {
    errors.push({ field: 'criteriaSetId', message: 'Mã bộ tiêu chí phải là chuỗi, ví dụ "26/2026/QĐ-TTg"' });
  }
  let sheets: ScoreSheet[] = [];
  if (Array.isArray(raw.sheets)) sheets = raw.sheets.map((s, i) => parseSheet(s, `sheets[${i}]`, errors));
  else errors.push({ field: 'sheets', message: 'Cần danh sách phiếu chấm "sheets"' });
  throwIfInvalid(errors);
  const input: EvaluationInput = { productSetId: raw.productSetId as number, sheets };
  if (typeof raw.criteriaSetId === 'string') input.criteriaSetId = raw.criteriaSetId;
  return input;
}
