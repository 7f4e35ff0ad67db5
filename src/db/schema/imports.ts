import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * One uploaded spreadsheet and its way through mapping → preview (dry run) → commit. The parsed cells and
 * per-row outcomes are kept so the preview can be re-run after a person picks communes, and the report
 * can be downloaded later. Re-importing the same file is harmless: rows are matched to existing records.
 */
export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Null for imports run by an operator on the command line or by the demo seed (see created_by_label). */
    createdBy: uuid('created_by').references(() => users.id),
    createdByLabel: text('created_by_label').notNull(),
    /** The province an officer imports into (their own); null for the ministry and the CLI. */
    scopeProvinceCode: text('scope_province_code'),
    fileName: text('file_name').notNull(),
    fileSha256: text('file_sha256').notNull(),
    fileSize: integer('file_size').notNull(),
    status: text('status').notNull(),
    headerRowIndex: integer('header_row_index').notNull(),
    /** Every row of the sheet as text cells, in file order (row i is spreadsheet row i + 1). */
    rows: jsonb('rows').$type<string[][]>().notNull(),
    mapping: jsonb('mapping').$type<Record<string, number | null>>().notNull(),
    defaultProvinceCode: text('default_province_code'),
    resolutions: jsonb('resolutions').$type<Record<string, string>>().notNull().default({}),
    /** Per-row outcome of the last preview or commit. */
    outcomes: jsonb('outcomes').$type<unknown[]>(),
    summary: jsonb('summary').$type<Record<string, number>>(),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    committedAt: timestamp('committed_at', { withTimezone: true }),
  },
  (t) => [
    index('import_batches_created_by_idx').on(t.createdBy, t.createdAt),
    index('import_batches_sha_idx').on(t.fileSha256),
  ],
);
