import type { Tx } from '../../db/client.ts';
import {
  findCurrentCertificate,
  findStampBatchDetail,
  insertStampBatch,
  insertStampChunk,
  insertStampRows,
  issuedUnderCertificate,
  lastSerialOf,
  lockProductForStamps,
  missingSerials,
} from '../../db/repositories/stamps.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { quotaLeft, refusalToStamp, type StampLimits } from '../../domain/stamps/batch-rules.ts';
import { currentStatusOf } from '../../domain/stamps/stamp-verdict.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { generateStampCodes } from './generate-codes.ts';
import { assertOfficeCovers } from './stamp-access.ts';
import { type StampBatchView, toStampBatchView } from './stamp-batch-view.ts';

export type NewStampBatch = { productId: string; quantity: number; note?: string | null | undefined };

/** Rows per INSERT … SELECT: one text parameter of ~70 KB, a few milliseconds each on PostgreSQL. */
const CHUNK = 5_000;

/** Inserts the batch's stamps in chunks; a code that collides with an existing stamp is drawn again. */
async function insertStamps(
  tx: Tx,
  batch: { id: string; productId: string },
  from: number,
  quantity: number,
) {
  for (let start = 0; start < quantity; start += CHUNK) {
    const size = Math.min(CHUNK, quantity - start);
    const inserted = await insertStampChunk(tx, batch, from + start, generateStampCodes(size));
    if (inserted === size) continue;
    const serialFrom = from + start;
    for (
      let missing = await missingSerials(tx, batch.productId, serialFrom, serialFrom + size - 1);
      missing.length > 0;
    ) {
      const codes = generateStampCodes(missing.length);
      await insertStampRows(
        tx,
        missing.map((serial, i) => ({
          code: codes[i] ?? '',
          batchId: batch.id,
          productId: batch.productId,
          serial,
        })),
      );
      missing = await missingSerials(tx, batch.productId, serialFrom, serialFrom + size - 1);
    }
  }
}

/**
 * Issues a batch of stamps for a product whose current certificate is in force: serials continue from the
 * product's last one, the certificate's quota is respected, and every stamp row is written in the same
 * transaction (one audit entry for the batch, not one per stamp).
 */
export async function createStampBatch(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: NewStampBatch,
  limits: StampLimits,
): Promise<StampBatchView> {
  if (input.quantity < 1 || input.quantity > limits.maxBatchQuantity) {
    throw new DomainError('VALIDATION_FAILED', `Mỗi lô từ 1 đến ${limits.maxBatchQuantity} tem.`, {
      fieldErrors: [{ field: 'body.quantity', message: `Tối đa ${limits.maxBatchQuantity} tem một lô.` }],
    });
  }
  const now = deps.now();
  const today = vietnamDate(now);
  const id = await deps.db.transaction(async (tx) => {
    const product = await lockProductForStamps(tx, input.productId);
    if (!product) throw new DomainError('PRODUCT_NOT_FOUND', 'Không tìm thấy sản phẩm.');
    assertOfficeCovers(actor, product.provinceCode);
    if (product.archivedAt) throw new DomainError('ARCHIVED', 'Sản phẩm đã lưu trữ; không cấp tem.');
    const certificate = await findCurrentCertificate(tx, product.id);
    const status = certificate
      ? currentStatusOf(
          {
            ...certificate,
            revocationDecision: null,
            reEvaluationSince: certificate.reEvaluationPendingSince,
          },
          today,
        )
      : null;
    const refusal = refusalToStamp(status);
    if (refusal || !certificate) throw new DomainError('STAMP_NOT_ALLOWED', refusal?.vi ?? '');
    const left = quotaLeft(await issuedUnderCertificate(tx, certificate.id), limits);
    if (input.quantity > left) {
      throw new DomainError(
        'STAMP_QUOTA_EXCEEDED',
        `Giấy chứng nhận này còn được cấp ${left} tem (hạn mức ${limits.quotaPerCertificate} tem).`,
      );
    }
    const serialFrom = (await lastSerialOf(tx, product.id)) + 1;
    const batch = await insertStampBatch(tx, {
      productId: product.id,
      certificateId: certificate.id,
      provinceCode: product.provinceCode,
      quantity: input.quantity,
      serialFrom,
      serialTo: serialFrom + input.quantity - 1,
      status: 'issued',
      note: input.note?.trim() || null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    await insertStamps(tx, batch, serialFrom, input.quantity);
    await recordChange(tx, auditActor, now, {
      entity: 'stamp_batch',
      entityId: batch.id,
      action: 'create',
      after: batch,
    });
    return batch.id;
  });
  const detail = await findStampBatchDetail(deps.db, id);
  if (!detail) throw new Error(`stamp batch ${id} vanished`);
  return toStampBatchView(detail);
}
