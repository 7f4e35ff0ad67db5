import type { DbOrTx } from '../../db/client.ts';
import type { NewSupportRow } from '../../db/repositories/support.repository.ts';
import {
  findProducerRefs,
  findProductRefs,
  type ProducerRef,
} from '../../db/repositories/trade-event-records.repository.ts';
import type { FieldError } from '../../domain/errors.ts';
import { parseIsoDate } from '../../domain/registry/calendar-date.ts';
import { oneLine } from '../../domain/registry/text-line.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';
import type { SupportKind } from '../../domain/support/support-kinds.ts';

export type SupportInput = {
  producerId: string;
  /** One of the producer's products, when the support was for it. */
  productId?: string | null | undefined;
  kind: SupportKind;
  description?: string | null | undefined;
  /** Whole VND, ≥ 0. */
  amountVnd: number;
  /** Where the money came from (e.g. "Ngân sách tỉnh", "Chương trình MTQG xây dựng nông thôn mới"). */
  fundingSource?: string | null | undefined;
  grantedOn: string;
};

export type SupportColumns = Omit<NewSupportRow, 'id' | 'createdBy' | 'createdAt' | 'updatedAt'>;

/**
 * Validates a support record against the registry: the producer exists and is not archived, the product is
 * one of its own, the date is real and not ahead of today. The record's province is the producer's.
 */
export async function supportColumns(
  db: DbOrTx,
  input: SupportInput,
  today: string,
  /** On an update: the record's producer, kept even if archived since. */
  unchangedProducerId?: string,
): Promise<{ producer: ProducerRef; columns: SupportColumns }> {
  const errors: FieldError[] = [];
  const [producer] = await findProducerRefs(db, [input.producerId]);
  if (!producer) errors.push({ field: 'body.producerId', message: 'Không tìm thấy chủ thể.' });
  else if (producer.isArchived && producer.id !== unchangedProducerId)
    errors.push({ field: 'body.producerId', message: `Chủ thể "${producer.name}" đã lưu trữ.` });
  const productId = input.productId ?? null;
  if (productId !== null) {
    const [product] = await findProductRefs(db, [productId]);
    if (!product) errors.push({ field: 'body.productId', message: 'Không tìm thấy sản phẩm.' });
    else if (product.producerId !== input.producerId)
      errors.push({
        field: 'body.productId',
        message: `Sản phẩm "${product.name}" không phải của chủ thể này.`,
      });
  }
  const grantedOn = parseIsoDate(input.grantedOn, 'Ngày hỗ trợ');
  if (!grantedOn.ok) errors.push({ field: 'body.grantedOn', message: grantedOn.message });
  else if (grantedOn.value > today)
    errors.push({ field: 'body.grantedOn', message: 'Ngày hỗ trợ không được sau hôm nay.' });
  throwIfInvalid(errors);
  // No errors: the producer was found.
  const found = producer as ProducerRef;
  return {
    producer: found,
    columns: {
      producerId: input.producerId,
      productId,
      provinceCode: found.provinceCode,
      kind: input.kind,
      description: input.description?.normalize('NFC').trim() || null,
      amountVnd: input.amountVnd,
      fundingSource: oneLine(input.fundingSource),
      grantedOn: input.grantedOn,
    },
  };
}
