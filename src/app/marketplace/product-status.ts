import type { StatusProductRow } from '../../db/repositories/marketplaces.repository.ts';
import { type PublicStatus, publicStatusOf } from '../../domain/marketplace/public-status.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';

/** What the public status API answers and what a webhook carries about a product. */
export type ProductStatusView = {
  productId: string;
  name: string;
  ocopCode: string | null;
  gtin: string | null;
  producer: { id: string; name: string };
  province: { code: string; name: string };
  /** Stars of the current certificate (also when expired or revoked); null without one. */
  stars: number | null;
  status: PublicStatus;
  certificate: {
    id: string;
    number: string | null;
    decisionNumber: string | null;
    issuingLevel: string;
    validFrom: string;
    validTo: string;
    extendedUntil: string | null;
    daysLeft: number | null;
  } | null;
  revocation: { revokedOn: string; ground: string; groundLabel: string; groundLabelEn: string } | null;
  /** The product's page on the public portal. */
  url: string;
  /** The Vietnam date the status was computed for. */
  checkedOn: string;
};

/** Computes the live status from the product's current_* columns on `today`. */
export function productStatusViewOf(
  row: StatusProductRow,
  today: IsoDate,
  publicBaseUrl: string,
): ProductStatusView {
  const { product, certificate } = row;
  const current =
    product.currentValidFrom && product.currentValidTo
      ? {
          validFrom: product.currentValidFrom,
          validTo: product.currentValidTo,
          revokedOn: product.currentRevokedOn,
          revocationGround: certificate?.revocationGround ?? null,
          reEvaluationSince: product.currentReEvaluationSince,
        }
      : null;
  const detail = publicStatusOf(current, today);
  return {
    productId: product.id,
    name: product.name,
    ocopCode: product.ocopCode,
    gtin: product.gtin,
    producer: { id: product.producerId, name: row.producerName },
    province: { code: product.provinceCode, name: row.provinceName },
    stars: product.currentStars,
    status: detail.status,
    certificate:
      current && certificate
        ? {
            id: certificate.id,
            number: certificate.number,
            decisionNumber: certificate.decisionNumber,
            issuingLevel: certificate.issuingLevel,
            validFrom: current.validFrom,
            validTo: current.validTo,
            extendedUntil: detail.extendedUntil,
            daysLeft: detail.daysLeft,
          }
        : null,
    revocation: detail.revocation,
    url: `${publicBaseUrl}/san-pham/${encodeURIComponent(product.slug)}`,
    checkedOn: today,
  };
}
