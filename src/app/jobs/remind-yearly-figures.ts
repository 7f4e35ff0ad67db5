import { producersMissingFigures } from '../../db/repositories/impact.repository.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients } from '../notifications/recipients.ts';
import type { DailyJob } from './daily-job.ts';
import { adminLink } from './reminder-text.ts';

/** Vietnam dates (month-day) on which producers are asked for last year's figures. */
export const FIGURES_REMINDER_DAYS = ['01-15', '02-15'] as const;

/**
 * On 15 January and 15 February, the accounts of every OCOP producer that has not entered last year's figures
 * (revenue, profit, jobs) are asked to: the revenue-growth indicator and the impact reports depend on them.
 */
export const remindYearlyFigures: DailyJob = {
  name: 'yearly-figures-reminders',
  async run({ db, today, now, notify }) {
    if (!(FIGURES_REMINDER_DAYS as readonly string[]).includes(today.slice(5))) return 0;
    const year = Number(today.slice(0, 4)) - 1;
    let created = 0;
    for (const producerId of await producersMissingFigures(db, year)) {
      created += await notifyUsers(
        db,
        now,
        {
          userIds: await findRecipients(db, { kind: 'producer', producerId }),
          kind: 'yearly_figures_due',
          title: `Nhập số liệu sản xuất, kinh doanh năm ${year}`,
          body:
            `Chương trình OCOP theo dõi doanh thu, lợi nhuận và lao động của chủ thể hằng năm. Hãy nhập số liệu ` +
            `năm ${year} trên trang thông tin chủ thể (mục "Số liệu sản xuất, kinh doanh hằng năm").`,
          link: adminLink('producers', producerId),
          entity: 'producer',
          entityId: producerId,
          dedupeKey: `figures-due:${producerId}:${year}:${today.slice(5, 7)}`,
        },
        notify,
      );
    }
    return created;
  },
};
