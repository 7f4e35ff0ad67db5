import { findDecision } from '../../db/repositories/decisions.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import type { CertificateRow } from '../../db/repositories/products.repository.ts';
import { renderCertificatePdf } from '../../documents/certificate.ts';
import type { CertificateDocument, CertifiedStars, Signatory } from '../../documents/types.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { communeAddress } from '../dossiers/unit-names.ts';
import { loadAccessibleProduct } from '../products/load-product.ts';
import { type DocumentFile, pdfFile } from './document-file.ts';
import { displayNames, findCertificateById, findDossierOfCertificate } from './document-queries.ts';
import { authorityBody } from './issuing-body.ts';

/** Printed when the signer is not on record (a certificate entered by hand or imported). */
const GENERIC_SIGNATORY: Signatory = { titleLines: ['Thủ trưởng cơ quan cấp'], name: '' };

export const verifyUrlOf = (deps: AppDeps, certificateId: string): string =>
  `${deps.config.publicBaseUrl}/chung-nhan/${certificateId}`;

/** Who signed the decision that issued the certificate: the chair of the province or the minister. */
async function signatoryOf(deps: AppDeps, certificate: CertificateRow): Promise<Signatory> {
  const dossier = await findDossierOfCertificate(deps.db, certificate.id);
  const isCentral = certificate.issuingLevel === 'ministry';
  const decisionId = isCentral ? dossier?.centralDecisionId : dossier?.decisionId;
  const decision = decisionId ? await findDecision(deps.db, decisionId) : undefined;
  if (!decision?.signedBy) return GENERIC_SIGNATORY;
  const name = (await displayNames(deps.db, [decision.signedBy])).get(decision.signedBy);
  if (!name) return GENERIC_SIGNATORY;
  return { titleLines: [decision.level === 'central' ? 'Bộ trưởng' : 'Chủ tịch'], name };
}

/** What a printed certificate cannot do without: older records may lack the number, decision or score. */
function printable(certificate: CertificateRow) {
  const { number, decisionNumber, decisionDate, score } = certificate;
  if (!number || !decisionNumber || !decisionDate || score === null) {
    throw new DomainError(
      'DOCUMENT_NOT_READY',
      'Giấy chứng nhận này thiếu số, quyết định hoặc điểm đánh giá (dữ liệu nhập từ danh sách cũ) nên không in lại được.',
    );
  }
  return { number, decisionNumber, decisionDate, score: Number(score) };
}

/**
 * The certificate as a print-ready PDF (Vietnamese, QR to the public verification page), for anyone who may
 * see the product: 404 when unknown, 403 outside the actor's scope.
 */
export async function certificatePdf(
  deps: AppDeps,
  actor: Actor,
  certificateId: string,
): Promise<DocumentFile> {
  const certificate = await findCertificateById(deps.db, certificateId);
  if (!certificate) throw new DomainError('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận.');
  const product = await loadAccessibleProduct(deps.db, actor, certificate.productId);
  const producer = await findProducerById(deps.db, product.producerId);
  if (!producer) throw new Error(`product ${product.id} has no producer ${product.producerId}`);
  const { number, decisionNumber, decisionDate, score } = printable(certificate);
  const isCentral = certificate.issuingLevel === 'ministry';
  const address = communeAddress(deps.adminUnits, producer.communeCode);
  const productSetName = product.productSetId
    ? (deps.productSets.byId(product.productSetId)?.name ?? '')
    : '';
  const document: CertificateDocument = {
    authority: authorityBody(
      deps,
      isCentral ? 'central' : 'province',
      product.provinceCode,
      certificate.authorityName,
    ),
    certificateNumber: number,
    decisionNumber,
    decisionDate,
    issuedOn: certificate.validFrom,
    validTo: certificate.validTo,
    productName: product.name,
    ...(product.ocopCode ? { productCode: product.ocopCode } : {}),
    productSetName,
    producerName: producer.name,
    producerAddress: producer.street ? `${producer.street}, ${address}` : address,
    stars: certificate.stars as CertifiedStars,
    score,
    verifyUrl: verifyUrlOf(deps, certificate.id),
    signatory: await signatoryOf(deps, certificate),
  };
  return pdfFile(`Giấy chứng nhận OCOP ${number}`, await renderCertificatePdf(document));
}
