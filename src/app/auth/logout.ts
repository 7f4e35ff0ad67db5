import { deleteSession } from '../../db/repositories/sessions.repository.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';

export async function logout(deps: AppDeps, actor: AuditActor, sessionId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordChange(tx, actor, deps.now(), {
      entity: 'session',
      entityId: sessionId.slice(0, 12),
      action: 'logout',
    });
  });
}
