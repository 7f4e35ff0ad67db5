import type {
  ImportBatch,
  ImportFieldInfo,
  ImportMapping,
  ImportOutcome,
  ImportStatus,
  ImportSummary,
} from '../../api/types';

// Pure helpers of the import wizard (docs/CONTRACTS.md "Imports").

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const POLL_INTERVAL_MS = 500;

export type FileProblem = 'type' | 'size' | 'empty';

/** Checked before uploading; the server checks again (400/413). */
export function checkImportFile(file: { name: string; size: number }): FileProblem | null {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_IMPORT_BYTES) return 'size';
  return null;
}

export const isRunning = (status: ImportStatus): boolean =>
  status === 'previewing' || status === 'committing';

/** 0–100, rounded down; 0 without progress or total. */
export function progressPercent(progress: { done: number; total: number } | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

export type WizardStep = 'upload' | 'mapping' | 'preview' | 'commit' | 'failed';

/** Which step to show: `mappingOpen` is the user's explicit choice (null = decided by the status). */
export function wizardStep(
  batch: Pick<ImportBatch, 'status'> | null,
  mappingOpen: boolean | null,
): WizardStep {
  if (batch === null) return 'upload';
  if (mappingOpen === true) return 'mapping';
  switch (batch.status) {
    case 'uploaded':
      return mappingOpen === false ? 'preview' : 'mapping';
    case 'previewing':
    case 'previewed':
      return 'preview';
    case 'committing':
    case 'committed':
      return 'commit';
    case 'failed':
      return 'failed';
  }
}

/** Column index → field ("" = not imported), from the batch's field → column mapping. */
export type ColumnTargets = Readonly<Record<number, string>>;

export function columnTargets(batch: Pick<ImportBatch, 'columns' | 'mapping'>): ColumnTargets {
  const targets: Record<number, string> = {};
  for (const column of batch.columns) targets[column.index] = '';
  for (const [field, index] of Object.entries(batch.mapping)) {
    if (index !== null && index in targets) targets[index] = field;
  }
  return targets;
}

/** Puts `field` on one column; a field is imported from one column only, so another column loses it. */
export function assignColumn(targets: ColumnTargets, index: number, field: string): ColumnTargets {
  const next: Record<number, string> = { ...targets };
  if (field !== '') {
    for (const key of Object.keys(next)) if (next[Number(key)] === field) next[Number(key)] = '';
  }
  next[index] = field;
  return next;
}

/** The PUT body's mapping: every known field, with its column or null. */
export function mappingFromTargets(
  fields: readonly ImportFieldInfo[],
  targets: ColumnTargets,
): ImportMapping {
  const mapping: ImportMapping = {};
  for (const { field } of fields) mapping[field] = null;
  for (const [index, field] of Object.entries(targets)) if (field !== '') mapping[field] = Number(index);
  return mapping;
}

/** Required fields without a column (a default province stands in for the province column). */
export function missingRequired(
  fields: readonly ImportFieldInfo[],
  targets: ColumnTargets,
  defaultProvinceCode: string,
): ImportFieldInfo[] {
  const mapped = new Set(Object.values(targets));
  return fields.filter(
    (f) => f.required && !mapped.has(f.field) && !(f.field === 'province' && defaultProvinceCode !== ''),
  );
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export const OUTCOMES: readonly ImportOutcome[] = [
  'create',
  'update',
  'unchanged',
  'error',
  'needs_choice',
  'duplicate_in_file',
];

const SUMMARY_KEY: Record<ImportOutcome, keyof ImportSummary> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  error: 'error',
  needs_choice: 'needsChoice',
  duplicate_in_file: 'duplicateInFile',
};

export const outcomeCount = (summary: ImportSummary, outcome: ImportOutcome): number =>
  summary[SUMMARY_KEY[outcome]];

export function isOutcome(value: string): value is ImportOutcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

/** Resolutions still pointing at a commune (the select's empty choice removes one). */
export function setResolution(
  resolutions: Readonly<Record<string, string>>,
  rowNumber: number,
  communeCode: string,
): Record<string, string> {
  const next = { ...resolutions };
  if (communeCode === '') delete next[String(rowNumber)];
  else next[String(rowNumber)] = communeCode;
  return next;
}
