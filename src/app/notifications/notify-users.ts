import type { DbOrTx } from '../../db/client.ts';
import {
  findNotificationUsers,
  insertNotifications,
} from '../../db/repositories/notifications.repository.ts';
import type { AppDeps } from '../deps.ts';

export type NotificationInput = {
  userIds: readonly string[];
  /** Stable machine kind ('dossier_overdue', 'reeval_window', …): what the back-office filters and icons by. */
  kind: string;
  /** Vietnamese; also the e-mail subject. */
  title: string;
  body: string;
  /** Path in the app ('/admin/#/products/…'); made absolute with PUBLIC_BASE_URL in e-mails. */
  link?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** One notification per user and key: a repeated call with the same key adds nothing for that user. */
  dedupeKey?: string | undefined;
};

/** Whether notifications are also queued as e-mails: only when an SMTP server is configured. */
export type NotifyOptions = { email: boolean };

export const notifyOptionsOf = (deps: Pick<AppDeps, 'mailer'>): NotifyOptions => ({
  email: deps.mailer !== null,
});

/**
 * Writes one in-app notification per distinct user (inside the caller's transaction when given one);
 * each is queued for e-mail ('pending') when e-mail is on and the user is active with an address.
 * Unknown user ids are ignored. Returns how many notifications were created.
 */
export async function notifyUsers(
  db: DbOrTx,
  now: Date,
  input: NotificationInput,
  options: NotifyOptions,
): Promise<number> {
  const recipients = await findNotificationUsers(db, [...new Set(input.userIds)]);
  return insertNotifications(
    db,
    recipients.map((user) => ({
      userId: user.id,
      kind: input.kind,
      title: input.title,
      body: input.body,
      link: input.link ?? null,
      entity: input.entity ?? null,
      entityId: input.entityId ?? null,
      dedupeKey: input.dedupeKey ?? null,
      emailStatus: options.email && user.isActive && user.email ? 'pending' : 'none',
      createdAt: now,
    })),
  );
}
