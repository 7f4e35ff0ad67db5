import { markAllNotificationsRead as markAllRows } from '../../db/repositories/notifications.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import type { AppDeps } from '../deps.ts';

/** Marks every unread notification of the actor read; returns how many changed. */
export async function markAllNotificationsRead(deps: AppDeps, actor: Actor): Promise<{ updated: number }> {
  return { updated: await markAllRows(deps.db, actor.id, deps.now()) };
}
