import { sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { ScoreSheet } from '../../domain/scoring/evaluation-types.ts';
import type { DossierState, RegistrationType } from '../../domain/workflow/dossier-states.ts';
import { communes2025, provinces2025 } from './admin-units.ts';
import { certificates } from './certificates.ts';
import { councils, evaluationRounds } from './councils.ts';
import { decisions } from './decisions.ts';
import { producers } from './producers.ts';
import { products } from './products.ts';
import { users } from './users.ts';

export type FormData = Record<string, unknown>;

/** A product dossier (hồ sơ) travelling producer → commune → province council → decision (→ ministry). */
export const dossiers = pgTable(
  'dossiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Human reference shown on every document ("HS-2026-000123"). */
    code: text('code').notNull().unique(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces2025.code),
    communeCode: text('commune_code')
      .notNull()
      .references(() => communes2025.code),
    registrationType: text('registration_type').$type<RegistrationType>().notNull(),
    state: text('state').$type<DossierState>().notNull(),
    roundId: uuid('round_id').references(() => evaluationRounds.id),
    centralRoundId: uuid('central_round_id').references(() => evaluationRounds.id),
    previousDossierId: uuid('previous_dossier_id').references((): AnyPgColumn => dossiers.id),
    /** The certificate an upgrade or re-evaluation starts from. */
    baseCertificateId: uuid('base_certificate_id').references(() => certificates.id),
    criteriaSetId: text('criteria_set_id').notNull(),
    productSetId: integer('product_set_id').notNull(),
    form01: jsonb('form01').$type<FormData>().notNull().default({}),
    form02: jsonb('form02').$type<FormData>().notNull().default({}),
    form03: jsonb('form03').$type<FormData>(),
    selfAssessment: jsonb('self_assessment').$type<ScoreSheet>(),
    selfTotal: numeric('self_total', { precision: 6, scale: 2 }),
    selfStars: integer('self_stars'),
    /** Written opinions (re-evaluation) or a council meeting. */
    councilMode: text('council_mode').$type<'meeting' | 'written'>(),
    councilId: uuid('council_id').references(() => councils.id),
    centralCouncilId: uuid('central_council_id').references(() => councils.id),
    /** Scoring pass: 1, then +1 every time the chair asks for a re-score. */
    scoringPass: integer('scoring_pass').notNull().default(0),
    /** Result the council finalised (province, then central level). */
    resultTotal: numeric('result_total', { precision: 6, scale: 2 }),
    resultStars: integer('result_stars'),
    centralTotal: numeric('central_total', { precision: 6, scale: 2 }),
    centralStars: integer('central_stars'),
    decisionId: uuid('decision_id').references(() => decisions.id),
    centralDecisionId: uuid('central_decision_id').references(() => decisions.id),
    certificateId: uuid('certificate_id').references(() => certificates.id),
    /** Why the dossier was last returned, rejected or sent back. */
    lastReason: text('last_reason'),
    submittedOn: date('submitted_on'),
    /** The day the province found the dossier complete (start of the 45-day re-evaluation limit). */
    completeOn: date('complete_on'),
    /** The date the current step must be done by (null: no legal limit, e.g. waiting for the producer). */
    dueOn: date('due_on'),
    stepStartedOn: date('step_started_on'),
    isNominated: boolean('is_nominated').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('dossiers_province_state_idx').on(t.provinceCode, t.state),
    index('dossiers_commune_state_idx').on(t.communeCode, t.state),
    index('dossiers_producer_idx').on(t.producerId, t.createdAt),
    index('dossiers_product_idx').on(t.productId, t.createdAt),
    index('dossiers_due_idx').on(t.dueOn),
    index('dossiers_council_idx').on(t.councilId),
    index('dossiers_central_council_idx').on(t.centralCouncilId),
    // One open dossier per product at a time.
    uniqueIndex('dossiers_open_product_uq')
      .on(t.productId)
      .where(sql`${t.state} not in ('recognised', 'not_recognised', 'rejected', 'withdrawn')`),
    check(
      'dossiers_registration_type_check',
      sql`${t.registrationType} in ('first', 'upgrade', 're_evaluation')`,
    ),
    check('dossiers_product_set_check', sql`${t.productSetId} between 1 and 26`),
  ],
);

/** The dossier's timeline: every transition, who, when, why (the audit log keeps the full rows). */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    action: text('action').notNull(),
    fromState: text('from_state').$type<DossierState>(),
    toState: text('to_state').$type<DossierState>().notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorLabel: text('actor_label').notNull(),
    note: text('note'),
    dueOn: date('due_on'),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('dossier_events_dossier_idx').on(t.dossierId, t.at)],
);

/**
 * One council member's score sheet. Immutable once submitted (a trigger refuses updates and deletes of a
 * submitted sheet); a re-score is a new sheet pointing at the one it supersedes.
 */
export const scoreSheets = pgTable(
  'score_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    level: text('level').$type<'province' | 'central'>().notNull(),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id),
    pass: integer('pass').notNull(),
    sheet: jsonb('sheet').$type<ScoreSheet>().notNull(),
    total: numeric('total', { precision: 6, scale: 2 }).notNull(),
    stars: integer('stars').notNull(),
    /** Written opinion (lấy ý kiến bằng văn bản) or remarks. */
    opinion: text('opinion'),
    /** sha256 of the canonical sheet content, printed on the signed PDF. */
    fingerprint: text('fingerprint').notNull(),
    supersedesId: uuid('supersedes_id').references((): AnyPgColumn => scoreSheets.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('score_sheets_member_pass_uq').on(t.dossierId, t.level, t.memberId, t.pass),
    index('score_sheets_dossier_idx').on(t.dossierId, t.level, t.pass),
    check('score_sheets_level_check', sql`${t.level} in ('province', 'central')`),
  ],
);

/** A council member's declared conflict of interest: recused from scoring and seeing that dossier. */
export const councilRecusals = pgTable(
  'council_recusals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('council_recusals_uq').on(t.dossierId, t.councilId, t.memberId)],
);

/** Advisory-group work on a dossier: reviews, site surveys, extra lab-test requests. */
export const advisoryReports = pgTable(
  'advisory_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    level: text('level').$type<'province' | 'central'>().notNull(),
    kind: text('kind').$type<'review' | 'site_survey' | 'lab_test_request'>().notNull(),
    onDate: date('on_date').notNull(),
    summary: text('summary').notNull(),
    findings: text('findings'),
    requestedTests: text('requested_tests'),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('advisory_reports_dossier_idx').on(t.dossierId, t.createdAt),
    check('advisory_reports_kind_check', sql`${t.kind} in ('review', 'site_survey', 'lab_test_request')`),
  ],
);
