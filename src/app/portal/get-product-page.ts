import { loadPortalProduct } from '../../db/repositories/portal-product.repository.ts';
import { type ClassLabel, productSetLabel } from '../../domain/portal/product-classes.ts';
import { producerKey } from '../../domain/portal/public-paths.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { type CertificateStatus, certificateStatus } from '../../domain/registry/certificate-status.ts';
import type { RevocationGround } from '../../domain/registry/revocation-grounds.ts';
import type { AppDeps } from '../deps.ts';
import { type AreaView, communeView, photoUrl, provinceView } from './portal-views.ts';
import { type SalePointView, salePointView, sortSalePoints } from './sale-point-view.ts';

/** Sale points read for a product page: the page lists 20 and links to the full list when there are more. */
export const PRODUCT_SALE_POINTS = 21;

export type PublicCertificate = Readonly<{
  id: string;
  stars: number;
  number: string | null;
  validFrom: string;
  validTo: string;
  datesPrecision: 'day' | 'year';
  /** null when the stored dates contradict each other. */
  status: CertificateStatus | null;
  revocationDecision: string | null;
}>;

export type PublicProductPage = Readonly<{
  id: string;
  slug: string;
  name: string;
  description: string | null;
  story: string | null;
  gtin: string | null;
  packaging: string | null;
  unit: string | null;
  ocopCode: string | null;
  productSet: ClassLabel | null;
  province: AreaView;
  commune: AreaView;
  producer: Readonly<{ key: string; name: string; type: string; website: string | null }>;
  photos: Readonly<{ url: string; thumbUrl: string; width: number; height: number }>[];
  certificate: PublicCertificate;
  /** At most PRODUCT_SALE_POINTS. */
  salePoints: SalePointView[];
  channels: Readonly<{ kind: string; url: string }>[];
  today: string;
}>;

/**
 * The public page of a certified product, read live in one query (not from the catalogue snapshot): the
 * status is the current certificate's on the day. Null for unknown, archived or never-certified products.
 */
export async function getPublicProductPage(deps: AppDeps, slug: string): Promise<PublicProductPage | null> {
  if (slug.length > 200) return null;
  const row = await loadPortalProduct(deps.db, slug, PRODUCT_SALE_POINTS);
  if (!row?.certificate_id || row.stars === null || !row.valid_from || !row.valid_to) return null;
  const today = vietnamDate(deps.now());
  const status = certificateStatus(
    {
      validFrom: row.valid_from,
      validTo: row.valid_to,
      ...(row.revoked_on && row.revocation_ground
        ? { revokedAt: row.revoked_on, revocationGround: row.revocation_ground as RevocationGround }
        : {}),
      ...(row.re_evaluation_since ? { reEvaluationPendingSince: row.re_evaluation_since } : {}),
    },
    today,
  );
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    story: row.story,
    gtin: row.gtin,
    packaging: row.packaging,
    unit: row.unit,
    ocopCode: row.ocop_code,
    productSet: productSetLabel(deps.productSets, row.product_set_id),
    province: provinceView(deps.adminUnits, row.province_code),
    commune: communeView(deps.adminUnits, row.commune_code),
    producer: {
      key: producerKey({ id: row.producer_id, name: row.producer_name }),
      name: row.producer_name,
      type: row.producer_type,
      website: row.producer_website,
    },
    photos: row.photos.map((p) => ({
      url: photoUrl(p.fileKey, false),
      thumbUrl: photoUrl(p.fileKey, true),
      width: p.width,
      height: p.height,
    })),
    certificate: {
      id: row.certificate_id,
      stars: row.stars,
      number: row.number,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      datesPrecision: row.dates_precision === 'year' ? 'year' : 'day',
      status: status.ok ? status.value : null,
      revocationDecision: row.revocation_decision,
    },
    salePoints: sortSalePoints(row.sale_points.map((s) => salePointView(deps.adminUnits, s))),
    channels: row.channels,
    today,
  };
}
