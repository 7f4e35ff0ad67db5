import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { type DbOrTx, rowsOf } from '../client.ts';
import { trainingCourses, trainingParticipants, users } from '../schema/index.ts';
import { certificateStatusSql } from './certificate-status.sql.ts';

export type CourseRow = typeof trainingCourses.$inferSelect;
export type NewCourseRow = typeof trainingCourses.$inferInsert;
export type CourseParticipantRow = typeof trainingParticipants.$inferSelect;
export type NewCourseParticipantRow = typeof trainingParticipants.$inferInsert;

export async function insertCourse(db: DbOrTx, row: NewCourseRow): Promise<CourseRow> {
  const [inserted] = await db.insert(trainingCourses).values(row).returning();
  if (!inserted) throw new Error('insert training_courses returned no row');
  return inserted;
}

export async function updateCourseRow(
  db: DbOrTx,
  id: string,
  patch: Partial<NewCourseRow>,
): Promise<CourseRow> {
  const [row] = await db.update(trainingCourses).set(patch).where(eq(trainingCourses.id, id)).returning();
  if (!row) throw new Error(`update training_courses ${id} matched no row`);
  return row;
}

export async function deleteCourseRow(db: DbOrTx, id: string): Promise<void> {
  await db.delete(trainingCourses).where(eq(trainingCourses.id, id));
}

export async function findCourseById(db: DbOrTx, id: string): Promise<CourseRow | undefined> {
  const [row] = await db.select().from(trainingCourses).where(eq(trainingCourses.id, id)).limit(1);
  return row;
}

export type ParticipantCounts = { officials: number; producers: number };

// The outer column is written out: inside a select list Drizzle renders a column unqualified ("id"), which
// here would resolve to the participant's own id.
const countOf = (kind: 'official' | 'producer') =>
  sql<number>`(select count(*)::int from training_participants tp
    where tp.course_id = training_courses.id and tp.kind = ${kind})`;

export async function participantCountsOf(db: DbOrTx, courseId: string): Promise<ParticipantCounts> {
  const rows = await db
    .select({ kind: trainingParticipants.kind, n: count() })
    .from(trainingParticipants)
    .where(eq(trainingParticipants.courseId, courseId))
    .groupBy(trainingParticipants.kind);
  const of = (kind: string) => rows.find((r) => r.kind === kind)?.n ?? 0;
  return { officials: of('official'), producers: of('producer') };
}

export type CourseFilter = {
  /** Courses of this province; with `includeNational`, national ones (no province) too. */
  provinceCode?: string | undefined;
  includeNational?: boolean | undefined;
  topic?: string | undefined;
  /** Courses ending on or after this day. */
  from?: string | undefined;
  /** Courses starting on or before this day. */
  to?: string | undefined;
  /** Accent-insensitive part of the title. */
  q?: string | undefined;
  /** Courses with at least one attendee from this producer. */
  producerId?: string | undefined;
  limit: number;
  offset: number;
};

function conditionsOf(filter: CourseFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.provinceCode) {
    const own = eq(trainingCourses.provinceCode, filter.provinceCode);
    conditions.push(filter.includeNational ? or(own, isNull(trainingCourses.provinceCode)) : own);
  }
  if (filter.topic)
    conditions.push(sql`${trainingCourses.topics} @> ${JSON.stringify([filter.topic])}::jsonb`);
  if (filter.from) conditions.push(gte(trainingCourses.endsOn, filter.from));
  if (filter.to) conditions.push(lte(trainingCourses.startsOn, filter.to));
  if (filter.q) {
    conditions.push(
      sql`lower(f_unaccent(${trainingCourses.title})) like '%' || lower(f_unaccent(${filter.q})) || '%'`,
    );
  }
  if (filter.producerId) {
    conditions.push(
      sql`exists (select 1 from training_participants tp
        where tp.course_id = training_courses.id and tp.producer_id = ${filter.producerId})`,
    );
  }
  return and(...conditions);
}

