import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findStampBatchDetail, stampsOfBatch } from '../../db/repositories/stamps.repository.ts';
import { renderStampSheetPdfOffThread } from '../../documents/pdf-workers.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { type StampLimits, sheetRange } from '../../domain/stamps/batch-rules.ts';
import { gs1ElementString } from '../../domain/stamps/gs1-digital-link.ts';
import type { AppDeps } from '../deps.ts';
import { type DocumentFile, pdfFile } from '../documents/document-file.ts';
import { assertOfficeCovers } from './stamp-access.ts';

export const stampUrlOf = (deps: AppDeps, code: string): string => `${deps.config.publicBaseUrl}/v/${code}`;

/**
 * The print sheet of a batch, or of a serial range of it (at most `limits.maxSheetStamps` stamps a request:
 * rendering is about 5 ms of CPU a stamp, on the PDF worker thread). A void batch is not printed.
 */
export async function stampSheetPdf(
  deps: AppDeps,
  actor: Actor,
  batchId: string,
  requested: { from?: number | undefined; to?: number | undefined },
  limits: StampLimits,
): Promise<DocumentFile> {
  const detail = await findStampBatchDetail(deps.db, batchId);
  if (!detail) throw new DomainError('STAMP_BATCH_NOT_FOUND', 'Không tìm thấy lô tem.');
  const { batch, product, certificate } = detail;
  assertOfficeCovers(actor, batch.provinceCode);
  if (batch.status === 'void') throw new DomainError('STAMP_BATCH_VOID', 'Lô tem đã bị hủy; không in.');
  const range = sheetRange(batch, requested, limits.maxSheetStamps);
  if ('error' in range) {
    throw new DomainError('VALIDATION_FAILED', range.error, {
      fieldErrors: [{ field: 'query.from', message: range.error }],
    });
  }
  const [stamps, producer] = await Promise.all([
    stampsOfBatch(deps.db, batch.id, range.from, range.to),
    findProducerById(deps.db, product.producerId),
  ]);
  const bytes = await renderStampSheetPdfOffThread({
    productName: product.name,
    producerName: producer?.name ?? '',
    stars: certificate.stars,
    certificateNumber: certificate.number,
    batchLabel: `Sê-ri ${range.from}–${range.to} (lô ${batch.serialFrom}–${batch.serialTo})`,
    stamps: stamps.map((s) => ({
      serial: s.serial,
      code: s.code,
      url: stampUrlOf(deps, s.code),
      gs1: product.gtin ? gs1ElementString(product.gtin, s.serial) : undefined,
    })),
  });
  return pdfFile(`tem-ocop-${range.from}-${range.to}`, bytes);
}
