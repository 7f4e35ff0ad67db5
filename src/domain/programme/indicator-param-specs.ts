// The parameters an indicator may take, each with its check and default. Pure.

import { SALE_POINT_LEVELS } from '../marketplace/sale-point-rules.ts';
import { TRADE_EVENT_KIND_CODES } from '../marketplace/trade-event-kinds.ts';
import { PRODUCER_TYPES } from '../registry/producer-types.ts';

/**
 * Where a producer sells, as the platform knows it: `ecommerce` and `social` from its products' sale channels,
 * `website` its own site, `retail` a product carried by an active sale point in a mall, supermarket or market
 * (location type `retail`). "Modern channels" (kênh bán hàng hiện đại: supermarkets, convenience stores,
 * e-commerce) are `ecommerce` + `retail` by default.
 */
export const CHANNEL_GROUPS = ['ecommerce', 'retail', 'social', 'website'] as const;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];

export const MODERN_CHANNELS: readonly ChannelGroup[] = ['ecommerce', 'retail'];

/** Sale-channel kinds (src/domain/registry/url.ts MARKETPLACES) of the online groups. */
export const CHANNEL_KINDS_OF = {
  ecommerce: ['shopee', 'tiki', 'lazada', 'postmart', 'voso', 'sendo', 'tiktok'],
  social: ['facebook', 'zalo'],
  website: ['website'],
} as const satisfies Readonly<Record<Exclude<ChannelGroup, 'retail'>, readonly string[]>>;

/**
 * A product is "introduced" on the public portal when its page has a photo and a description of at least this
 * many characters (every certified product gets a page automatically, so being listed alone says nothing).
 */
export const PORTAL_MIN_DESCRIPTION_CHARS = 50;

/** Revenue growth counted by default: ×1.1 to ×1.5 of the year before (the programme's impact wording). */
export const DEFAULT_GROWTH_RANGE = { minRatio: 1.1, maxRatio: 1.5 } as const;

type Check = (value: unknown) => unknown | undefined;

const oneOf =
  (values: readonly (string | number)[]): Check =>
  (v) =>
    values.includes(v as string) ? v : undefined;
const listOf =
  (values: readonly string[]): Check =>
  (v) =>
    Array.isArray(v) && v.length > 0 && v.every((x) => values.includes(x))
      ? [...new Set(v)].sort()
      : undefined;
const between =
  (min: number, max: number, integer: boolean): Check =>
  (v) =>
    typeof v === 'number' && v >= min && v <= max && (!integer || Number.isInteger(v)) ? v : undefined;

export type ParamSpec = Readonly<{
  check: Check;
  required: boolean;
  /** What the user may give, for the message when the value is refused. */
  expected: string;
}>;

export const PARAM_SPECS = {
  minStars: { check: oneOf([3, 4, 5]), required: false, expected: '3, 4 hoặc 5 (mặc định 3)' },
  types: {
    check: listOf(PRODUCER_TYPES.map((t) => t.code)),
    required: true,
    expected: `danh sách loại hình: ${PRODUCER_TYPES.map((t) => t.code).join(', ')}`,
  },
  channels: {
    check: listOf(CHANNEL_GROUPS),
    required: false,
    expected: `danh sách nhóm kênh: ${CHANNEL_GROUPS.join(', ')} (mặc định ecommerce, retail)`,
  },
  level: { check: oneOf(SALE_POINT_LEVELS), required: false, expected: SALE_POINT_LEVELS.join(', ') },
  supportKind: {
    check: (v) => (typeof v === 'string' && v.trim() !== '' && v.length <= 100 ? v.trim() : undefined),
    required: false,
    expected: 'loại hỗ trợ (chuỗi ký tự)',
  },
  eventKinds: {
    check: listOf(TRADE_EVENT_KIND_CODES),
    required: false,
    expected: `danh sách loại sự kiện: ${TRADE_EVENT_KIND_CODES.join(', ')}`,
  },
  year: { check: between(2000, 2100, true), required: false, expected: 'năm từ 2000 đến 2100' },
  minRatio: { check: between(0, 100, false), required: false, expected: 'hệ số từ 0 đến 100 (mặc định 1,1)' },
  maxRatio: { check: between(0, 100, false), required: false, expected: 'hệ số từ 0 đến 100 (mặc định 1,5)' },
  unit: { check: oneOf(['count', 'percent', 'vnd']), required: false, expected: 'count, percent hoặc vnd' },
} as const satisfies Record<string, ParamSpec>;

export type ParamName = keyof typeof PARAM_SPECS;
