import type { StampVerification } from '../../../app/stamps/verify-stamp.ts';
import { gs1DigitalLink } from '../../../domain/stamps/gs1-digital-link.ts';
import { presentStamp } from '../../pages/stamps/stamp-presentation.ts';

/** The verification as the public JSON API gives it (the same words as the page). */
export function verificationJson(v: StampVerification, publicBaseUrl: string) {
  const shown = presentStamp(v);
  const record = v.record;
  const certificate = record?.certificate ?? null;
  return {
    code: v.code,
    result: v.verdict.result,
    tone: shown.tone,
    headline: shown.headline,
    status: {
      code: v.verdict.status?.status ?? null,
      title: shown.panel.title,
      details: shown.panel.details,
    },
    stamp: record
      ? { serial: record.serial, batchStatus: record.batchStatus, printedStars: record.printedStars }
      : null,
    product: record
      ? {
          name: record.product.name,
          slug: record.product.slug,
          producerName: record.producerName,
          provinceCode: record.product.provinceCode,
          gtin: record.product.gtin,
          photoUrl: record.product.photoKey ? `/media/products/${record.product.photoKey}-thumb.webp` : null,
        }
      : null,
    certificate: certificate
      ? {
          number: certificate.number,
          stars: certificate.stars,
          validFrom: certificate.validFrom,
          validTo: certificate.validTo,
          revokedOn: certificate.revokedOn,
          revocationGround: certificate.revocationGround,
          revocationDecision: certificate.revocationDecision,
        }
      : null,
    checkedOn: v.today,
    links: {
      page: v.code ? `${publicBaseUrl}/v/${v.code}` : null,
      gs1: record?.product.gtin ? gs1DigitalLink(publicBaseUrl, record.product.gtin, record.serial) : null,
      report: `${publicBaseUrl}/api/v1/public/reports`,
    },
  };
}
