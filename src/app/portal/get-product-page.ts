import { listActiveSalePoints } from '../../db/repositories/portal-places.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { listProductPhotos } from '../../db/repositories/product-photos.repository.ts';
import {
  findProductBySlug,
  listCertificates,
  listSaleChannels,
} from '../../db/repositories/products.repository.ts';
import { type ClassLabel, productSetLabel } from '../../domain/portal/product-classes.ts';
import { producerKey } from '../../domain/portal/public-paths.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { type CertificateStatus, certificateStatus } from '../../domain/registry/certificate-status.ts';
import type { RevocationGround } from '../../domain/registry/revocation-grounds.ts';
import type { AppDeps } from '../deps.ts';
import { findRevocationDecision } from '../documents/document-queries.ts';
import { type AreaView, communeView, photoUrl, provinceView } from './portal-views.ts';
import { type SalePointView, salePointView, sortSalePoints } from './sale-point-view.ts';

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
  salePoints: SalePointView[];
  channels: Readonly<{ kind: string; url: string }>[];
  today: string;
}>;

/**
 * The public page of a certified product, read live (not from the catalogue snapshot): the status is the
 * current certificate's on the day. Null for unknown, archived or never-certified products.
 */
export async function getPublicProductPage(deps: AppDeps, slug: string): Promise<PublicProductPage | null> {
  if (slug.length > 200) return null;
  const product = await findProductBySlug(deps.db, slug);
  if (!product || product.archivedAt !== null) return null;
  const [producer, certificates, channels, photos, salePoints] = await Promise.all([
    findProducerById(deps.db, product.producerId),
    listCertificates(deps.db, product.id),
    listSaleChannels(deps.db, product.id),
    listProductPhotos(deps.db, product.id),
    listActiveSalePoints(deps.db, { productId: product.id }),
  ]);
  const current = certificates[0];
  if (!producer || producer.archivedAt !== null || !current) return null;
  const today = vietnamDate(deps.now());
  const status = certificateStatus(
    {
      validFrom: current.validFrom,
      validTo: current.validTo,
      ...(current.revokedOn && current.revocationGround
        ? { revokedAt: current.revokedOn, revocationGround: current.revocationGround as RevocationGround }
        : {}),
      ...(current.reEvaluationPendingSince
        ? { reEvaluationPendingSince: current.reEvaluationPendingSince }
        : {}),
    },
    today,
  );
  const revocation = current.revokedOn ? await findRevocationDecision(deps.db, current.id) : undefined;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    story: product.story,
    gtin: product.gtin,
    packaging: product.packaging,
    unit: product.unit,
    ocopCode: product.ocopCode,
    productSet: productSetLabel(deps.productSets, product.productSetId),
    province: provinceView(deps.adminUnits, product.provinceCode),
    commune: communeView(deps.adminUnits, product.communeCode),
    producer: {
      key: producerKey(producer),
      name: producer.name,
      type: producer.type,
      website: producer.website,
    },
    photos: photos.map((p) => ({
      url: photoUrl(p.fileKey, false),
      thumbUrl: photoUrl(p.fileKey, true),
      width: p.width,
      height: p.height,
    })),
    certificate: {
      id: current.id,
      stars: current.stars,
      number: current.number,
      validFrom: current.validFrom,
      validTo: current.validTo,
      datesPrecision: current.datesPrecision === 'year' ? 'year' : 'day',
      status: status.ok ? status.value : null,
      revocationDecision: revocation?.decisionNumber ?? null,
    },
    salePoints: sortSalePoints(salePoints.map((s) => salePointView(deps.adminUnits, s))),
    channels: channels.map((c) => ({ kind: c.kind, url: c.url })),
    today,
  };
}
