// Realistic inputs for the report renderers' tests: Tuyên Quang at the end of June 2026, and the country.
import type { ReportDocument, ReportIndicator, ReportStars } from './report-types.ts';

const stars = (three: number, four: number, five: number): ReportStars => ({
  '3': three,
  '4': four,
  '5': five,
});

const indicator = (
  code: string,
  vi: string,
  en: string,
  unit: ReportIndicator['unit'],
  value: number | null,
  extra: Partial<ReportIndicator> = {},
): ReportIndicator => ({
  code,
  label: { vi, en },
  note: '',
  unit,
  value,
  source: 'computed',
  numerator: null,
  denominator: null,
  measured: 'ngày 30/06/2026',
  ...extra,
});

const history = Array.from({ length: 24 }, (_, i) => {
  const month = new Date(Date.UTC(2024, 6 + i, 1)).toISOString().slice(0, 7);
  const s = stars(100 + i * 2, 60 + i, 5 + Math.floor(i / 6));
  return { month, date: `${month}-28`, total: s['3'] + s['4'] + s['5'], byStars: s };
});

export const provinceReportFixture: ReportDocument = {
  scope: { kind: 'province', code: '08', name: 'Tỉnh Tuyên Quang' },
  window: { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' },
  generatedAt: '2026-07-01T02:15:00Z',
  indicators: [
    indicator('certified_products', 'Sản phẩm OCOP còn hiệu lực', 'OCOP products in force', 'count', 231, {
      note: 'từ 3 sao',
    }),
    indicator('five_star_products', 'Sản phẩm OCOP 5 sao', 'Five-star OCOP products', 'count', 8),
    indicator('commune_coverage', 'Tỷ lệ xã có sản phẩm OCOP', 'Share of communes', 'percent', 87.5, {
      numerator: 105,
      denominator: 120,
    }),
    indicator('support_amount', 'Kinh phí hỗ trợ chủ thể', 'Support (amount)', 'vnd', 1_250_000_000, {
      measured: '01/01/2026 – 30/06/2026',
    }),
    indicator('exported_products', 'Sản phẩm OCOP xuất khẩu (nhập tay)', 'Exported', 'count', 12, {
      source: 'manual',
    }),
  ],
  plans: [
    {
      name: 'Kế hoạch OCOP tỉnh Tuyên Quang giai đoạn 2021–2026',
      decisionRef: 'Quyết định 123/QĐ-UBND',
      periodFrom: '2021-01-01',
      periodTo: '2026-12-31',
      measuredOn: '2026-06-30',
      targets: [
        {
          wording: '> 230 sản phẩm OCOP',
          actual: indicator(
            'certified_products',
            'Sản phẩm OCOP còn hiệu lực',
            'OCOP products',
            'count',
            231,
          ),
          comparator: '>',
          target: 230,
          progressPercent: 100.4,
          met: true,
          paceNeededPerMonth: 0,
          forecast: 240.5,
          forecastMet: true,
        },
        {
          wording: '≥ 40% chủ thể là hợp tác xã',
          actual: indicator('producer_type_share', 'Tỷ lệ chủ thể theo loại hình', 'Share', 'percent', 35.5),
          comparator: '>=',
          target: 40,
          progressPercent: 88.8,
          met: false,
          paceNeededPerMonth: 0.75,
          forecast: 38.2,
          forecastMet: false,
        },
      ],
    },
  ],
  byStars: stars(150, 73, 8),
  bySector: [{ code: 'I', name: 'Thực phẩm', products: 200 }],
  byGroup: [{ sectorCode: 'I', code: 'I.1', name: 'Thực phẩm tươi sống', products: 200 }],
  unclassifiedProducts: 31,
  byProducerType: [
    { label: { vi: 'Hợp tác xã', en: 'Cooperative' }, producers: 71, products: 120 },
    { label: { vi: 'Doanh nghiệp nhỏ và vừa', en: 'SME' }, producers: 60, products: 111 },
  ],
  communes: [
    { code: '02230', name: 'Xã Tân Trào', products: 3, byStars: stars(1, 1, 1), isCovered: true },
    { code: '02231', name: 'Phường Minh Xuân', products: 0, byStars: stars(0, 0, 0), isCovered: false },
  ],
  coverage: { covered: 1, total: 2, percent: 50 },
  provinces: null,
  provinceTotals: null,
  history,
};

const figures = (code: string, name: string, s: ReportStars) => ({
  code,
  name,
  products: s['3'] + s['4'] + s['5'],
  byStars: s,
  communesCovered: 10,
  communesTotal: 100,
  coveragePercent: 10,
  producers: 20,
  newProducts: 3,
  upgradedProducts: 1,
  salePoints: 2,
});

export const nationalReportFixture: ReportDocument = {
  ...provinceReportFixture,
  scope: { kind: 'national', code: null, name: 'Toàn quốc' },
  plans: [],
  communes: null,
  coverage: null,
  provinces: [figures('01', 'Hà Nội', stars(300, 120, 10)), figures('08', 'Tuyên Quang', stars(150, 73, 8))],
  provinceTotals: { ...figures('', '', stars(450, 193, 18)), communesTotal: 3321 },
};
