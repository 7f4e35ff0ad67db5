// An indicator answer as a report prints it: its parameters and what was measured, in Vietnamese words.
import type { ReportIndicator } from '../../documents/report-types.ts';
import { TRADE_EVENT_KINDS } from '../../domain/marketplace/trade-event-kinds.ts';
import { DEFAULT_GROWTH_RANGE } from '../../domain/programme/indicator-param-specs.ts';
import type { IndicatorParams } from '../../domain/programme/indicator-params.ts';
import type { IndicatorResult } from '../../domain/programme/indicator-result.ts';
import { PRODUCER_TYPES } from '../../domain/registry/producer-types.ts';

const CHANNELS: Record<string, string> = {
  ecommerce: 'sàn thương mại điện tử',
  retail: 'siêu thị, trung tâm thương mại, chợ',
  social: 'mạng xã hội',
  website: 'website riêng',
};
const LEVELS: Record<string, string> = { commune: 'cấp xã', province: 'cấp tỉnh', national: 'cấp quốc gia' };

const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const ratio = (n: number) => String(n).replace('.', ',');

/** "Hợp tác xã", "từ 4 sao", "năm 2025"…; '' when the indicator has no parameter. */
export function paramsNote(params: IndicatorParams): string {
  const parts: string[] = [];
  if (params.minStars) parts.push(`từ ${params.minStars} sao`);
  if (params.types) {
    parts.push(params.types.map((t) => PRODUCER_TYPES.find((p) => p.code === t)?.labelVi ?? t).join(', '));
  }
  if (params.channels) parts.push(params.channels.map((c) => CHANNELS[c] ?? c).join(', '));
  if (params.level) parts.push(LEVELS[params.level] ?? params.level);
  if (params.supportKind) parts.push(`loại hỗ trợ: ${params.supportKind}`);
  if (params.eventKinds) {
    parts.push(
      params.eventKinds.map((k) => TRADE_EVENT_KINDS.find((e) => e.code === k)?.labelVi ?? k).join(', '),
    );
  }
  if (params.minRatio !== undefined || params.maxRatio !== undefined) {
    const min = params.minRatio ?? DEFAULT_GROWTH_RANGE.minRatio;
    const max = params.maxRatio ?? DEFAULT_GROWTH_RANGE.maxRatio;
    parts.push(`tăng ×${ratio(min)}–${ratio(max)}`);
  }
  if (params.year) parts.push(`năm ${params.year}`);
  return parts.join('; ');
}

/** "ngày 30/06/2026", "01/01/2026 – 30/06/2026" or "năm 2025". */
export function measuredText(measured: IndicatorResult['measured']): string {
  if (measured.year !== undefined) return `năm ${measured.year}`;
  if (measured.from && measured.to) return `${day(measured.from)} – ${day(measured.to)}`;
  if (measured.asOf) return `ngày ${day(measured.asOf)}`;
  return '—';
}

export function reportIndicatorOf(result: IndicatorResult): ReportIndicator {
  return {
    code: result.code,
    label: result.label,
    note: paramsNote(result.params),
    unit: result.unit,
    value: result.value,
    source: result.source,
    numerator: result.numerator,
    denominator: result.denominator,
    measured: measuredText(result.measured),
  };
}
