import type { Tx } from '../../db/client.ts';
import { appendAuditEntry } from '../../db/repositories/audit.repository.ts';
import type { AuditActor } from '../deps.ts';

export type Change = Readonly<{
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}>;

/** Records a state change in the audit log, inside the transaction that makes it. */
export async function recordChange(tx: Tx, actor: AuditActor, at: Date, change: Change): Promise<void> {
  await appendAuditEntry(tx, {
    at,
    actorId: actor.id,
    actorLabel: actor.label,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    before: change.before ?? null,
    after: change.after ?? null,
  });
}
