// Checking an indicator's parameters as a plan stores them (only the keys the indicator takes, normalised
// lists); defaults are applied when computing, so a stored target keeps exactly what its author gave.
import type { SalePointLevel } from '../marketplace/sale-point-rules.ts';
import type { TradeEventKind } from '../marketplace/trade-event-kinds.ts';
import type { ProducerTypeCode } from '../registry/producer-types.ts';
import { type IndicatorCode, type IndicatorUnit, indicatorDefinition } from './indicator-catalogue.ts';
import {
  type ChannelGroup,
  DEFAULT_GROWTH_RANGE,
  PARAM_SPECS,
  type ParamName,
} from './indicator-param-specs.ts';

export type IndicatorParams = Readonly<{
  minStars?: 3 | 4 | 5;
  types?: ProducerTypeCode[];
  channels?: ChannelGroup[];
  level?: SalePointLevel;
  supportKind?: string;
  eventKinds?: TradeEventKind[];
  year?: number;
  minRatio?: number;
  maxRatio?: number;
  unit?: IndicatorUnit;
}>;

export type ParamProblem = Readonly<{ param: string; message: string }>;

export type ParamsCheck =
  | { readonly ok: true; readonly params: IndicatorParams }
  | { readonly ok: false; readonly problems: readonly ParamProblem[] };

/** Validates `raw` against what indicator `code` takes; unknown keys are refused, not dropped. */
export function checkIndicatorParams(
  code: IndicatorCode,
  raw: Readonly<Record<string, unknown>>,
): ParamsCheck {
  const allowed = indicatorDefinition(code).params;
  const problems: ParamProblem[] = [];
  const params: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) {
    if (!(allowed as readonly string[]).includes(key)) {
      const hint = allowed.length > 0 ? `chỉ nhận: ${allowed.join(', ')}` : 'chỉ số này không có tham số';
      problems.push({ param: key, message: `Tham số "${key}" không dùng cho chỉ số ${code} (${hint}).` });
    }
  }
  for (const name of allowed) {
    const spec = PARAM_SPECS[name as ParamName];
    const value = raw[name];
    if (value === undefined || value === null) {
      if (spec.required) problems.push({ param: name, message: `Cần tham số "${name}": ${spec.expected}.` });
      continue;
    }
    const checked = spec.check(value);
    if (checked === undefined) {
      problems.push({ param: name, message: `Tham số "${name}" không hợp lệ: cần ${spec.expected}.` });
    } else {
      params[name] = checked;
    }
  }
  const min = (params.minRatio as number | undefined) ?? DEFAULT_GROWTH_RANGE.minRatio;
  const max = (params.maxRatio as number | undefined) ?? DEFAULT_GROWTH_RANGE.maxRatio;
  if (allowed.includes('minRatio') && min > max) {
    problems.push({ param: 'minRatio', message: 'Hệ số tăng tối thiểu phải không lớn hơn hệ số tối đa.' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params: params as IndicatorParams };
}

/** The unit a target's value is in: the indicator's, or the one a `custom` target chose. */
export function unitOf(code: IndicatorCode, params: IndicatorParams): IndicatorUnit {
  return code === 'custom' ? (params.unit ?? 'count') : indicatorDefinition(code).unit;
}
