import { refreshCurrentCertificates } from '../../db/repositories/current-certificate.repository.ts';
import { insertCertificate } from '../../db/repositories/products.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { parseIsoDate } from '../../domain/registry/calendar-date.ts';
import { validToFor } from '../../domain/registry/certificate-status.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import type { ProductView } from './product-view.ts';

export type CertificateInput = {
  number?: string | null | undefined;
  decisionNumber?: string | null | undefined;
  decisionDate?: string | null | undefined;
  issuingLevel?: 'province' | 'ministry' | undefined;
  authorityName?: string | null | undefined;
  stars: number;
  score?: number | null | undefined;
  validFrom: string;
  /** Default: 36 months after validFrom (Decision 26/2026 Art. 4.3); a printed date is kept as issued. */
  validTo?: string | null | undefined;
};

/** Validates a certificate: 3★/4★ are issued by the province, 5★ by the ministry. */
export function certificateColumns(input: CertificateInput) {
  const fieldErrors: FieldError[] = [];
  const date = (field: string, value: string | null | undefined) => {
    if (!value) return null;
    const parsed = parseIsoDate(value);
    if (parsed.ok) return parsed.value;
    fieldErrors.push({ field: `body.${field}`, message: parsed.message });
    return null;
  };
  const validFrom = date('validFrom', input.validFrom);
  const decisionDate = date('decisionDate', input.decisionDate);
  let validTo = date('validTo', input.validTo);
  if (validFrom && !validTo) {
    const computed = validToFor(validFrom);
    validTo = computed.ok ? computed.value : null;
  }
  if (validFrom && validTo && validTo <= validFrom) {
    fieldErrors.push({ field: 'body.validTo', message: 'Ngày hết hạn phải sau ngày có hiệu lực.' });
  }
  const issuingLevel = input.issuingLevel ?? (input.stars === 5 ? 'ministry' : 'province');
  if ((input.stars === 5) !== (issuingLevel === 'ministry')) {
    fieldErrors.push({
      field: 'body.issuingLevel',
      message: 'Sản phẩm 5 sao do Bộ công nhận; 3–4 sao do UBND tỉnh công nhận.',
    });
  }
  if (fieldErrors.length > 0 || !validFrom || !validTo) {
    throw new DomainError('VALIDATION_FAILED', 'Thông tin giấy chứng nhận chưa hợp lệ.', { fieldErrors });
  }
  return {
    number: input.number?.trim() || null,
    decisionNumber: input.decisionNumber?.trim() || null,
    decisionDate,
    issuingLevel,
    authorityName: input.authorityName?.trim() || null,
    stars: input.stars,
    score: input.score === null || input.score === undefined ? null : input.score.toFixed(2),
    validFrom,
    validTo,
  };
}

/** Records a certificate in the product's history (province/ministry staff, in their scope). */
export async function addCertificate(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  productId: string,
  input: CertificateInput,
): Promise<ProductView> {
  const product = await loadAccessibleProduct(deps.db, actor, productId);
  const columns = certificateColumns(input);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertCertificate(tx, { ...columns, productId, createdAt: now, updatedAt: now });
    await refreshCurrentCertificates(tx, [productId]);
    await recordChange(tx, auditActor, now, {
      entity: 'certificate',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return productViewOf(deps, tx, product);
  });
}
