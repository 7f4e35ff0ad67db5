import type { Lang } from '../layout.ts';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 15/06/2029 in Vietnamese, 15 Jun 2029 in English. */
export function formatDate(lang: Lang, iso: string): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'vi') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** "tháng 10/2026" / "October 2026". */
export function formatMonth(lang: Lang, yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  if (lang === 'vi') return `Tháng ${Number(m)}/${y}`;
  const long = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return `${long} ${y}`;
}

export function formatRange(lang: Lang, from: string, to: string): string {
  return from === to ? formatDate(lang, from) : `${formatDate(lang, from)} – ${formatDate(lang, to)}`;
}

export const formatCount = (lang: Lang, n: number): string =>
  n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
