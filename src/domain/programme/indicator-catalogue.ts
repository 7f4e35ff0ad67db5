// The indicators a plan's targets are set on and the dashboards show. Every one the platform holds the data
// for is computed (src/app/programme); a manual value is accepted only for the few it cannot know (`manualOnly`),
// and every answer says which it is (`source`). Labels are Vietnamese first, English second.
import type { ParamName } from './indicator-param-specs.ts';

export const INDICATOR_UNITS = ['count', 'percent', 'vnd'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/**
 * `stock`: a level on a day (as of); `flow`: what happened in a period (from–to); `yearly`: figures reported
 * for one calendar year.
 */
export type IndicatorKind = 'stock' | 'flow' | 'yearly';

/**
 * How far "as of a date" is honoured: `exact` (dated history: certificates, courses, support, events),
 * `partial` (part of the inputs carries no history: today's descriptions, channels or active flags are used),
 * `none` (manual values, yearly figures).
 */
export type HistoryFidelity = 'exact' | 'partial' | 'none';

export type Label = Readonly<{ vi: string; en: string }>;

export type IndicatorDefinition = Readonly<{
  code: string;
  label: Label;
  unit: IndicatorUnit;
  /** What is counted ("sản phẩm", "xã"…), for sentences like "230 sản phẩm". */
  noun: Label;
  kind: IndicatorKind;
  manualOnly: boolean;
  history: HistoryFidelity;
  params: readonly ParamName[];
}>;

function ind<const C extends string>(
  code: C,
  label: readonly [vi: string, en: string],
  unit: IndicatorUnit,
  noun: Label,
  kind: IndicatorKind,
  history: HistoryFidelity,
  params: readonly ParamName[] = [],
  manualOnly = false,
): IndicatorDefinition & { code: C } {
  return { code, label: { vi: label[0], en: label[1] }, unit, noun, kind, history, params, manualOnly };
}

const PRODUCTS: Label = { vi: 'sản phẩm', en: 'products' };
const PRODUCERS: Label = { vi: 'chủ thể', en: 'producers' };
const PERCENT: Label = { vi: '%', en: '%' };
const VND: Label = { vi: 'đồng', en: 'VND' };
const noun = (vi: string, en: string): Label => ({ vi, en });

export const INDICATORS = [
  ind(
    'certified_products',
    ['Sản phẩm OCOP còn hiệu lực', 'OCOP products with a certificate in force'],
    'count',
    PRODUCTS,
    'stock',
    'exact',
    ['minStars'],
  ),
  ind(
    'five_star_products',
    ['Sản phẩm OCOP 5 sao', 'Five-star OCOP products'],
    'count',
    PRODUCTS,
    'stock',
    'exact',
  ),
  ind(
    'communes_covered',
    ['Số xã có sản phẩm OCOP', 'Communes with an OCOP product'],
    'count',
    noun('xã', 'communes'),
    'stock',
    'exact',
    ['minStars'],
  ),
  ind(
    'commune_coverage',
    ['Tỷ lệ xã có sản phẩm OCOP', 'Share of communes with an OCOP product'],
    'percent',
    PERCENT,
    'stock',
    'exact',
    ['minStars'],
  ),
  ind(
    'producer_type_share',
    ['Tỷ lệ chủ thể theo loại hình', 'Share of producers of given types'],
    'percent',
    PERCENT,
    'stock',
    'exact',
    ['types'],
  ),
  ind(
    'modern_channel_share',
    [
      'Tỷ lệ chủ thể tham gia kênh bán hàng hiện đại (sàn thương mại điện tử, siêu thị)',
      'Share of producers in modern channels (e-commerce, supermarkets)',
    ],
    'percent',
    PERCENT,
    'stock',
    'partial',
    ['channels'],
  ),
  ind(
    'portal_listed_share',
    [
      'Tỷ lệ sản phẩm được giới thiệu trên cổng OCOP (có ảnh và mô tả)',
      'Share of products introduced on the OCOP portal (with a photo and a description)',
    ],
    'percent',
    PERCENT,
    'stock',
    'partial',
  ),
  ind(
    'sale_points',
    ['Điểm giới thiệu và bán sản phẩm OCOP', 'OCOP sale points'],
    'count',
    noun('điểm', 'sale points'),
    'stock',
    'partial',
    ['level'],
  ),
  ind(
    'new_certified_products',
    ['Sản phẩm được công nhận lần đầu', 'Products certified for the first time'],
    'count',
    PRODUCTS,
    'flow',
    'exact',
    ['minStars'],
  ),
  ind(
    'upgraded_products',
    ['Sản phẩm được nâng hạng sao', 'Products upgraded to more stars'],
    'count',
    PRODUCTS,
    'flow',
    'exact',
  ),
  ind(
    'recertified_products',
    [
      'Sản phẩm được đánh giá, công nhận lại (đã có chứng nhận trước đó)',
      'Products re-evaluated and certified again (any stars)',
    ],
    'count',
    PRODUCTS,
    'flow',
    'exact',
  ),
  ind(
    'officials_trained_share',
    ['Tỷ lệ cán bộ được tập huấn', 'Share of officials trained'],
    'percent',
    PERCENT,
    'flow',
    'partial',
  ),
  ind(
    'producers_trained',
    ['Chủ thể được tập huấn', 'Producers trained'],
    'count',
    PRODUCERS,
    'flow',
    'exact',
  ),
  ind(
    'support_count',
    ['Lượt hỗ trợ chủ thể', 'Support given to producers'],
    'count',
    noun('lượt', 'grants'),
    'flow',
    'exact',
    ['supportKind'],
  ),
  ind(
    'support_amount',
    ['Kinh phí hỗ trợ chủ thể', 'Support given to producers (amount)'],
    'vnd',
    VND,
    'flow',
    'exact',
    ['supportKind'],
  ),
  ind(
    'fairs_held',
    ['Hội chợ, triển lãm, kết nối cung cầu đã tổ chức', 'Fairs and trade events held'],
    'count',
    noun('sự kiện', 'events'),
    'flow',
    'exact',
    ['eventKinds'],
  ),
  ind(
    'contracts_signed',
    ['Hợp đồng ký kết tại sự kiện xúc tiến thương mại', 'Contracts signed at trade events'],
    'count',
    noun('hợp đồng', 'contracts'),
    'flow',
    'exact',
  ),
  ind(
    'revenue_reported',
    ['Doanh thu chủ thể báo cáo', 'Revenue reported by producers'],
    'vnd',
    VND,
    'yearly',
    'none',
    ['year'],
  ),
  ind(
    'jobs_reported',
    ['Lao động chủ thể báo cáo', 'Jobs reported by producers'],
    'count',
    noun('lao động', 'jobs'),
    'yearly',
    'none',
    ['year'],
  ),
  ind(
    'revenue_growth_share',
    [
      'Tỷ lệ chủ thể có doanh thu tăng trong khoảng (so với năm trước)',
      'Share of producers whose revenue grew within a range (year on year)',
    ],
    'percent',
    PERCENT,
    'yearly',
    'none',
    ['year', 'minRatio', 'maxRatio'],
  ),
  ind(
    'exported_products',
    ['Sản phẩm OCOP xuất khẩu (nhập tay)', 'OCOP products exported (entered by hand)'],
    'count',
    PRODUCTS,
    'stock',
    'none',
    [],
    true,
  ),
  ind(
    'programme_budget',
    ['Kinh phí thực hiện Chương trình OCOP (nhập tay)', 'OCOP programme budget spent (entered by hand)'],
    'vnd',
    VND,
    'flow',
    'none',
    [],
    true,
  ),
  ind(
    'custom',
    ['Chỉ tiêu khác (nhập tay)', 'Other target (entered by hand)'],
    'count',
    noun('', ''),
    'stock',
    'none',
    ['unit'],
    true,
  ),
] as const;

export type IndicatorCode = (typeof INDICATORS)[number]['code'];
export const INDICATOR_CODES = INDICATORS.map((i) => i.code) as [IndicatorCode, ...IndicatorCode[]];

const BY_CODE = new Map<string, IndicatorDefinition>(INDICATORS.map((i) => [i.code, i]));

export const isIndicatorCode = (code: string): code is IndicatorCode => BY_CODE.has(code);

export function indicatorDefinition(code: IndicatorCode): IndicatorDefinition {
  const found = BY_CODE.get(code);
  if (!found) throw new RangeError(`unknown indicator ${code}`);
  return found;
}
