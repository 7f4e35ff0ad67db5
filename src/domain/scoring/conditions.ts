// Conditional criteria. The 26/2026 data mark them only in a note ("Chỉ áp dụng khi có câu chuyện sản
// phẩm" on 5.2), so this is the one place that reads such a note: "Chỉ áp dụng khi có X" means the
// criterion counts only on a sheet where the nearest earlier criterion named X scores more than 0.
// A data file may instead state the condition itself (`appliesWhen`), which then wins.
import type { AppliesWhen, Criterion } from './types.ts';

const ONLY_WHEN = /Chỉ áp dụng khi có ([^.;:()]+)/u;

export type ConditionReading =
  | { kind: 'none' }
  | { kind: 'condition'; appliesWhen: AppliesWhen }
  | { kind: 'unresolved'; subject: string };

const fold = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase('vi');

/** Reads the condition in `note`, resolving its subject among `earlier` criteria (sheet order). */
export function readCondition(note: string | undefined, earlier: readonly Criterion[]): ConditionReading {
  const match = note ? ONLY_WHEN.exec(note.normalize('NFC')) : null;
  const subject = match?.[1]?.trim();
  if (!match || !subject) return { kind: 'none' };
  const wanted = fold(subject);
  const target = [...earlier].reverse().find((c) => fold(c.name) === wanted);
  if (!target) return { kind: 'unresolved', subject };
  return { kind: 'condition', appliesWhen: { criterionCode: target.code, reason: match[0].trim() } };
}
