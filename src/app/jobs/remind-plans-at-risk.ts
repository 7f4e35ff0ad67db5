import { listPlans } from '../../db/repositories/plans.repository.ts';
import { alertLine, isAlertDay, isAtRisk } from '../../domain/programme/plan-alerts.ts';
import { notifyUsers } from '../notifications/notify-users.ts';
import { findRecipients } from '../notifications/recipients.ts';
import { progressOfPlan } from '../programme/plan-progress.ts';
import type { DailyJob } from './daily-job.ts';
import { adminLink, formatVietnameseDate } from './reminder-text.ts';

/**
 * On the first of each month, every plan running that day is measured; when targets are not met and the pace
 * since the period began would not meet them by its end, the plan's office (the province's OCOP office, or
 * the ministry for a national plan) is told which, with the value now and the forecast. Once per plan and month.
 */
export const remindPlansAtRisk: DailyJob = {
  name: 'plan-targets-at-risk',
  async run({ db, today, now, notify, deps }) {
    if (!isAlertDay(today)) return 0;
    let created = 0;
    const running = (await listPlans(db, {})).filter((p) => p.periodFrom <= today && today <= p.periodTo);
    for (const plan of running) {
      const progress = await progressOfPlan({ db, adminUnits: deps.adminUnits }, plan, today);
      const atRisk = progress.targets
        .map((t) => ({
          label: t.target.wording ?? t.target.label.vi,
          unit: t.target.unit,
          comparator: t.target.comparator,
          targetValue: t.target.targetValue,
          actual: t.actual.value,
          progress: t.progress,
        }))
        .filter(isAtRisk);
      if (atRisk.length === 0) continue;
      const office = plan.provinceCode
        ? ({ kind: 'province_office', provinceCode: plan.provinceCode } as const)
        : ({ kind: 'central_office' } as const);
      created += await notifyUsers(
        db,
        now,
        {
          userIds: await findRecipients(db, office),
          kind: 'plan_targets_at_risk',
          title: `${atRisk.length}/${progress.targets.length} chỉ tiêu có nguy cơ không đạt: ${plan.name}`,
          body:
            `Theo tiến độ từ ${formatVietnameseDate(plan.periodFrom)} đến nay, các chỉ tiêu sau sẽ không đạt vào ` +
            `${formatVietnameseDate(plan.periodTo)}:\n${atRisk.map((t) => `- ${alertLine(t)}`).join('\n')}`,
          link: adminLink('plans', plan.id),
          entity: 'programme_plan',
          entityId: plan.id,
          dedupeKey: `plan-at-risk:${plan.id}:${today.slice(0, 7)}`,
        },
        notify,
      );
    }
    return created;
  },
};
