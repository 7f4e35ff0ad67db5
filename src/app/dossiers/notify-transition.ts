import type { Tx } from '../../db/client.ts';
import type { DossierEventRow, DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { formatVietnameseDate } from '../../domain/registry/calendar-date.ts';
import { DOSSIER_ACTION_LABELS } from '../../domain/workflow/action-labels.ts';
import { DOSSIER_STATE_LABELS } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { adminLink } from '../jobs/reminder-text.ts';
import { notifyOptionsOf, notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients, recipientsForDossierState } from '../notifications/recipients.ts';

/**
 * Tells whoever must act next (and the producer, whose dossier it is) that the dossier moved: in the app,
 * and by e-mail when they have an address.
 */
export async function notifyDossierTransition(
  deps: AppDeps,
  tx: Tx,
  dossier: DossierRow,
  event: DossierEventRow,
): Promise<void> {
  const next = await recipientsForDossierState(tx, dossier);
  const producer = await findRecipients(tx, { kind: 'producer', producerId: dossier.producerId });
  const userIds = [...new Set([...next, ...producer])].filter((id) => id !== event.actorId);
  if (userIds.length === 0) return;
  const state = DOSSIER_STATE_LABELS[dossier.state].vi;
  const action =
    DOSSIER_ACTION_LABELS[event.action as keyof typeof DOSSIER_ACTION_LABELS]?.vi ?? event.action;
  const lines = [
    `Hồ sơ ${dossier.code}: ${action} (${event.actorLabel}).`,
    `Bước hiện tại: ${state}.`,
    ...(dossier.dueOn ? [`Hạn xử lý: ${formatVietnameseDate(dossier.dueOn)}.`] : []),
    ...(event.note ? [`Lý do / ghi chú: ${event.note}`] : []),
  ];
  await notifyUsers(
    tx,
    deps.now(),
    {
      userIds,
      kind: 'dossier_transition',
      title: `Hồ sơ ${dossier.code}: ${state}`,
      body: lines.join('\n'),
      link: adminLink('dossiers', dossier.id),
      entity: 'dossier',
      entityId: dossier.id,
    },
    notifyOptionsOf(deps),
  );
}
