import type { ProducerRow } from '../../db/repositories/producers.repository.ts';
import type { ProductPhotoRow } from '../../db/repositories/product-photos.repository.ts';
import type {
  CertificateRow,
  ProductRow,
  SaleChannelRow,
} from '../../db/repositories/products.repository.ts';
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { CertificateStatusCode } from '../../domain/registry/certificate-status-codes.ts';
import type { ProductSetCatalog } from '../../domain/registry/product-set-catalog.ts';
import { type UnitRef, unitRefs } from '../producers/producer-view.ts';
import { type CertificateView, toCertificateView } from './certificate-view.ts';

export type ProductView = {
  id: string;
  name: string;
  slug: string;
  producer: { id: string; name: string; type: string };
  productSetId: number | null;
  productSet: {
    id: number;
    name: string;
    sectorCode: string;
    sector: string;
    groupCode: string;
    group: string;
  } | null;
  commune: UnitRef;
  province: UnitRef;
  description: string | null;
  story: string | null;
  gtin: string | null;
  gtinIsVietnamese: boolean;
  packaging: string | null;
  unit: string | null;
  ocopCode: string | null;
  saleChannels: { kind: string; url: string }[];
  photos: { id: string; url: string; thumbUrl: string; width: number; height: number }[];
  stars: number | null;
  certificateStatus: CertificateStatusCode;
  certificates: CertificateView[];
  isArchived: boolean;
  createdAt: string;
  updatedAt: string;
};

export type ProductViewContext = { units: AdminUnitsIndex; productSets: ProductSetCatalog; today: string };

/** A product with its producer, sale channels and every certificate (newest first, the first is current). */
export function toProductView(
  row: ProductRow,
  producer: ProducerRow,
  channels: readonly SaleChannelRow[],
  certificateRows: readonly CertificateRow[],
  photos: readonly ProductPhotoRow[],
  context: ProductViewContext,
): ProductView {
  const certificates = certificateRows.map((c) => toCertificateView(c, context.today));
  const current = certificates[0];
  const set = row.productSetId === null ? undefined : context.productSets.byId(row.productSetId);
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    producer: { id: producer.id, name: producer.name, type: producer.type },
    productSetId: row.productSetId,
    productSet: set ? { ...set } : null,
    ...unitRefs(context.units, row.communeCode, row.provinceCode),
    description: row.description,
    story: row.story,
    gtin: row.gtin,
    gtinIsVietnamese: row.gtin?.startsWith('893') ?? false,
    packaging: row.packaging,
    unit: row.unit,
    ocopCode: row.ocopCode,
    saleChannels: channels.map((c) => ({ kind: c.kind, url: c.url })),
    photos: photos.map((p) => ({
      id: p.id,
      url: `/media/products/${p.fileKey}.webp`,
      thumbUrl: `/media/products/${p.fileKey}-thumb.webp`,
      width: p.width,
      height: p.height,
    })),
    stars: current?.stars ?? null,
    certificateStatus: current?.status ?? 'none',
    certificates,
    isArchived: row.archivedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
