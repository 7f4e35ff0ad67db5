// Sale points (điểm giới thiệu và bán sản phẩm OCOP) as the Ministry of Industry and Trade's criteria
// (Decision 950/QĐ-BCT) describe them: a level and the kind of place they are in.

export const SALE_POINT_LEVELS = ['commune', 'province', 'national'] as const;
export type SalePointLevel = (typeof SALE_POINT_LEVELS)[number];

export const SALE_POINT_LOCATION_TYPES = [
  { code: 'transport_hub', labelVi: 'Nhà ga, bến xe, sân bay', labelEn: 'Station or airport' },
  {
    code: 'highway_rest_stop',
    labelVi: 'Trạm dừng nghỉ trên cao tốc, quốc lộ',
    labelEn: 'Highway rest stop',
  },
  { code: 'retail', labelVi: 'Trung tâm thương mại, siêu thị, chợ', labelEn: 'Mall, supermarket or market' },
  {
    code: 'tourism',
    labelVi: 'Khu, điểm du lịch; khách sạn, nhà hàng',
    labelEn: 'Tourist site, hotel or restaurant',
  },
  { code: 'craft_village', labelVi: 'Làng nghề', labelEn: 'Craft village' },
  {
    code: 'commercial_centre',
    labelVi: 'Trung tâm thương mại dịch vụ, khu công nghiệp',
    labelEn: 'Commercial centre or industrial zone',
  },
  { code: 'fair_centre', labelVi: 'Trung tâm hội chợ, triển lãm', labelEn: 'Fair and exhibition centre' },
  { code: 'post_office', labelVi: 'Bưu cục', labelEn: 'Post office' },
  { code: 'other', labelVi: 'Địa điểm khác', labelEn: 'Other' },
] as const;
export type SalePointLocationType = (typeof SALE_POINT_LOCATION_TYPES)[number]['code'];
export const SALE_POINT_LOCATION_CODES = SALE_POINT_LOCATION_TYPES.map((t) => t.code) as [
  SalePointLocationType,
  ...SalePointLocationType[],
];

/**
 * A box around mainland Việt Nam and its near-shore islands (Phú Quốc, Côn Đảo, Bạch Long Vĩ, Lý Sơn):
 * catches swapped or mistyped coordinates, not borders. Hoàng Sa and Trường Sa lie outside it (no sale points).
 */
export const VIETNAM_BOUNDS = { latMin: 8.0, latMax: 23.5, lonMin: 102.1, lonMax: 109.6 } as const;

/** Why a pair of coordinates is refused, or null. Both given or both absent. */
export function coordinatesProblem(lat: number | null, lon: number | null): string | null {
  if (lat === null && lon === null) return null;
  if (lat === null || lon === null) return 'Cần cả vĩ độ và kinh độ (hoặc bỏ trống cả hai).';
  const b = VIETNAM_BOUNDS;
  if (lat < b.latMin || lat > b.latMax || lon < b.lonMin || lon > b.lonMax) {
    const swapped = lon >= b.latMin && lon <= b.latMax && lat >= b.lonMin && lat <= b.lonMax;
    return swapped
      ? 'Toạ độ nằm ngoài Việt Nam: có vẻ vĩ độ và kinh độ bị đảo chỗ.'
      : `Toạ độ nằm ngoài Việt Nam (vĩ độ ${b.latMin}–${b.latMax}, kinh độ ${b.lonMin}–${b.lonMax}).`;
  }
  return null;
}
