import type { Language } from '../i18n/translate';

const locale = (language: Language) => (language === 'vi' ? 'vi-VN' : 'en-GB');

/** A count as people read it: "50.000" / "50,000". */
export const formatCount = (value: number, language: Language): string =>
  value.toLocaleString(locale(language));

/** An amount of đồng: "1.500.000 ₫" / "₫1,500,000". */
export const formatVnd = (value: number, language: Language): string =>
  new Intl.NumberFormat(locale(language), { style: 'currency', currency: 'VND' }).format(value);

/** Today in Việt Nam's calendar as YYYY-MM-DD (what the server compares event and batch dates with). */
export const todayInVietnam = (now = new Date()): string =>
  now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
