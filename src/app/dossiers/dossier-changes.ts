import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { type FieldChange, type FormValues, formChanges } from '../../domain/workflow/dossier-forms.ts';

export type AnswerChange = Readonly<{ criterionCode: string; before: number | null; after: number | null }>;

/** What an upgrade or re-evaluation dossier changed against the dossier it started from. */
export function dossierChanges(
  previous: DossierRow,
  current: DossierRow,
): { forms: FieldChange[]; answers: AnswerChange[] } {
  const forms = [
    ...formChanges('01', previous.form01 as FormValues, current.form01 as FormValues),
    ...formChanges('02', previous.form02 as FormValues, current.form02 as FormValues),
  ];
  const before = previous.selfAssessment?.answers ?? {};
  const after = current.selfAssessment?.answers ?? {};
  const codes = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort((a, b) =>
    a.localeCompare(b, 'vi', { numeric: true }),
  );
  const answers = codes
    .filter((code) => before[code] !== after[code])
    .map((code) => ({ criterionCode: code, before: before[code] ?? null, after: after[code] ?? null }));
  return { forms, answers };
}
