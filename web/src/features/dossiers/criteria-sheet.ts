import { ApiError } from '../../api/http';
import type { CriteriaSheet, SheetCriterion } from '../../api/types';

/** Criterion code → chosen option index (0-based), as the API stores a score sheet. */
export type Answers = Readonly<Record<string, number>>;

export function sheetCriteria(sheet: CriteriaSheet): SheetCriterion[] {
  return sheet.parts.flatMap((part) => part.sections.flatMap((section) => section.criteria));
}

/** The option a criterion was answered with (its own key, or a case key such as "8.b"). */
export function chosenIndex(criterion: SheetCriterion, answers: Answers): number | undefined {
  const own = answers[criterion.code];
  if (own !== undefined) return own;
  for (const c of criterion.cases ?? []) {
    const value = answers[`${criterion.code}.${c.code}`];
    if (value !== undefined) return value;
  }
  return undefined;
}

export interface SheetProgress {
  /** Sum of the chosen options' points: the running total a single sheet is worth. */
  total: number;
  answered: number;
  count: number;
}

export function sheetProgress(sheet: CriteriaSheet, answers: Answers): SheetProgress {
  const criteria = sheetCriteria(sheet);
  let total = 0;
  let answered = 0;
  for (const criterion of criteria) {
    const index = chosenIndex(criterion, answers);
    const option = criterion.options.find((o) => o.index === index);
    if (!option) continue;
    answered += 1;
    total += option.points;
  }
  return { total: Math.round(total * 100) / 100, answered, count: criteria.length };
}

/** Field errors of a refused sheet by criterion code ("body.answers.1.1" → "1.1"). */
export function answerErrors(error: unknown): Record<string, string[]> {
  if (!(error instanceof ApiError)) return {};
  const byCode: Record<string, string[]> = {};
  for (const { field, message } of error.errors) {
    const match = /^body\.(?:selfAssessment\.)?answers\.(.+)$/.exec(field);
    if (!match?.[1]) continue;
    byCode[match[1]] = [...(byCode[match[1]] ?? []), message];
  }
  return byCode;
}
