import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { provinces2025 } from './admin-units.ts';
import { users } from './users.ts';

/** Evaluation rounds (đợt đánh giá, Art. 5): a province's or the ministry's intake and decision deadlines. */
export const evaluationRounds = pgTable(
  'evaluation_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level').$type<'province' | 'central'>().notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    intakeDeadline: date('intake_deadline').notNull(),
    decisionDeadline: date('decision_deadline').notNull(),
    isClosed: boolean('is_closed').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('evaluation_rounds_scope_idx').on(t.level, t.provinceCode, t.year),
    check('evaluation_rounds_level_check', sql`${t.level} in ('province', 'central')`),
    check('evaluation_rounds_scope_check', sql`(${t.level} = 'central') = (${t.provinceCode} is null)`),
    check('evaluation_rounds_dates_check', sql`${t.intakeDeadline} <= ${t.decisionDeadline}`),
  ],
);

/** A provincial or central evaluation council (Hội đồng) with its advisory group (tổ giúp việc). */
export const councils = pgTable(
  'councils',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    level: text('level').$type<'province' | 'central'>().notNull(),
    provinceCode: text('province_code').references(() => provinces2025.code),
    name: text('name').notNull(),
    /** The decision that set the council up ("123/QĐ-UBND"). */
    establishedBy: text('established_by'),
    establishedOn: date('established_on'),
    /** Share of scoring members (chair included) whose sheets make a result final. */
    quorumPercent: integer('quorum_percent').notNull().default(75),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('councils_scope_idx').on(t.level, t.provinceCode),
    check('councils_level_check', sql`${t.level} in ('province', 'central')`),
    check('councils_scope_check', sql`(${t.level} = 'central') = (${t.provinceCode} is null)`),
    check('councils_quorum_check', sql`${t.quorumPercent} between 50 and 100`),
  ],
);

export const COUNCIL_ROLES = ['chair', 'member', 'secretary', 'advisor'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** chair and member score; secretary keeps the minutes; advisor belongs to the advisory group. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<CouncilRole>().notNull(),
    agency: text('agency'),
    position: text('position'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('council_members_uq').on(t.councilId, t.userId),
    uniqueIndex('council_members_chair_uq').on(t.councilId).where(sql`${t.role} = 'chair'`),
    index('council_members_user_idx').on(t.userId),
    check('council_members_role_check', sql`${t.role} in ('chair', 'member', 'secretary', 'advisor')`),
  ],
);
