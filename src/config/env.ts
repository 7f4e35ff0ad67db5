import { join } from 'node:path';
import { z } from 'zod';

/** Every setting the server reads, validated once at start (see .env.example for the meaning of each). */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  COOKIE_SECURE: booleanFlag.optional(),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
  DEMO_DATA: booleanFlag.optional(),
  SWAGGER_ENABLED: booleanFlag.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default('OCOP Platform <no-reply@ocop.local>'),
  JOBS_ENABLED: booleanFlag.default(true),
  JOBS_INTERVAL_SECONDS: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 3600)
    .default(60),
  BACKUP_DIR: z.string().min(1).optional(),
  BACKUP_KEEP: z.coerce.number().int().min(0).max(3650).default(7),
});

export type AppConfig = Readonly<{
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  publicBaseUrl: string;
  /** null → generated once and kept in DATA_DIR (see loadSessionSecret). */
  sessionSecret: string | null;
  sessionTtlHours: number;
  cookieSecure: boolean;
  login: Readonly<{ maxFailures: number; lockMinutes: number; rateLimitPerMinute: number }>;
  demoData: boolean;
  swaggerEnabled: boolean;
  logLevel: string;
  trustProxy: boolean;
  /** E-mail for notifications; smtpUrl null → notifications stay in the app only. */
  mail: Readonly<{ smtpUrl: string | null; from: string }>;
  /** The in-process scheduler (reminders, e-mail outbox); off in tests, which call the jobs directly. */
  jobs: Readonly<{ enabled: boolean; intervalSeconds: number }>;
  /** Daily backups of the embedded database (docs/adr/0016); keep 0 → none. */
  backup: Readonly<{ dir: string; keep: number }>;
}>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads a plain env record (process.env in server.ts); never reads process.env itself. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`));
  }
  const e = parsed.data;
  const publicBaseUrl = (e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL ?? null,
    dataDir: e.DATA_DIR,
    publicBaseUrl,
    sessionSecret: e.SESSION_SECRET ?? null,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE ?? publicBaseUrl.startsWith('https://'),
    login: Object.freeze({
      maxFailures: e.LOGIN_MAX_FAILURES,
      lockMinutes: e.LOGIN_LOCK_MINUTES,
      rateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    }),
    // Demo accounts only on the zero-set-up embedded database unless asked for explicitly.
    demoData: e.DEMO_DATA ?? e.DATABASE_URL === undefined,
    swaggerEnabled: e.SWAGGER_ENABLED,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    mail: Object.freeze({ smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM }),
    jobs: Object.freeze({ enabled: e.JOBS_ENABLED, intervalSeconds: e.JOBS_INTERVAL_SECONDS }),
    backup: Object.freeze({ dir: e.BACKUP_DIR ?? join(e.DATA_DIR, 'backups'), keep: e.BACKUP_KEEP }),
  });
}
