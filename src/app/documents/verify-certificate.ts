import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findProductById } from '../../db/repositories/products.repository.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { type CertificateStatus, certificateStatus } from '../../domain/registry/certificate-status.ts';
import type { RevocationGround } from '../../domain/registry/revocation-grounds.ts';
import type { AppDeps } from '../deps.ts';
import { authorityName, communeAddress } from '../dossiers/unit-names.ts';
import { findCertificateById, findRevocationDecision } from './document-queries.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the public verification page shows of a certificate: public registry facts and the live status. */
export type CertificateVerification = Readonly<{
  id: string;
  number: string | null;
  productName: string;
  productCode: string | null;
  productSetName: string | null;
  producerName: string;
  /** Commune and province only: a household's street stays out of a public page. */
  producerAddress: string;
  stars: number;
  score: number | null;
  authority: string;
  decisionNumber: string | null;
  decisionDate: string | null;
  validFrom: string;
  validTo: string;
  /** 'year': a legacy record that only knows the year of its decision. */
  datesPrecision: 'day' | 'year';
  /** Computed on `today`; null when the stored dates contradict each other. */
  status: CertificateStatus | null;
  revocationDecision: { number: string | null; decidedOn: string | null } | null;
  today: string;
}>;

/** The certificate behind a public verification link, or null when the registry has no such certificate. */
export async function verifyCertificate(deps: AppDeps, id: string): Promise<CertificateVerification | null> {
  if (!UUID.test(id)) return null;
  const certificate = await findCertificateById(deps.db, id);
  if (!certificate) return null;
  const product = await findProductById(deps.db, certificate.productId);
  const producer = product ? await findProducerById(deps.db, product.producerId) : undefined;
  if (!product || !producer) return null;
  const today = vietnamDate(deps.now());
  const status = certificateStatus(
    {
      validFrom: certificate.validFrom,
      validTo: certificate.validTo,
      ...(certificate.revokedOn ? { revokedAt: certificate.revokedOn } : {}),
      ...(certificate.revocationGround
        ? { revocationGround: certificate.revocationGround as RevocationGround }
        : {}),
      ...(certificate.reEvaluationPendingSince
        ? { reEvaluationPendingSince: certificate.reEvaluationPendingSince }
        : {}),
    },
    today,
  );
  const isCentral = certificate.issuingLevel === 'ministry';
  const revocation = certificate.revokedOn ? await findRevocationDecision(deps.db, id) : undefined;
  return {
    id,
    number: certificate.number,
    productName: product.name,
    productCode: product.ocopCode,
    productSetName: product.productSetId ? (deps.productSets.byId(product.productSetId)?.name ?? null) : null,
    producerName: producer.name,
    producerAddress: communeAddress(deps.adminUnits, producer.communeCode),
    stars: certificate.stars,
    score: certificate.score === null ? null : Number(certificate.score),
    authority:
      certificate.authorityName ??
      authorityName(deps.adminUnits, isCentral ? 'central' : 'province', product.provinceCode),
    decisionNumber: certificate.decisionNumber,
    decisionDate: certificate.decisionDate,
    validFrom: certificate.validFrom,
    validTo: certificate.validTo,
    datesPrecision: certificate.datesPrecision === 'year' ? 'year' : 'day',
    status: status.ok ? status.value : null,
    revocationDecision: revocation
      ? { number: revocation.decisionNumber, decidedOn: revocation.decidedOn }
      : null,
    today,
  };
}
