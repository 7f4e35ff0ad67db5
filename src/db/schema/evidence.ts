import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { dossiers } from './dossiers.ts';
import { producers } from './producers.ts';
import { users } from './users.ts';

/**
 * The producer's evidence wallet: every document stored once with its type and validity and reused by later
 * dossiers (the file itself lives in the media store under `storageKey`).
 */
export const evidenceDocuments = pgTable(
  'evidence_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
    type: text('type').notNull(),
    title: text('title').notNull(),
    number: text('number'),
    issuer: text('issuer'),
    issuedOn: date('issued_on'),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    storageKey: text('storage_key').notNull(),
    fileName: text('file_name').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('evidence_documents_producer_idx').on(t.producerId, t.type),
    check(
      'evidence_documents_validity_check',
      sql`${t.validFrom} is null or ${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`,
    ),
  ],
);

/** Which evidence a dossier relies on, and for which criterion ('' = the dossier as a whole). */
export const dossierEvidence = pgTable(
  'dossier_evidence',
  {
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceDocuments.id),
    criterionCode: text('criterion_code').notNull().default(''),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.evidenceId, t.criterionCode] })],
);
