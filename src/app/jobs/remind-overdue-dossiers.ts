import { findOverdueDossiers } from '../../db/repositories/reminders.repository.ts';
import { daysBetween } from '../../domain/registry/calendar-date.ts';
import { DOSSIER_STATE_LABELS } from '../../domain/workflow/dossier-states.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { recipientsForDossierState } from '../notifications/recipients.ts';
import type { DailyJob } from './daily-job.ts';
import { adminLink, formatVietnameseDate } from './reminder-text.ts';

/** Every day a dossier's step is overdue, whoever must act on it (RESPONSIBLE) gets one reminder. */
export const remindOverdueDossiers: DailyJob = {
  name: 'overdue-dossier-reminders',
  async run({ db, today, now, notify }) {
    let created = 0;
    for (const dossier of await findOverdueDossiers(db, today)) {
      const userIds = await recipientsForDossierState(db, dossier);
      if (userIds.length === 0) continue;
      const step = DOSSIER_STATE_LABELS[dossier.state].vi;
      const late = daysBetween(dossier.dueOn, today);
      created += await notifyUsers(
        db,
        now,
        {
          userIds,
          kind: 'dossier_overdue',
          title: `Hồ sơ ${dossier.code} đã quá hạn xử lý`,
          body:
            `Hồ sơ ${dossier.code} (sản phẩm "${dossier.productName}") ở bước "${step}" ` +
            `có hạn xử lý ngày ${formatVietnameseDate(dossier.dueOn)}, đã quá hạn ${late} ngày. ` +
            'Đề nghị xử lý hồ sơ hoặc ghi rõ lý do chậm trễ.',
          link: adminLink('dossiers', dossier.id),
          entity: 'dossier',
          entityId: dossier.id,
          dedupeKey: `overdue:${dossier.id}:${dossier.state}:${today}`,
        },
        notify,
      );
    }
    return created;
  },
};
