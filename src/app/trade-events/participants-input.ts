import type { DbOrTx } from '../../db/client.ts';
import { findProducerRefs, findProductRefs } from '../../db/repositories/trade-event-records.repository.ts';
import type { FieldError } from '../../domain/errors.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';

export type ParticipantInput = {
  producerId: string;
  /** The producer's products shown at the event. */
  productIds?: string[] | undefined;
  booth?: string | null | undefined;
};

export type ParticipantColumns = { producerId: string; productIds: string[]; booth: string | null };

/**
 * Validates the whole list of an event's participants: each producer once, existing and not archived (of any
 * province: fairs invite other provinces), each product one of that producer's. Every problem with its field.
 */
export async function participantColumns(
  db: DbOrTx,
  input: readonly ParticipantInput[],
): Promise<ParticipantColumns[]> {
  const producers = new Map(
    (await findProducerRefs(db, [...new Set(input.map((p) => p.producerId))])).map((p) => [p.id, p]),
  );
  const productIds = [...new Set(input.flatMap((p) => p.productIds ?? []))];
  const products = new Map((await findProductRefs(db, productIds)).map((p) => [p.id, p]));
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  input.forEach((participant, i) => {
    const at = `body.participants.${i}`;
    const producer = producers.get(participant.producerId);
    if (seen.has(participant.producerId))
      errors.push({ field: `${at}.producerId`, message: 'Chủ thể này đã có trong danh sách.' });
    else if (!producer) errors.push({ field: `${at}.producerId`, message: 'Không tìm thấy chủ thể.' });
    else if (producer.isArchived)
      errors.push({ field: `${at}.producerId`, message: `Chủ thể "${producer.name}" đã lưu trữ.` });
    seen.add(participant.producerId);
    (participant.productIds ?? []).forEach((id, j) => {
      const product = products.get(id);
      const field = `${at}.productIds.${j}`;
      if (!product) errors.push({ field, message: 'Không tìm thấy sản phẩm.' });
      else if (product.producerId !== participant.producerId)
        errors.push({ field, message: `Sản phẩm "${product.name}" không phải của chủ thể này.` });
      else if (product.isArchived) errors.push({ field, message: `Sản phẩm "${product.name}" đã lưu trữ.` });
    });
  });
  throwIfInvalid(errors);
  return input.map((p) => ({
    producerId: p.producerId,
    productIds: [...new Set(p.productIds ?? [])],
    booth: p.booth?.normalize('NFC').trim().replace(/\s+/g, ' ') || null,
  }));
}
