import type { Tx } from '../../db/client.ts';
import { formatVietnameseDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { adminLink } from '../jobs/reminder-text.ts';
import { notifyOptionsOf, notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients } from '../notifications/recipients.ts';
import type { RevocationView } from './revocation-view.ts';

/** Tells the producer's users that their certificate was revoked (in the app, and by e-mail when on). */
export async function notifyRevocation(deps: AppDeps, tx: Tx, view: RevocationView): Promise<void> {
  const userIds = await findRecipients(tx, { kind: 'producer', producerId: view.product.producerId });
  if (userIds.length === 0) return;
  const lines = [
    `Giấy chứng nhận OCOP ${view.certificate.stars} sao của sản phẩm "${view.product.name}" đã bị thu hồi.`,
    `Quyết định số ${view.decisionNumber ?? ''} ngày ${formatVietnameseDate(view.decidedOn ?? '')}.`,
    `Căn cứ: Điều 8 khoản 1 điểm ${view.ground === 'dd' ? 'đ' : view.ground}) Quyết định 26/2026/QĐ-TTg — ${view.groundLabel}.`,
  ];
  await notifyUsers(
    tx,
    deps.now(),
    {
      userIds,
      kind: 'certificate_revoked',
      title: `Thu hồi giấy chứng nhận OCOP: ${view.product.name}`,
      body: lines.join('\n'),
      link: adminLink('products', view.product.id),
      entity: 'revocation',
      entityId: view.id,
    },
    notifyOptionsOf(deps),
  );
}
