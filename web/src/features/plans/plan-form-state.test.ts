import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { IndicatorDefinition, Plan } from '../../api/programme';
import {
  emptyPlan,
  emptyTarget,
  parseNumber,
  planToBody,
  planToDraft,
  targetErrorsOf,
} from './plan-form-state';

const indicator = (
  code: IndicatorDefinition['code'],
  params: string[],
  manualOnly = false,
): IndicatorDefinition => ({
  code,
  label: { vi: code, en: code },
  unit: 'count',
  noun: { vi: 'sản phẩm', en: 'products' },
  kind: 'stock',
  manualOnly,
  history: 'exact',
  params,
});

const INDICATORS = [
  indicator('certified_products', ['minStars']),
  indicator('producer_type_share', ['types']),
  indicator('exported_products', [], true),
];

describe('planToBody', () => {
  it('sends only the parameters the indicator takes, and a manual value only for a manual-only one', () => {
    const draft = emptyPlan('08', 2026);
    const computed = {
      ...emptyTarget(),
      indicator: 'certified_products',
      comparator: '>' as const,
      targetValue: '230',
      wording: '  > 230 sản phẩm ',
      // Left over from another indicator picked first: not sent.
      manualValue: '7',
      params: { ...emptyTarget().params, minStars: '4', types: ['sme'] },
    };
    const manual = { ...emptyTarget(), indicator: 'exported_products', targetValue: '5', manualValue: '2,5' };
    const body = planToBody({ ...draft, name: ' Kế hoạch 2026 ', targets: [computed, manual] }, INDICATORS);
    expect(body).toMatchObject({
      level: 'province',
      provinceCode: '08',
      name: 'Kế hoạch 2026',
      decisionRef: null,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
    });
    expect(body.targets?.[0]).toEqual({
      indicator: 'certified_products',
      params: { minStars: 4 },
      comparator: '>',
      targetValue: 230,
      wording: '> 230 sản phẩm',
    });
    expect(body.targets?.[1]).toMatchObject({
      indicator: 'exported_products',
      manualValue: 2.5,
      manualAsOf: null,
    });
  });

  it('drops the province of a national plan and keeps target ids on edit', () => {
    const plan: Plan = {
      id: 'p1',
      level: 'province',
      province: { code: '08', name: 'Tuyên Quang' },
      name: 'Kế hoạch',
      decisionRef: '12/KH-UBND',
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      createdAt: '',
      updatedAt: '',
      targets: [
        {
          id: 't1',
          indicator: 'producer_type_share',
          label: { vi: '', en: '' },
          unit: 'percent',
          manualOnly: false,
          params: { types: ['cooperative'] },
          comparator: '>=',
          targetValue: 40,
          wording: null,
          manualValue: null,
          manualAsOf: null,
        },
      ],
    };
    const draft = planToDraft(plan);
    expect(draft.targets[0]?.params.types).toEqual(['cooperative']);
    const body = planToBody({ ...draft, level: 'national' }, INDICATORS);
    expect(body.provinceCode).toBeNull();
    expect(body.targets?.[0]).toMatchObject({
      id: 't1',
      params: { types: ['cooperative'] },
      targetValue: 40,
    });
  });
});

describe('parseNumber', () => {
  it('reads a decimal comma or point; blank is nothing', () => {
    expect(parseNumber('1,5')).toBe(1.5);
    expect(parseNumber(' 40 ')).toBe(40);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('abc')).toBeUndefined();
  });
});

describe('targetErrorsOf', () => {
  it('groups the field messages by target row', () => {
    const error = new ApiError(422, 'VALIDATION_FAILED', 'Thông tin kế hoạch chưa hợp lệ.', [
      { field: 'body.targets.1.params.types', message: 'Cần loại hình.' },
      { field: 'body.targets.1.targetValue', message: 'Quá lớn.' },
      { field: 'body.name', message: 'Cần tên.' },
    ]);
    expect(targetErrorsOf(error)).toEqual({
      1: { 'params.types': ['Cần loại hình.'], targetValue: ['Quá lớn.'] },
    });
    expect(targetErrorsOf(new Error('x'))).toEqual({});
  });
});
