import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import { findCertificate, updateCertificateRow } from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { parseIsoDate } from '../../domain/registry/calendar-date.ts';
import { isRevocationGround } from '../../domain/registry/revocation-grounds.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import type { ProductView } from './product-view.ts';

export type CertificateChange =
  | { action: 'revoke'; revokedOn: string; ground: string }
  | { action: 'mark_re_evaluation_pending'; since: string }
  | { action: 'clear_re_evaluation_pending' };

function parsedDate(field: string, value: string): string {
  const parsed = parseIsoDate(value);
  if (parsed.ok) return parsed.value;
  throw new DomainError('VALIDATION_FAILED', parsed.message, {
    fieldErrors: [{ field, message: parsed.message }],
  });
}

/** Revokes a certificate (Art. 8 grounds) or records that its re-evaluation dossier is pending (Art. 12.3). */
export async function changeCertificate(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  productId: string,
  certificateId: string,
  change: CertificateChange,
): Promise<ProductView> {
  const product = await loadAccessibleProduct(deps.db, actor, productId);
  const existing = await findCertificate(deps.db, productId, certificateId);
  if (!existing)
    throw new DomainError('CERTIFICATE_NOT_FOUND', 'Không tìm thấy giấy chứng nhận của sản phẩm này.');
  let patch: Parameters<typeof updateCertificateRow>[2];
  switch (change.action) {
    case 'revoke': {
      if (!isRevocationGround(change.ground)) {
        throw new DomainError('VALIDATION_FAILED', 'Căn cứ thu hồi không thuộc Điều 8 Quyết định 26/2026.', {
          fieldErrors: [{ field: 'body.ground', message: 'Chọn một căn cứ: a, b, c, d, dd, e.' }],
        });
      }
      const revokedOn = parsedDate('body.revokedOn', change.revokedOn);
      if (revokedOn < existing.validFrom) {
        throw new DomainError('VALIDATION_FAILED', 'Ngày thu hồi trước ngày giấy chứng nhận có hiệu lực.');
      }
      patch = { revokedOn, revocationGround: change.ground };
      break;
    }
    case 'mark_re_evaluation_pending':
      patch = { reEvaluationPendingSince: parsedDate('body.since', change.since) };
      break;
    case 'clear_re_evaluation_pending':
      patch = { reEvaluationPendingSince: null };
      break;
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await updateCertificateRow(tx, certificateId, { ...patch, updatedAt: now });
    await refreshCurrentCertificates(tx, [productId]);
    await recordChange(tx, auditActor, now, {
      entity: 'certificate',
      entityId: certificateId,
      action: change.action,
      before: existing,
      after: row,
    });
    return productViewOf(deps, tx, product);
  });
}
