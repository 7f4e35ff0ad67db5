import { describe, expect, it } from 'vitest';
import type { IndicatorInputs } from './indicator-inputs.ts';
import { checkIndicatorParams } from './indicator-params.ts';
import { computedResult } from './indicator-values.ts';
import { SEED_PLANS, type SeedPlan } from './seed-plan-targets.ts';
import { targetProgress } from './target-progress.ts';

const plan = (name: string): SeedPlan => {
  const found = SEED_PLANS.find((p) => p.writtenFor === name);
  if (!found) throw new Error(name);
  return found;
};

const snapshot = (byStars: { '3': number; '4': number; '5': number }, communes = 0) => ({
  productsByStars: byStars,
  communesByMinStars: { '3': communes, '4': 0, '5': 0 },
  producersByType: {},
  channelCombos: [],
  listedProducts: 0,
});

/** Evaluates every target of a plan on constructed inputs; returns wording → met. */
function evaluate(p: SeedPlan, inputs: IndicatorInputs, asOf = p.periodTo): Record<string, boolean | null> {
  const window = { asOf, from: p.periodFrom, to: asOf };
  return Object.fromEntries(
    p.targets.map((t) => {
      const actual = computedResult({ code: t.indicator, params: t.params }, inputs, window);
      const progress = targetProgress({
        comparator: t.comparator,
        target: t.targetValue,
        unit: actual.unit,
        kind: actual.kind,
        actual: actual.value,
        startValue: 0,
        periodFrom: p.periodFrom,
        periodTo: p.periodTo,
        asOf,
      });
      return [t.wording, progress.met];
    }),
  );
}

describe('the seeds’ targets', () => {
  it('every target maps to a known indicator with valid parameters', () => {
    for (const p of SEED_PLANS) {
      for (const t of p.targets)
        expect(checkIndicatorParams(t.indicator, t.params)).toMatchObject({ ok: true });
    }
  });

  it('Tuyên Quang: > 230 products, every commune covered, ≥ 7 five-star', () => {
    const tq = plan('Tuyên Quang');
    expect(
      evaluate(tq, { communesInScope: 124, snapshot: snapshot({ '3': 150, '4': 74, '5': 6 }, 124) }),
    ).toEqual({
      'Đến năm 2025 toàn tỉnh có trên 230 sản phẩm OCOP': false, // exactly 230 is not "trên 230"
      '138/138 xã, phường, thị trấn có sản phẩm OCOP đạt hạng 3 sao trở lên': true,
      'Có ít nhất 7 sản phẩm OCOP đạt hạng 5 sao': false,
    });
    expect(
      Object.values(
        evaluate(tq, { communesInScope: 124, snapshot: snapshot({ '3': 150, '4': 74, '5': 7 }, 124) }),
      ),
    ).toEqual([true, true, true]);
    expect(
      evaluate(tq, { communesInScope: 124, snapshot: snapshot({ '3': 300, '4': 0, '5': 9 }, 123) })[
        '138/138 xã, phường, thị trấn có sản phẩm OCOP đạt hạng 3 sao trở lên'
      ],
    ).toBe(false);
  });

  it('Tiền Giang: 200 products, 10 five-star, 100 % on the portal, 40 % cooperatives, 30 % SMEs, 70 % modern channels, 10 sale points, 100 % officials trained', () => {
    const tg = plan('Tiền Giang');
    const inputs: IndicatorInputs = {
      communesInScope: 102,
      snapshot: {
        ...snapshot({ '3': 112, '4': 88, '5': 10 }),
        producersByType: { cooperative: 40, sme: 30, household: 30 },
        channelCombos: [
          { ecommerce: true, retail: false, social: false, website: false, producers: 50 },
          { ecommerce: false, retail: true, social: false, website: false, producers: 20 },
          { ecommerce: false, retail: false, social: true, website: true, producers: 30 },
        ],
        listedProducts: 209,
      },
      salePoints: [{ level: 'province', count: 10 }],
      training: { officials: 45, officialsTrained: 45, producersTrained: 0 },
    };
    expect(evaluate(tg, inputs)).toEqual({
      'Ít nhất 200 sản phẩm đạt từ 3 sao trở lên': true,
      'Phấn đấu 10 sản phẩm OCOP đạt 5 sao': true,
      '100% sản phẩm OCOP được giới thiệu trên trang web chuyên OCOP của tỉnh': false, // 209 of 210
      'Ít nhất 40% chủ thể OCOP là hợp tác xã': true,
      '30% chủ thể là doanh nghiệp nhỏ và vừa': true,
      'Ít nhất 70% chủ thể OCOP tham gia các kênh bán hàng hiện đại (siêu thị, cửa hàng tiện lợi, sàn thương mại điện tử…)': true,
      'Phát triển 10 điểm trưng bày, giới thiệu và bán sản phẩm OCOP': true,
      'Đào tạo, tập huấn cho 100% cán bộ quản lý chương trình': true,
    });
  });

  it('Bắc Kạn (now Thái Nguyên): 131 upgrades, 70 new ≥ 3★, at least 2 five-star', () => {
    const bk = plan('Bắc Kạn');
    const inputs: IndicatorInputs = {
      communesInScope: 92,
      snapshot: snapshot({ '3': 149, '4': 89, '5': 2 }),
      flow: { newByMinStars: { '3': 69, '4': 20, '5': 2 }, upgraded: 131, recertified: 180 },
    };
    expect(evaluate(bk, inputs)).toEqual({
      'Nâng cấp, chuẩn hóa, hoàn thiện 131 sản phẩm đã đạt từ 3 sao': true,
      'Có thêm 70 sản phẩm mới từ 3 sao OCOP cấp tỉnh': false,
      'Có ít nhất 2 sản phẩm đạt 5 sao OCOP quốc gia': true,
    });
  });

  it('Thái Nguyên 2024: ≥ 20 new ≥ 3★ in the year, 130 commune and 20 district (now province) sale points', () => {
    const tn = plan('Thái Nguyên');
    const inputs: IndicatorInputs = {
      communesInScope: 92,
      flow: { newByMinStars: { '3': 20, '4': 5, '5': 0 }, upgraded: 3, recertified: 10 },
      salePoints: [
        { level: 'commune', count: 131 },
        { level: 'province', count: 19 },
      ],
    };
    expect(evaluate(tn, inputs)).toEqual({
      'Năm 2024 có ít nhất 20 sản phẩm được xếp hạng OCOP từ 3 sao trở lên': true,
      'Trên 130 điểm giới thiệu và bán sản phẩm OCOP cấp xã': true,
      'Trên 20 điểm giới thiệu và bán sản phẩm OCOP cấp huyện': false,
    });
  });
});
