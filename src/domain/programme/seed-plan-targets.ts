// The targets of the provinces' plans the project started from (shared/seeds), each mapped to an indicator,
// a comparator and a value. The wording is kept as written; the scope is the 2025 province the old one is
// part of now (Bắc Kạn → Thái Nguyên, Tiền Giang → Đồng Tháp, Hà Giang + Tuyên Quang → Tuyên Quang), so the
// counts cover the whole 2025 province. Used by the tests and as examples of how a plan is entered.
import type { IndicatorCode } from './indicator-catalogue.ts';
import type { IndicatorParams } from './indicator-params.ts';
import type { Comparator } from './target-progress.ts';

export type SeedTarget = Readonly<{
  wording: string;
  indicator: IndicatorCode;
  params: IndicatorParams;
  comparator: Comparator;
  targetValue: number;
}>;

export type SeedPlan = Readonly<{
  /** The province as the plan names it (before 1 July 2025). */
  writtenFor: string;
  provinceCode: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  targets: readonly SeedTarget[];
}>;

const t = (
  wording: string,
  indicator: IndicatorCode,
  comparator: Comparator,
  targetValue: number,
  params: IndicatorParams = {},
): SeedTarget => ({ wording, indicator, params, comparator, targetValue });

export const SEED_PLANS: readonly SeedPlan[] = [
  {
    writtenFor: 'Tuyên Quang',
    provinceCode: '08',
    name: 'Kế hoạch thực hiện Chương trình OCOP tỉnh Tuyên Quang giai đoạn 2021–2025',
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    targets: [
      t('Đến năm 2025 toàn tỉnh có trên 230 sản phẩm OCOP', 'certified_products', '>', 230, { minStars: 3 }),
      // "138/138 xã, phường, thị trấn" were the old province's communes: every commune of the scope.
      t(
        '138/138 xã, phường, thị trấn có sản phẩm OCOP đạt hạng 3 sao trở lên',
        'commune_coverage',
        '>=',
        100,
        {
          minStars: 3,
        },
      ),
      t('Có ít nhất 7 sản phẩm OCOP đạt hạng 5 sao', 'five_star_products', '>=', 7),
    ],
  },
  {
    writtenFor: 'Tiền Giang',
    provinceCode: '82',
    name: 'Chương trình OCOP tỉnh Tiền Giang đến năm 2025',
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    targets: [
      t('Ít nhất 200 sản phẩm đạt từ 3 sao trở lên', 'certified_products', '>=', 200, { minStars: 3 }),
      t('Phấn đấu 10 sản phẩm OCOP đạt 5 sao', 'five_star_products', '>=', 10),
      t(
        '100% sản phẩm OCOP được giới thiệu trên trang web chuyên OCOP của tỉnh',
        'portal_listed_share',
        '>=',
        100,
      ),
      t('Ít nhất 40% chủ thể OCOP là hợp tác xã', 'producer_type_share', '>=', 40, {
        types: ['cooperative'],
      }),
      t('30% chủ thể là doanh nghiệp nhỏ và vừa', 'producer_type_share', '>=', 30, { types: ['sme'] }),
      t(
        'Ít nhất 70% chủ thể OCOP tham gia các kênh bán hàng hiện đại (siêu thị, cửa hàng tiện lợi, sàn thương mại điện tử…)',
        'modern_channel_share',
        '>=',
        70,
      ),
      t('Phát triển 10 điểm trưng bày, giới thiệu và bán sản phẩm OCOP', 'sale_points', '>=', 10),
      t('Đào tạo, tập huấn cho 100% cán bộ quản lý chương trình', 'officials_trained_share', '>=', 100),
    ],
  },
  {
    writtenFor: 'Bắc Kạn',
    provinceCode: '19',
    name: 'Đề án "Mỗi xã, phường một sản phẩm" tỉnh Bắc Kạn giai đoạn 2021–2025',
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    targets: [
      // "Nâng cấp, chuẩn hóa, hoàn thiện" is wider than a star upgrade; the star upgrades are what the data
      // proves (recertified_products counts every re-evaluation).
      t('Nâng cấp, chuẩn hóa, hoàn thiện 131 sản phẩm đã đạt từ 3 sao', 'upgraded_products', '>=', 131),
      t('Có thêm 70 sản phẩm mới từ 3 sao OCOP cấp tỉnh', 'new_certified_products', '>=', 70, {
        minStars: 3,
      }),
      t('Có ít nhất 2 sản phẩm đạt 5 sao OCOP quốc gia', 'five_star_products', '>=', 2),
    ],
  },
  {
    writtenFor: 'Thái Nguyên',
    provinceCode: '19',
    name: 'Kế hoạch OCOP tỉnh Thái Nguyên năm 2024',
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    targets: [
      t(
        'Năm 2024 có ít nhất 20 sản phẩm được xếp hạng OCOP từ 3 sao trở lên',
        'new_certified_products',
        '>=',
        20,
        { minStars: 3 },
      ),
      t('Trên 130 điểm giới thiệu và bán sản phẩm OCOP cấp xã', 'sale_points', '>=', 130, {
        level: 'commune',
      }),
      // No district level since 1 July 2025: the former district points are recognised by the province.
      t('Trên 20 điểm giới thiệu và bán sản phẩm OCOP cấp huyện', 'sale_points', '>=', 20, {
        level: 'province',
      }),
    ],
  },
];
