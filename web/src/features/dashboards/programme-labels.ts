import type { IndicatorParams, IndicatorResult, PlanTarget } from '../../api/programme';
import type { TranslateFn } from '../../i18n/i18n-context';
import type { Language } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/vi';
import { COMPARATOR_SYMBOL, formatDate, formatNumber, formatValue } from './programme-format';

const list = (values: readonly string[], label: (value: string) => string) => values.map(label).join(', ');

/** The parameters of an indicator in words: "từ 4 sao", "Hợp tác xã, Doanh nghiệp nhỏ và vừa", "năm 2025". */
export function describeParams(params: IndicatorParams, t: TranslateFn, language: Language): string[] {
  const parts: string[] = [];
  if (params.minStars !== undefined) parts.push(t('param.minStarsValue', { stars: params.minStars }));
  if (params.types) parts.push(list(params.types, (v) => t(`producerType.${v}` as MessageKey)));
  if (params.channels) parts.push(list(params.channels, (v) => t(`param.channel.${v}` as MessageKey)));
  if (params.level) parts.push(t(`param.level.${params.level}`));
  if (params.supportKind) parts.push(params.supportKind);
  if (params.eventKinds) parts.push(list(params.eventKinds, (v) => t(`param.eventKind.${v}` as MessageKey)));
  if (params.year !== undefined) parts.push(t('param.yearValue', { year: params.year }));
  if (params.minRatio !== undefined || params.maxRatio !== undefined) {
    parts.push(
      t('param.ratioValue', {
        min: params.minRatio === undefined ? '…' : formatNumber(params.minRatio, language, 2),
        max: params.maxRatio === undefined ? '…' : formatNumber(params.maxRatio, language, 2),
      }),
    );
  }
  return parts;
}

/** "Tỷ lệ chủ thể theo loại hình (Hợp tác xã)". */
export function indicatorTitle(
  item: { label: { vi: string; en: string }; params: IndicatorParams },
  t: TranslateFn,
  language: Language,
): string {
  const params = describeParams(item.params, t, language);
  return params.length > 0 ? `${item.label[language]} (${params.join('; ')})` : item.label[language];
}

/** When a value was measured: "tại ngày 30/06/2026", "từ 01/01/2026 đến 30/06/2026", "năm 2025". */
export function measuredText(result: IndicatorResult, t: TranslateFn): string {
  const { measured } = result;
  if (result.kind === 'yearly' && measured.year !== undefined)
    return t('dash.measuredYear', { year: measured.year });
  if (result.kind === 'flow' && measured.from && measured.to) {
    return t('dash.measuredPeriod', { from: formatDate(measured.from), to: formatDate(measured.to) });
  }
  return measured.asOf ? t('dash.measuredAsOf', { asOf: formatDate(measured.asOf) }) : '';
}

/** "≥ 230 sản phẩm" / "≥ 100%". */
export function targetValueText(target: PlanTarget, noun: string, language: Language): string {
  const value = formatValue(target.targetValue, target.unit, language);
  return `${COMPARATOR_SYMBOL[target.comparator]} ${value}${target.unit === 'count' && noun ? ` ${noun}` : ''}`;
}

/** The target as the plan words it, or else built from the indicator: "Sản phẩm OCOP… ≥ 230". */
export function targetTitle(target: PlanTarget, t: TranslateFn, language: Language): string {
  if (target.wording) return target.wording;
  return `${indicatorTitle(target, t, language)} ${targetValueText(target, '', language)}`;
}
