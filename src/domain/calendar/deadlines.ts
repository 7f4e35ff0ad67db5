// Processing deadlines of Decision 26/2026/QĐ-TTg (shared/docs/domain-rules.md §4.9, §4.10).

import type { IsoDate } from '../registry/calendar-date.ts';
import type { HolidayCalendar } from './holiday-calendar.ts';
import { addWorkingDays, dueAfterCalendarDays } from './working-days.ts';

/** Art. 7(2): the commune checks, assesses and forwards a dossier within 15 working days. */
export const COMMUNE_REVIEW_WORKING_DAYS = 15;

/** Art. 7(6): a re-evaluation is completed within 45 (calendar) days of a complete dossier. */
export const RE_EVALUATION_DAYS = 45;

/** Art. 8: a revocation is decided within 15 (calendar) days of the violation conclusion. */
export const REVOCATION_DAYS = 15;

/** Last day for the commune to forward a dossier received on `receivedOn` (the day of receipt not counted). */
export const communeReviewDueDate = (calendar: HolidayCalendar, receivedOn: IsoDate): IsoDate =>
  addWorkingDays(calendar, receivedOn, COMMUNE_REVIEW_WORKING_DAYS);

/** Last day to complete a re-evaluation whose dossier became complete on `completeOn`. */
export const reEvaluationDueDate = (calendar: HolidayCalendar, completeOn: IsoDate): IsoDate =>
  dueAfterCalendarDays(calendar, completeOn, RE_EVALUATION_DAYS);

/** Last day to decide a revocation after the violation conclusion (or stop confirmation) of `concludedOn`. */
export const revocationDueDate = (calendar: HolidayCalendar, concludedOn: IsoDate): IsoDate =>
  dueAfterCalendarDays(calendar, concludedOn, REVOCATION_DAYS);
