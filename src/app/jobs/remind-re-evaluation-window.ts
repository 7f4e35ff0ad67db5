import { findCertificatesDueForReEvaluation } from '../../db/repositories/reminders.repository.ts';
import { addDays } from '../../domain/registry/calendar-date.ts';
import {
  RE_EVALUATION_EARLIEST_DAYS,
  RE_EVALUATION_LATEST_DAYS,
  reEvaluationWindow,
} from '../../domain/registry/certificate-status.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients } from '../notifications/recipients.ts';
import type { DailyJob } from './daily-job.ts';
import { adminLink, formatVietnameseDate } from './reminder-text.ts';

/**
 * Once per certificate, when its re-evaluation window opens (Art. 7.6.a: 180 to 120 days before expiry),
 * the producer's accounts and the provincial OCOP office are reminded. Only while the window is open and no
 * re-evaluation is under way: certificates found after the window closed (first run on old data) are not.
 */
export const remindReEvaluationWindow: DailyJob = {
  name: 're-evaluation-window-reminders',
  async run({ db, today, now, notify }) {
    const due = await findCertificatesDueForReEvaluation(db, {
      validToFrom: addDays(today, RE_EVALUATION_LATEST_DAYS),
      validToUntil: addDays(today, RE_EVALUATION_EARLIEST_DAYS),
    });
    let created = 0;
    for (const certificate of due) {
      const window = reEvaluationWindow(certificate.validTo);
      if (!window.ok) continue;
      const userIds = [
        ...(await findRecipients(db, { kind: 'producer', producerId: certificate.producerId })),
        ...(await findRecipients(db, { kind: 'province_office', provinceCode: certificate.provinceCode })),
      ];
      created += await notifyUsers(
        db,
        now,
        {
          userIds,
          kind: 're_evaluation_window',
          title: `Đến thời hạn nộp hồ sơ đánh giá lại: ${certificate.productName}`,
          body:
            `Giấy chứng nhận OCOP ${certificate.stars} sao của sản phẩm "${certificate.productName}" ` +
            `hết hiệu lực ngày ${formatVietnameseDate(certificate.validTo)}. ` +
            `Hồ sơ đánh giá lại nộp từ ngày ${formatVietnameseDate(window.value.opensOn)} ` +
            `đến hết ngày ${formatVietnameseDate(window.value.closesOn)} ` +
            '(không sớm hơn 180 ngày và không muộn hơn 120 ngày trước khi hết hạn, Điều 7 Quyết định 26/2026/QĐ-TTg).',
          link: adminLink('products', certificate.productId),
          entity: 'certificate',
          entityId: certificate.certificateId,
          dedupeKey: `reeval-window:${certificate.certificateId}`,
        },
        notify,
      );
    }
    return created;
  },
};
