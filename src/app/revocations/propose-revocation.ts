import type { Tx } from '../../db/client.ts';
import { findProductById } from '../../db/repositories/products.repository.ts';
import {
  findOpenRevocation,
  findProducerEvidenceIds,
  insertRevocation,
  lockCertificateForRevocation,
} from '../../db/repositories/revocations.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import {
  canPropose,
  checkProposal,
  revocationCapacitiesOf,
  revocationLevelOf,
} from '../../domain/revocation/revocation-rules.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadRevocationView } from './load-revocation.ts';
import type { RevocationView } from './revocation-view.ts';

export type RevocationProposal = {
  certificateId: string;
  ground: string;
  description: string;
  /** Day of the violation conclusion, or of the commune's confirmation that production stopped. */
  concludedOn: string;
  /** Evidence documents of the product's producer. */
  evidenceIds?: readonly string[] | undefined;
};

async function checkedEvidence(tx: Tx, producerId: string, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = new Set(await findProducerEvidenceIds(tx, producerId, unique));
  const fieldErrors = unique
    .map((id) => ({ id, index: ids.indexOf(id) }))
    .filter(({ id }) => !found.has(id))
    .map(({ index }) => ({
      field: `body.evidenceIds.${index}`,
      message: 'Không có tài liệu này trong kho minh chứng của chủ thể.',
    }));
  if (fieldErrors.length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'Có tài liệu minh chứng không thuộc chủ thể này.', {
      fieldErrors,
    });
  }
  return unique;
}

/**
 * The OCOP office opens a revocation case (Art. 8): the provincial office for a certificate of its province,
 * the ministry's office for a 5★ one. The case is decided by the provincial chair (3★/4★) or the minister
 * (5★) within 15 days of the conclusion. One open case per certificate.
 */
export async function proposeRevocation(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: RevocationProposal,
): Promise<RevocationView> {
  const now = deps.now();
  const today = vietnamDate(now);
  return deps.db.transaction(async (tx) => {
    const certificate = await lockCertificateForRevocation(tx, input.certificateId);
    if (!certificate) throw new DomainError('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận.');
    const product = await findProductById(tx, certificate.productId);
    if (!product) throw new Error(`certificate ${certificate.id} has no product ${certificate.productId}`);
    const capacities = revocationCapacitiesOf(actor, product.provinceCode);
    if (capacities.length === 0) {
      throw new DomainError('FORBIDDEN_SCOPE', 'Sản phẩm này thuộc tỉnh khác.');
    }
    const level = revocationLevelOf(certificate.stars);
    if (!canPropose(level, capacities)) {
      throw new DomainError('FORBIDDEN', 'Đề nghị thu hồi giấy chứng nhận 3–4 sao do cơ quan OCOP tỉnh lập.');
    }
    const check = checkProposal(input, certificate, today);
    if (!check.ok && check.code === 'VALIDATION_FAILED') {
      throw new DomainError(check.code, 'Đề nghị thu hồi chưa hợp lệ.', { fieldErrors: check.fieldErrors });
    }
    if (!check.ok) throw new DomainError(check.code, check.message);
    const evidenceIds = await checkedEvidence(tx, product.producerId, input.evidenceIds ?? []);
    const open = await findOpenRevocation(tx, certificate.id);
    if (open) {
      throw new DomainError(
        'REVOCATION_ALREADY_OPEN',
        'Giấy chứng nhận này đang có hồ sơ thu hồi chờ quyết định.',
      );
    }
    const row = await insertRevocation(tx, {
      certificateId: certificate.id,
      productId: product.id,
      provinceCode: product.provinceCode,
      level,
      ...check.value,
      evidenceIds,
      state: 'proposed',
      proposedBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'revocation',
      entityId: row.id,
      action: 'propose',
      after: row,
    });
    return loadRevocationView(tx, actor, row.id, today);
  });
}
