import {
  SALE_POINT_LEVELS,
  SALE_POINT_LOCATION_TYPES,
  type SalePointLevel,
} from '../../domain/marketplace/sale-point-rules.ts';

const LEVEL_LABELS: Record<SalePointLevel, { labelVi: string; labelEn: string }> = {
  commune: { labelVi: 'Cấp xã', labelEn: 'Commune level' },
  province: { labelVi: 'Cấp tỉnh', labelEn: 'Province level' },
  national: { labelVi: 'Cấp quốc gia', labelEn: 'National level' },
};

/** Levels and MoIT 950/QĐ-BCT location types with their Vietnamese and English labels (for forms and filters). */
export function salePointLabels() {
  return {
    levels: SALE_POINT_LEVELS.map((code) => ({ code, ...LEVEL_LABELS[code] })),
    locationTypes: SALE_POINT_LOCATION_TYPES.map((t) => ({ ...t })),
  };
}
