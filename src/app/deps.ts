import type { AppConfig } from '../config/env.ts';
import type { Db } from '../db/client.ts';
import type { AdminUnitsIndex } from '../domain/admin-units/admin-units-index.ts';
import type { HolidayCalendar } from '../domain/calendar/holiday-calendar.ts';
import type { ProductSetCatalog } from '../domain/registry/product-set-catalog.ts';
import type { CriteriaSet } from '../domain/scoring/types.ts';
import type { PasswordHasher } from './auth/password-hasher.ts';
import type { ImportJobs } from './import/import-jobs.ts';
import type { MediaStore } from './media/media-store.ts';
import type { Mailer } from './notifications/mailer.ts';

/** What use cases need from the outside world; built once in the composition root (src/http/server.ts). */
export type AppDeps = Readonly<{
  db: Db;
  config: AppConfig;
  sessionSecret: string;
  passwords: PasswordHasher;
  adminUnits: AdminUnitsIndex;
  productSets: ProductSetCatalog;
  /** Score sheets of every decision shipped in data/criteria (validated on load). */
  criteriaSets: readonly CriteriaSet[];
  /** Imports running in this process (their progress). */
  importJobs: ImportJobs;
  /** Uploaded product photos. */
  media: MediaStore;
  /** Sends notification e-mails; null when no SMTP server is configured (notifications stay in the app). */
  mailer: Mailer | null;
  /** Vietnamese public holidays and swapped working days: working-day deadlines (data/calendar). */
  calendar: HolidayCalendar;
  /** Injected so tests can move time (lock-outs, session expiry). */
  now: () => Date;
}>;

/** Who did something, as written into the audit log. */
export type AuditActor = Readonly<{ id: string | null; label: string }>;

export const SYSTEM_ACTOR: AuditActor = { id: null, label: 'system' };
