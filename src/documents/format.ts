// Vietnamese formatting of dates and numbers for printed documents.
import type { CouncilRole, EvaluationLevel, IsoDate, IsoDateTime } from './types.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function dateParts(date: IsoDate): [number, number, number] {
  const m = ISO_DATE.exec(date);
  if (m === null) throw new RangeError(`Expected a 'YYYY-MM-DD' date, got "${date}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * "ngày 05 tháng 02 năm 2026": Decree 30/2020/NĐ-CP writes days below 10 and the months 1 and 2 with a
 * leading zero (so nobody can add a digit), other numbers as they are ("ngày 12 tháng 6 năm 2026").
 */
export function formatLongDate(date: IsoDate): string {
  const [y, m, d] = dateParts(date);
  const month = m < 3 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "12/06/2026". */
export function formatShortDate(date: IsoDate): string {
  const [y, m, d] = dateParts(date);
  return `${pad2(d)}/${pad2(m)}/${y}`;
}

/** "Tuyên Quang, ngày 12 tháng 6 năm 2026". */
export const formatPlaceDate = (place: string, date: IsoDate): string => `${place}, ${formatLongDate(date)}`;

/** Wall-clock time in Vietnam (UTC+7, no daylight saving), as a Date read through its UTC getters. */
function vietnamClock(instant: IsoDateTime): Date {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Expected an ISO 8601 instant, got "${instant}"`);
  return new Date(ms + VIETNAM_OFFSET_MS);
}

/** The civil date in Vietnam at that instant. */
export const vietnamDateOf = (instant: IsoDateTime): IsoDate =>
  vietnamClock(instant).toISOString().slice(0, 10);

/** "09:15:30 ngày 12/06/2026", Vietnam time. */
export function formatDateTime(instant: IsoDateTime): string {
  const local = vietnamClock(instant);
  const time = `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`;
  return `${time} ngày ${formatShortDate(vietnamDateOf(instant))}`;
}

const fixed2 = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upTo2 = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const fixed1 = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A total or a mean, always two decimals: "87,50". */
export const formatScore = (value: number): string => fixed2.format(value);

/** Criterion points, decimals only when there are some: "3", "1,5". */
export const formatPoints = (value: number): string => upTo2.format(value);

/** "85,7%". */
export const formatPercent = (value: number): string => `${fixed1.format(value)}%`;

export const levelLabel = (level: EvaluationLevel): string =>
  level === 'province' ? 'Cấp tỉnh' : 'Cấp trung ương';

export const levelLabelEn = (level: EvaluationLevel): string =>
  level === 'province' ? 'Provincial level' : 'Central level';

const ROLE_LABELS: Record<CouncilRole, [string, string]> = {
  chair: ['Chủ tịch Hội đồng', 'Council chair'],
  member: ['Thành viên Hội đồng', 'Council member'],
  secretary: ['Thư ký Hội đồng', 'Council secretary'],
};

/** [Vietnamese, English] label of a council role. */
export const roleLabel = (role: CouncilRole): [string, string] => ROLE_LABELS[role];
