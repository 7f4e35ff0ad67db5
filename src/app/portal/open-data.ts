// The open data set of certified products: one record per product with a certificate, its status on the
// day, and the certificate's validity. Published under CC BY 4.0 (the licence travels inside the files).
import { cardStatus } from '../../domain/portal/catalogue-card.ts';
import { productSetLabel } from '../../domain/portal/product-classes.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { CertificateStatusCode } from '../../domain/registry/certificate-status-codes.ts';
import type { AppDeps } from '../deps.ts';
import type { CatalogueSnapshot } from './catalogue-snapshot.ts';
import { communeView, provinceView } from './portal-views.ts';

export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attribution: 'Nguồn: Nền tảng OCOP — Chương trình Mỗi xã một sản phẩm (OCOP Platform)',
} as const;

export type OpenDataRecord = Readonly<{
  ocop_code: string | null;
  name: string;
  url: string;
  stars: number;
  status: CertificateStatusCode;
  certificate_number: string | null;
  valid_from: string;
  valid_to: string;
  dates_precision: 'day' | 'year';
  revoked_on: string | null;
  producer_name: string;
  producer_type: string;
  province_code: string;
  province_name: string;
  commune_code: string;
  commune_name: string;
  product_set_id: number | null;
  product_set_name: string | null;
}>;

export const OPEN_DATA_FIELDS: readonly (keyof OpenDataRecord)[] = [
  'ocop_code',
  'name',
  'url',
  'stars',
  'status',
  'certificate_number',
  'valid_from',
  'valid_to',
  'dates_precision',
  'revoked_on',
  'producer_name',
  'producer_type',
  'province_code',
  'province_name',
  'commune_code',
  'commune_name',
  'product_set_id',
  'product_set_name',
];

export async function openDataRecords(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
): Promise<{ generatedOn: string; records: OpenDataRecord[] }> {
  const index = await snapshot.current();
  const today = vietnamDate(deps.now());
  const base = deps.config.publicBaseUrl;
  const records = index.cards.flatMap((card): OpenDataRecord[] => {
    const status = cardStatus(card, today);
    if (status === 'none' || status === 'not_yet_valid') return [];
    return [
      {
        ocop_code: card.ocopCode,
        name: card.name,
        url: `${base}/san-pham/${card.slug}`,
        stars: card.stars,
        status,
        certificate_number: card.certificateNumber,
        valid_from: card.validFrom,
        valid_to: card.validTo,
        dates_precision: card.datesPrecision,
        revoked_on: status === 'revoked' ? card.revokedOn : null,
        producer_name: card.producer.name,
        producer_type: card.producer.type,
        province_code: card.provinceCode,
        province_name: provinceView(deps.adminUnits, card.provinceCode).name,
        commune_code: card.communeCode,
        commune_name: communeView(deps.adminUnits, card.communeCode).name,
        product_set_id: card.productSetId,
        product_set_name: productSetLabel(deps.productSets, card.productSetId)?.vi ?? null,
      },
    ];
  });
  return { generatedOn: today, records };
}
