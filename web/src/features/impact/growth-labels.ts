import type { RevenueGrowthBand } from '../../api/impact';
import type { Language } from '../../i18n/translate';

/** The bands in the server's order (src/domain/impact/revenue-growth.ts); the indicator is ×1.1–1.5. */
export const REVENUE_GROWTH_BANDS: readonly RevenueGrowthBand[] = [
  'declined',
  'below_1_1',
  'from_1_1_to_1_5',
  'above_1_5',
];

export const TARGET_BAND: RevenueGrowthBand = 'from_1_1_to_1_5';

const locale = (language: Language) => (language === 'vi' ? 'vi-VN' : 'en-GB');

/** A revenue ratio as people read it: "×1,3" / "×1.3" (two decimals at most). */
export const formatRatio = (ratio: number, language: Language): string =>
  `×${ratio.toLocaleString(locale(language), { maximumFractionDigits: 2 })}`;

/** A share of 0–1 as a percentage: "33,3 %" / "33.3%"; "—" when nothing was compared. */
export const formatShare = (share: number | null, language: Language): string =>
  share === null
    ? '—'
    : share.toLocaleString(locale(language), { style: 'percent', maximumFractionDigits: 1 });

/** Years offered for the indicator, newest first: this year (running) back `count − 1` years. */
export function recentYears(currentYear: number, count = 6): number[] {
  return Array.from({ length: count }, (_, i) => currentYear - i);
}
