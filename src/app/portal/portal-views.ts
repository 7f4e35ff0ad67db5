// What the public pages show of the catalogue's cards: names resolved from the reference data.
import type { AdminUnitsIndex } from '../../domain/admin-units/admin-units-index.ts';
import type { CatalogueHit } from '../../domain/portal/catalogue-search.ts';
import { type ClassLabel, productSetLabel } from '../../domain/portal/product-classes.ts';
import { producerKey } from '../../domain/portal/public-paths.ts';
import type { CertificateStatusCode } from '../../domain/registry/certificate-status-codes.ts';
import type { ProductSetCatalog } from '../../domain/registry/product-set-catalog.ts';

/** `name` in full ("Tỉnh Tuyên Quang", "Xã Tân Cương"); `shortName` without the unit type. */
export type AreaView = Readonly<{ code: string; name: string; shortName: string }>;

export type ProductCardView = Readonly<{
  id: string;
  slug: string;
  name: string;
  stars: number;
  status: CertificateStatusCode;
  ocopCode: string | null;
  province: AreaView;
  commune: AreaView;
  producer: Readonly<{ key: string; name: string; type: string }>;
  /** 320 × 320 WebP, or null without a photo. */
  thumbUrl: string | null;
  productSet: ClassLabel | null;
}>;

export type ViewContext = Readonly<{ adminUnits: AdminUnitsIndex; productSets: ProductSetCatalog }>;

export function provinceView(units: AdminUnitsIndex, code: string): AreaView {
  const p = units.province2025(code);
  return { code, name: p?.fullName ?? code, shortName: p?.name ?? code };
}

export function communeView(units: AdminUnitsIndex, code: string | null): AreaView {
  const c = code ? units.commune2025(code) : undefined;
  return { code: code ?? '', name: c?.fullName ?? code ?? '', shortName: c?.name ?? code ?? '' };
}

export function photoUrl(fileKey: string, thumb: boolean): string {
  return `/media/products/${fileKey}${thumb ? '-thumb' : ''}.webp`;
}

/** Producer page keys, computed once per snapshot producer (folding the name is the costly part). */
const producerKeys = new WeakMap<object, string>();

function keyOf(producer: Readonly<{ id: string; name: string }>): string {
  let key = producerKeys.get(producer);
  if (key === undefined) {
    key = producerKey(producer);
    producerKeys.set(producer, key);
  }
  return key;
}

export function cardView(context: ViewContext, hit: CatalogueHit): ProductCardView {
  const { card } = hit;
  return {
    id: card.id,
    slug: card.slug,
    name: card.name,
    stars: card.stars,
    status: hit.status,
    ocopCode: card.ocopCode,
    province: provinceView(context.adminUnits, card.provinceCode),
    commune: communeView(context.adminUnits, card.communeCode),
    producer: { key: keyOf(card.producer), name: card.producer.name, type: card.producer.type },
    thumbUrl: card.photoKey ? photoUrl(card.photoKey, true) : null,
    productSet: productSetLabel(context.productSets, card.productSetId),
  };
}
