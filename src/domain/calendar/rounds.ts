// Default evaluation rounds of a year (Decision 26/2026/QĐ-TTg Art. 5; shared/docs/domain-rules.md §4.7).
// At least two rounds a year at each level; a province or the central council may add rounds in its rules,
// so these are the defaults an operator starts from, not the only rounds allowed.
//
// Province (3★, 4★): round 1 takes dossiers forwarded by communes by 30 Apr and decides by 30 Jun; round 2
// by 30 Oct and 30 Dec. Ministry (5★): round 1 takes provincial proposals by 30 Jul and decides by 30 Sep;
// round 2 by 30 Jan and 30 Mar. Every date of a round labelled year Y is in year Y, so the central round 2
// of Y (January–March) comes before its round 1 (July–September).

import type { FieldError } from '../errors.ts';
import { type IsoDate, parseIsoDate } from '../registry/calendar-date.ts';

export type EvaluationLevel = 'province' | 'central';

export type EvaluationRound = {
  readonly sequence: number;
  /** "Đợt 1 năm 2026". */
  readonly name: string;
  /** Last day for dossiers (province: forwarded by communes; central: proposed by provinces). */
  readonly intakeDeadline: IsoDate;
  /** Last day for the recognition decision. */
  readonly decisionDeadline: IsoDate;
};

/** Month-day of each default round, in sequence order. */
const DEFAULT_ROUND_DATES: Record<EvaluationLevel, readonly { intake: string; decision: string }[]> = {
  province: [
    { intake: '04-30', decision: '06-30' },
    { intake: '10-30', decision: '12-30' },
  ],
  central: [
    { intake: '07-30', decision: '09-30' },
    { intake: '01-30', decision: '03-30' },
  ],
};

/** The default rounds of `year` at `level`, in sequence order. */
export function defaultRounds(level: EvaluationLevel, year: number): EvaluationRound[] {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`defaultRounds: year must be an integer from 1900 to 9999, got ${year}`);
  }
  return DEFAULT_ROUND_DATES[level].map((dates, i) => ({
    sequence: i + 1,
    name: `Đợt ${i + 1} năm ${year}`,
    intakeDeadline: `${year}-${dates.intake}`,
    decisionDeadline: `${year}-${dates.decision}`,
  }));
}

/** Field errors of a round's dates (both real dates, intake no later than decision); empty when valid. */
export function checkRoundDates(round: { intakeDeadline: string; decisionDeadline: string }): FieldError[] {
  const errors: FieldError[] = [];
  const intake = parseIsoDate(round.intakeDeadline, 'Hạn nhận hồ sơ');
  const decision = parseIsoDate(round.decisionDeadline, 'Hạn ra quyết định');
  if (!intake.ok) errors.push({ field: 'intakeDeadline', message: intake.message });
  if (!decision.ok) errors.push({ field: 'decisionDeadline', message: decision.message });
  if (intake.ok && decision.ok && intake.value > decision.value) {
    errors.push({
      field: 'decisionDeadline',
      message: 'Hạn ra quyết định phải cùng ngày hoặc sau hạn nhận hồ sơ.',
    });
  }
  return errors;
}
