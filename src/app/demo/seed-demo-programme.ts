import { listProducers } from '../../db/repositories/producers.repository.ts';
import { findUserByUsername } from '../../db/repositories/users.repository.ts';
import { SEED_PLANS } from '../../domain/programme/seed-plan-targets.ts';
import { addDays, vietnamDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import { listYearlyFigures, setYearlyFigures } from '../impact/yearly-figures.ts';
import { createPlan } from '../programme/create-plan.ts';
import { findPlans } from '../programme/find-plans.ts';
import { createSupportRecord } from '../support/create-support-record.ts';
import { findSupportRecords } from '../support/find-support-records.ts';
import { setCourseParticipants } from '../training/course-participants.ts';
import { createTrainingCourse } from '../training/create-training-course.ts';
import { findTrainingCourses } from '../training/find-training-courses.ts';
import { toActor } from '../users/public-user.ts';
import { DEMO_COURSES, DEMO_SUPPORT, demoFigures, demoYearPlan } from './demo-programme-data.ts';

const DEMO_ACTOR = { id: null, label: 'system:demo-seed' };
const PROVINCE = '08';
const OFFICE = 'tuyenquang.ocop';
const OFFICIALS = [OFFICE, 'xa.canbo'];
const PRODUCER_ACCOUNT = 'htx.demo';

/**
 * Tuyên Quang's programme records for the demo, entered by the provincial office through the normal use cases
 * (validated, audited): the 2021–2025 plan of the seeds and this year's plan, two training courses with
 * attendees, support to the first producers, and the demo producer's yearly figures. Re-runnable: each part
 * is skipped when its records are there. Returns how many records were created.
 */
export async function seedDemoProgramme(deps: AppDeps): Promise<number> {
  const officeRow = await findUserByUsername(deps.db, OFFICE);
  if (!officeRow) return 0;
  const office = toActor(officeRow);
  const today = vietnamDate(deps.now());
  const year = Number(today.slice(0, 4));
  let created = 0;

  const plans = await findPlans(deps, office, { province: PROVINCE });
  const seedPlan = SEED_PLANS.find((p) => p.provinceCode === PROVINCE);
  for (const plan of [...(seedPlan ? [seedPlan] : []), demoYearPlan(year)]) {
    if (plans.items.some((p) => p.name === plan.name)) continue;
    await createPlan(deps, office, DEMO_ACTOR, {
      level: 'province',
      provinceCode: PROVINCE,
      name: plan.name,
      decisionRef: 'decisionRef' in plan ? plan.decisionRef : null,
      periodFrom: plan.periodFrom,
      periodTo: plan.periodTo,
      targets: plan.targets.map((t) => ({ ...t, params: { ...t.params } })),
    });
    created += 1;
  }

  const { items: producers } = await listProducers(deps.db, {
    scope: { kind: 'province', provinceCode: PROVINCE },
    includeArchived: false,
    limit: 5,
    offset: 0,
  });
  if (producers.length === 0) return created;

  const courses = await findTrainingCourses(deps, office, { province: PROVINCE, page: 1, pageSize: 200 });
  const officials = [];
  for (const username of OFFICIALS) {
    const user = await findUserByUsername(deps.db, username);
    if (user) officials.push({ userId: user.id });
  }
  for (const course of DEMO_COURSES) {
    if (courses.items.some((c) => c.title === course.title)) continue;
    const startsOn = addDays(today, course.startsIn);
    const view = await createTrainingCourse(deps, office, DEMO_ACTOR, {
      title: course.title,
      provinceCode: PROVINCE,
      topics: course.topics,
      place: course.place,
      organiser: course.organiser,
      startsOn,
      endsOn: addDays(startsOn, course.days - 1),
    });
    await setCourseParticipants(deps, office, DEMO_ACTOR, view.id, {
      officials,
      producers: course.producerPeople.map((personName, i) => ({
        producerId: (producers[i % producers.length] ?? producers[0])?.id ?? '',
        personName,
      })),
    });
    created += 1;
  }

  const support = await findSupportRecords(deps, office, { province: PROVINCE, page: 1, pageSize: 1 });
  if (support.total === 0) {
    for (const [i, record] of DEMO_SUPPORT.entries()) {
      const { daysAgo, ...input } = record;
      const producer = producers[i % producers.length] ?? producers[0];
      if (!producer) break;
      await createSupportRecord(deps, office, DEMO_ACTOR, {
        ...input,
        producerId: producer.id,
        grantedOn: addDays(today, -daysAgo),
      });
      created += 1;
    }
  }

  const producerId = (await findUserByUsername(deps.db, PRODUCER_ACCOUNT))?.producerId;
  if (producerId && (await listYearlyFigures(deps, office, producerId)).length === 0) {
    for (const { year: figuresYear, ...figures } of demoFigures(year)) {
      await setYearlyFigures(deps, office, DEMO_ACTOR, producerId, figuresYear, figures);
      created += 1;
    }
  }
  return created;
}
