import nodemailer from 'nodemailer';
import type { AppConfig } from '../../config/env.ts';
import type { DbOrTx } from '../../db/client.ts';
import {
  findPendingEmails,
  type PendingEmailRow,
  recordEmailOutcome,
} from '../../db/repositories/notifications.repository.ts';

export type MailMessage = Readonly<{ to: string; subject: string; text: string }>;

/** Sends one e-mail or throws; `close` ends the transport (shutdown). */
export type Mailer = Readonly<{
  send(message: MailMessage): Promise<void>;
  close(): void;
}>;

export type MailerOptions = Readonly<{
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  smtpUrl: string;
  /** 'OCOP Platform <no-reply@ocop.local>'. */
  from: string;
}>;

/** An SMTP mailer (nodemailer). Short timeouts: a tick must not hang on an unreachable server. */
export function createMailer(options: MailerOptions): Mailer {
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: options.from, ...message });
    },
    close: () => transport.close(),
  };
}

/** The configured mailer, or null when SMTP_URL is not set (notifications then stay in the app). */
export function mailerFromConfig(config: AppConfig): Mailer | null {
  return config.mail.smtpUrl ? createMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from }) : null;
}

/** After this many failed attempts a notification's e-mail is given up ('failed'); the in-app copy stays. */
export const MAX_EMAIL_ATTEMPTS = 5;

export type SendEmailsOptions = Readonly<{
  batchSize: number;
  /** PUBLIC_BASE_URL: links in e-mails must be absolute. */
  publicBaseUrl: string;
}>;

export type SendEmailsReport = { sent: number; retrying: number; failed: number; skipped: number };

/** A link stored as an app path, made absolute for an e-mail. */
export function absoluteLink(link: string, publicBaseUrl: string): string {
  if (/^https?:\/\//i.test(link)) return link;
  return `${publicBaseUrl.replace(/\/+$/, '')}/${link.replace(/^\/+/, '')}`;
}

function emailText(row: PendingEmailRow, publicBaseUrl: string): string {
  const parts = [row.body];
  if (row.link) parts.push(`Xem chi tiết: ${absoluteLink(row.link, publicBaseUrl)}`);
  parts.push('—\nThư tự động từ Nền tảng OCOP, vui lòng không trả lời thư này.');
  return parts.join('\n\n');
}

/** Connection-level failures (no SMTP reply at all): the rest of the batch would fail the same way. */
function isConnectionFailure(error: unknown): boolean {
  const e = error as { responseCode?: unknown; code?: unknown };
  return (
    e.responseCode === undefined && ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS'].includes(String(e.code))
  );
}

/**
 * Sends the oldest pending notification e-mails (the outbox). Each outcome is recorded: 'sent' with the
 * time, or one more attempt with the error, 'failed' after MAX_EMAIL_ATTEMPTS. A user who lost their
 * address or was deactivated since is set to 'none'. At least once: a crash between sending and recording
 * sends that e-mail again.
 */
export async function sendPendingEmails(
  db: DbOrTx,
  mailer: Mailer,
  now: Date,
  options: SendEmailsOptions,
): Promise<SendEmailsReport> {
  const report: SendEmailsReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  for (const row of await findPendingEmails(db, options.batchSize)) {
    if (!row.email || !row.isActive) {
      const error = row.email ? 'account deactivated' : 'no e-mail address';
      await recordEmailOutcome(db, row.id, { status: 'none', attempts: row.emailAttempts, error });
      report.skipped += 1;
      continue;
    }
    try {
      await mailer.send({ to: row.email, subject: row.title, text: emailText(row, options.publicBaseUrl) });
      await recordEmailOutcome(db, row.id, { status: 'sent', at: now });
      report.sent += 1;
    } catch (error) {
      const attempts = row.emailAttempts + 1;
      const status = attempts >= MAX_EMAIL_ATTEMPTS ? 'failed' : 'pending';
      const message = error instanceof Error ? error.message : String(error);
      await recordEmailOutcome(db, row.id, { status, attempts, error: message.slice(0, 1000) });
      report[status === 'failed' ? 'failed' : 'retrying'] += 1;
      if (isConnectionFailure(error)) break;
    }
  }
  return report;
}
