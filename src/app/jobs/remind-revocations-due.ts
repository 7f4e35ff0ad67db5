import { findRevocationsDueBy } from '../../db/repositories/reminders.repository.ts';
import { addDays } from '../../domain/registry/calendar-date.ts';
import { REVOCATION_GROUNDS } from '../../domain/registry/revocation-grounds.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients, type RecipientTarget } from '../notifications/recipients.ts';
import type { DailyJob } from './daily-job.ts';
import { adminLink, formatVietnameseDate } from './reminder-text.ts';

/** Days before the 15-day revocation deadline (Art. 8) when the signing authority is reminded. */
export const REVOCATION_REMINDER_DAYS = 3;

/** Proposed revocations due within 3 days (or past due): the province chair or the minister is reminded. */
export const remindRevocationsDue: DailyJob = {
  name: 'revocation-due-reminders',
  async run({ db, today, now, notify }) {
    let created = 0;
    for (const revocation of await findRevocationsDueBy(db, addDays(today, REVOCATION_REMINDER_DAYS))) {
      const signer: RecipientTarget | null =
        revocation.level === 'central'
          ? { kind: 'central_signer' }
          : revocation.provinceCode
            ? { kind: 'province_signer', provinceCode: revocation.provinceCode }
            : null;
      if (!signer) continue;
      const isPast = revocation.dueOn < today;
      const due = formatVietnameseDate(revocation.dueOn);
      const ground =
        REVOCATION_GROUNDS.find((g) => g.code === revocation.ground)?.labelVi ?? revocation.ground;
      created += await notifyUsers(
        db,
        now,
        {
          userIds: await findRecipients(db, signer),
          kind: 'revocation_due',
          title: isPast
            ? `Đề nghị thu hồi đã quá hạn quyết định: ${revocation.productName}`
            : `Đề nghị thu hồi sắp đến hạn quyết định: ${revocation.productName}`,
          body:
            `Đề nghị thu hồi giấy chứng nhận OCOP của sản phẩm "${revocation.productName}" ` +
            `(căn cứ: ${ground}) phải được quyết định trong 15 ngày kể từ ngày có kết luận, ` +
            `hạn cuối ngày ${due}${isPast ? ' (đã quá hạn)' : ''}.`,
          link: adminLink('revocations', revocation.id),
          entity: 'revocation',
          entityId: revocation.id,
          dedupeKey: `revocation-due:${revocation.id}:${revocation.dueOn}`,
        },
        notify,
      );
    }
    return created;
  },
};
