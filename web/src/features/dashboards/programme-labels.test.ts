import { describe, expect, it } from 'vitest';
import type { IndicatorResult, PlanTarget } from '../../api/programme';
import type { TranslateFn } from '../../i18n/i18n-context';
import { translate } from '../../i18n/translate';
import { describeParams, indicatorTitle, measuredText, targetTitle } from './programme-labels';

const vi: TranslateFn = (key, params) => translate('vi', key, params);
const en: TranslateFn = (key, params) => translate('en', key, params);

const target = (patch: Partial<PlanTarget>): PlanTarget => ({
  id: 't',
  indicator: 'certified_products',
  label: { vi: 'Sản phẩm OCOP còn hiệu lực', en: 'OCOP products with a certificate in force' },
  unit: 'count',
  manualOnly: false,
  params: {},
  comparator: '>',
  targetValue: 230,
  wording: null,
  manualValue: null,
  manualAsOf: null,
  ...patch,
});

describe('programme labels', () => {
  it('says the parameters in words', () => {
    expect(describeParams({ minStars: 4, year: 2025 }, vi, 'vi')).toEqual(['từ 4 sao', 'năm 2025']);
    expect(describeParams({ types: ['cooperative', 'sme'] }, en, 'en')).toEqual([
      'Cooperative, Small or medium-sized enterprise',
    ]);
    expect(describeParams({ minRatio: 1.1, maxRatio: 1.5 }, vi, 'vi')).toEqual(['tăng ×1,1–1,5']);
  });

  it('titles a target by its wording, or else by the indicator and the target value', () => {
    expect(targetTitle(target({ wording: 'Trên 230 sản phẩm' }), vi, 'vi')).toBe('Trên 230 sản phẩm');
    expect(targetTitle(target({ params: { minStars: 3 } }), vi, 'vi')).toBe(
      'Sản phẩm OCOP còn hiệu lực (từ 3 sao) > 230',
    );
    expect(indicatorTitle(target({}), en, 'en')).toBe('OCOP products with a certificate in force');
  });

  it('says when a value was measured by the indicator kind', () => {
    const result = (kind: IndicatorResult['kind'], measured: IndicatorResult['measured']) =>
      ({ kind, measured }) as IndicatorResult;
    expect(measuredText(result('stock', { asOf: '2026-06-30' }), vi)).toBe('Tại ngày 30/06/2026');
    expect(measuredText(result('flow', { from: '2026-01-01', to: '2026-06-30' }), vi)).toBe(
      'Từ 01/01/2026 đến 30/06/2026',
    );
    expect(measuredText(result('yearly', { year: 2025 }), en)).toBe('Year 2025');
  });
});
