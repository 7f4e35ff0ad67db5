import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { communes2025, provinces2025 } from './admin-units.ts';
import { producers } from './producers.ts';
import { products } from './products.ts';
import { tradeEvents } from './sale-points.ts';
import { users } from './users.ts';

/** A province's (or the ministry's) OCOP plan for a period, with targets on indicators. */
export const programmePlans = pgTable(
  'programme_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level').$type<'province' | 'national'>().notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    name: text('name').notNull(),
    /** The decision or plan that set the targets ("Kế hoạch 45/KH-UBND"). */
    decisionRef: text('decision_ref'),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('programme_plans_scope_idx').on(t.level, t.provinceCode),
    check('programme_plans_scope_check', sql`(${t.level} = 'national') = (${t.provinceCode} is null)`),
    check('programme_plans_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

/**
 * A target on one indicator of a plan. Indicators are computed from the data (src/domain/programme); a manual
 * value is kept only for an indicator the platform does not hold, and is shown as such.
 */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => programmePlans.id, { onDelete: 'cascade' }),
    indicator: text('indicator').notNull(),
    /** Extra parameters of the indicator (e.g. { "minStars": 3 }). */
    params: jsonb('params').$type<Record<string, unknown>>().notNull().default({}),
    comparator: text('comparator').$type<'>=' | '>' | '<=' | '='>().notNull().default('>='),
    targetValue: numeric('target_value', { precision: 14, scale: 2 }).notNull(),
    /** The wording of the plan, kept as written ("≥ 230 sản phẩm OCOP đến năm 2025"). */
    wording: text('wording'),
    manualValue: numeric('manual_value', { precision: 14, scale: 2 }),
    manualAsOf: date('manual_as_of'),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    index('plan_targets_plan_idx').on(t.planId, t.sortOrder),
    check('plan_targets_comparator_check', sql`${t.comparator} in ('>=', '>', '<=', '=')`),
  ],
);

/** Training courses (tập huấn) for officials and producers. */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    title: text('title').notNull(),
    topics: jsonb('topics').$type<string[]>().notNull().default([]),
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    place: text('place'),
    organiser: text('organiser'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('training_courses_scope_idx').on(t.provinceCode, t.startsOn),
    check('training_courses_dates_check', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** Who attended: an official (a user account) or a producer (with the person's name). */
export const trainingParticipants = pgTable(
  'training_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'official' | 'producer'>().notNull(),
    userId: uuid('user_id').references(() => users.id),
    producerId: uuid('producer_id').references(() => producers.id),
    personName: text('person_name').notNull(),
    organisation: text('organisation'),
    communeCode: text('commune_code').references(() => communes2025.code),
    completed: text('completed').$type<'yes' | 'no'>().notNull().default('yes'),
  },
  (t) => [
    index('training_participants_course_idx').on(t.courseId),
    index('training_participants_producer_idx').on(t.producerId),
    check('training_participants_kind_check', sql`${t.kind} in ('official', 'producer')`),
    check(
      'training_participants_ref_check',
      sql`(${t.kind} = 'official' and ${t.producerId} is null) or (${t.kind} = 'producer' and ${t.producerId} is not null)`,
    ),
  ],
);

/** Support given to a producer: trademark, barcodes, packaging, stamps, lab tests, credit, equipment… */
export const supportRecords = pgTable(
  'support_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productId: uuid('product_id').references(() => products.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    kind: text('kind').notNull(),
    description: text('description'),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    fundingSource: text('funding_source'),
    grantedOn: date('granted_on').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('support_records_scope_idx').on(t.provinceCode, t.grantedOn),
    index('support_records_producer_idx').on(t.producerId),
    check('support_records_amount_check', sql`${t.amountVnd} is null or ${t.amountVnd} >= 0`),
  ],
);

/** A producer's yearly figures (impact): entered by the producer or an officer. */
export const producerYearlyFigures = pgTable(
  'producer_yearly_figures',
  {
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    year: integer('year').notNull(),
    revenueVnd: bigint('revenue_vnd', { mode: 'number' }),
    profitVnd: bigint('profit_vnd', { mode: 'number' }),
    jobs: integer('jobs'),
    localJobs: integer('local_jobs'),
    enteredBy: uuid('entered_by').references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.producerId, t.year] }),
    check('producer_yearly_figures_year_check', sql`${t.year} between 2000 and 2100`),
    check(
      'producer_yearly_figures_jobs_check',
      sql`${t.localJobs} is null or ${t.jobs} is null or ${t.localJobs} <= ${t.jobs}`,
    ),
  ],
);

/** Producers (and their products) taking part in a fair or a supply–demand conference. */
export const tradeEventParticipants = pgTable(
  'trade_event_participants',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => tradeEvents.id, { onDelete: 'cascade' }),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    productIds: jsonb('product_ids').$type<string[]>().notNull().default([]),
    booth: text('booth'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.producerId] })],
);

/** What came of an event: leads, memoranda and contracts, recorded after it. */
export const tradeEventOutcomes = pgTable(
  'trade_event_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => tradeEvents.id, { onDelete: 'cascade' }),
    producerId: uuid('producer_id').references(() => producers.id),
    kind: text('kind').$type<'lead' | 'mou' | 'contract'>().notNull(),
    counterpart: text('counterpart').notNull(),
    valueVnd: bigint('value_vnd', { mode: 'number' }),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('trade_event_outcomes_event_idx').on(t.eventId),
    check('trade_event_outcomes_kind_check', sql`${t.kind} in ('lead', 'mou', 'contract')`),
  ],
);

/** Monthly exports for the national OCOP system (and on-demand reports), kept for download. */
export const reportExports = pgTable(
  'report_exports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<'national_monthly' | 'workbook' | 'summary_pdf'>().notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    format: text('format').notNull(),
    storageKey: text('storage_key').notNull(),
    rowCount: integer('row_count'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('report_exports_monthly_uq')
      .on(t.kind, t.periodFrom, t.format)
      .where(sql`${t.kind} = 'national_monthly'`),
  ],
);
