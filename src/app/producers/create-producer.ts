import { findProducerLookalikes, insertProducer } from '../../db/repositories/producers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { assertWithinScope } from '../../domain/auth/scope.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { type ProducerInput, producerColumns } from './producer-input.ts';
import { type ProducerView, toProducerView } from './producer-view.ts';

/**
 * Registers a producer. A producer with the same tax code is refused; one with the same accent-folded
 * name in the same commune is reported (409 with the look-alikes) unless the caller confirms.
 */
export async function createProducer(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: ProducerInput & { confirmNotDuplicate?: boolean | undefined },
): Promise<ProducerView> {
  if (actor.role === 'producer' || actor.role === 'council_member') {
    throw new DomainError('FORBIDDEN', 'Chủ thể mới do cán bộ xã hoặc tỉnh đăng ký.');
  }
  const columns = producerColumns(deps.adminUnits, input);
  assertWithinScope(actor, columns);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const lookalikes = await findProducerLookalikes(tx, columns);
    const sameTaxCode = lookalikes.find((p) => columns.taxCode !== null && p.taxCode === columns.taxCode);
    if (sameTaxCode) {
      throw new DomainError(
        'PRODUCER_DUPLICATE',
        `Mã số thuế ${columns.taxCode} đã thuộc chủ thể "${sameTaxCode.name}".`,
        {
          fieldErrors: [
            { field: 'body.taxCode', message: `Đã có chủ thể "${sameTaxCode.name}" với mã này.` },
          ],
        },
      );
    }
    if (lookalikes.length > 0 && !input.confirmNotDuplicate) {
      throw new DomainError(
        'PRODUCER_POSSIBLE_DUPLICATE',
        `Đã có chủ thể trùng tên trong xã: ${lookalikes.map((p) => `"${p.name}"`).join(', ')}. Gửi lại với confirmNotDuplicate=true nếu đây là chủ thể khác.`,
        {
          fieldErrors: lookalikes.map((p) => ({
            field: 'body.name',
            message: `Trùng tên với chủ thể ${p.id}`,
          })),
        },
      );
    }
    const row = await insertProducer(tx, { ...columns, createdBy: actor.id, createdAt: now, updatedAt: now });
    const view = toProducerView(row, deps.adminUnits);
    await recordChange(tx, auditActor, now, {
      entity: 'producer',
      entityId: row.id,
      action: 'create',
      after: view,
    });
    return view;
  });
}