/** Courses, latest first, with how many officials and producers attended each. */
export async function listCourses(db: DbOrTx, filter: CourseFilter) {
  const where = conditionsOf(filter);
  const rows = await db
    .select({ course: trainingCourses, officials: countOf('official'), producers: countOf('producer') })
    .from(trainingCourses)
    .where(where)
    .orderBy(desc(trainingCourses.startsOn), asc(trainingCourses.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [total] = await db.select({ n: count() }).from(trainingCourses).where(where);
  return {
    items: rows.map((r) => ({
      course: r.course,
      counts: { officials: Number(r.officials), producers: Number(r.producers) },
    })),
    total: total?.n ?? 0,
  };
}

/** A course's attendees: officials, then producers, each by name. */
export async function participantsOfCourse(db: DbOrTx, courseId: string): Promise<CourseParticipantRow[]> {
  return db.select().from(trainingParticipants).where(eq(trainingParticipants.courseId, courseId)).orderBy(
    asc(trainingParticipants.kind),
    sql`lower(f_unaccent(${trainingParticipants.personName})) collate "C"`,
    // Names equal once folded ("Hoa", "Hòa") keep one order on every engine: the printed list is stable.
    sql`${trainingParticipants.personName} collate "C"`,
    asc(trainingParticipants.id),
  );
}

export async function replaceCourseParticipants(
  db: DbOrTx,
  courseId: string,
  rows: readonly Omit<NewCourseParticipantRow, 'courseId'>[],
): Promise<void> {
  await db.delete(trainingParticipants).where(eq(trainingParticipants.courseId, courseId));
  if (rows.length > 0) {
    await db.insert(trainingParticipants).values(rows.map((r) => ({ ...r, courseId })));
  }
}

export type UserRef = {
  id: string;
  displayName: string;
  role: string;
  provinceCode: string | null;
  communeCode: string | null;
};

export async function findUserRefs(db: DbOrTx, ids: readonly string[]): Promise<UserRef[]> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      role: users.role,
      provinceCode: users.provinceCode,
      communeCode: users.communeCode,
    })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export type TrainingCounts = {
  officials: number;
  officialsTrained: number;
  certifiedProducers: number;
  certifiedProducersTrained: number;
  producersTrained: number;
};

/**
 * Training coverage of a province (or, with no province, the country) for courses starting in [from, to]:
 * active official accounts (of `officialRoles`, created by `to`) and those of them who completed such a course;
 * producers (not archived) with a product whose certificate is in force on `to` and those of them with an
 * attendee who completed such a course; and every producer of the scope trained, certified or not.
 */
export async function countTraining(
  db: DbOrTx,
  query: { provinceCode: string | null; from: string; to: string; officialRoles: readonly string[] },
): Promise<TrainingCounts> {
  const { provinceCode, from, to } = query;
  const inScope = (column: SQL) => (provinceCode === null ? sql`true` : sql`${column} = ${provinceCode}`);
  const roles = sql.join(
    query.officialRoles.map((r) => sql`${r}`),
    sql`, `,
  );
  const result = await db.execute(sql`
    with officials as (
      select u.id from users u
      where u.is_active and u.role in (${roles}) and ${inScope(sql`u.province_code`)}
        and ((u.created_at at time zone 'UTC') + interval '7 hours')::date <= ${to}::date
    ), attended as (
      select tp.user_id, tp.producer_id from training_participants tp
      join training_courses tc on tc.id = tp.course_id
      where tp.completed = 'yes' and tc.starts_on between ${from}::date and ${to}::date
    ), certified as (
      select distinct pr.id from producers pr
      join products p on p.producer_id = pr.id
      where pr.archived_at is null and p.archived_at is null and ${inScope(sql`pr.province_code`)}
        and ${certificateStatusSql(to, 'p')} in ('valid', 'expiring', 'extended')
    )
    select
      (select count(*)::int from officials) as officials,
      (select count(distinct user_id)::int from attended
        where user_id in (select id from officials)) as officials_trained,
      (select count(*)::int from certified) as certified,
      (select count(distinct producer_id)::int from attended
        where producer_id in (select id from certified)) as certified_trained,
      (select count(distinct a.producer_id)::int from attended a
        join producers pr on pr.id = a.producer_id where ${inScope(sql`pr.province_code`)}) as producers_trained`);
  const row = rowsOf<Record<string, number>>(result)[0] ?? {};
  return {
    officials: Number(row.officials ?? 0),
    officialsTrained: Number(row.officials_trained ?? 0),
    certifiedProducers: Number(row.certified ?? 0),
    certifiedProducersTrained: Number(row.certified_trained ?? 0),
    producersTrained: Number(row.producers_trained ?? 0),
  };
}
