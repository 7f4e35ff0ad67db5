import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.ts';

describe('loadConfig', () => {
  it('gives a zero-set-up configuration when nothing is set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: './data',
      publicBaseUrl: 'http://localhost:3000',
      sessionSecret: null,
      cookieSecure: false,
      demoData: true,
      login: { maxFailures: 5, lockMinutes: 15, rateLimitPerMinute: 20 },
      mail: { smtpUrl: null, from: 'OCOP Platform <no-reply@ocop.local>' },
      jobs: { enabled: true, intervalSeconds: 60 },
      backup: { dir: 'data/backups', keep: 7 },
    });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ DATABASE_URL: 'postgres://u@h/db' }, { databaseUrl: 'postgres://u@h/db', demoData: false }],
    [{ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }, { demoData: true }],
    [
      { PUBLIC_BASE_URL: 'https://ocop.example.vn/' },
      { publicBaseUrl: 'https://ocop.example.vn', cookieSecure: true },
    ],
    [{ PUBLIC_BASE_URL: 'https://ocop.example.vn', COOKIE_SECURE: 'false' }, { cookieSecure: false }],
    [{ PORT: '8080' }, { port: 8080, publicBaseUrl: 'http://localhost:8080' }],
    [{ PORT: '' }, { port: 3000 }],
    [
      {
        SMTP_URL: 'smtps://ocop:secret@mail.example.vn:465',
        MAIL_FROM: 'OCOP Tuyên Quang <ocop@tuyenquang.gov.vn>',
      },
      {
        mail: {
          smtpUrl: 'smtps://ocop:secret@mail.example.vn:465',
          from: 'OCOP Tuyên Quang <ocop@tuyenquang.gov.vn>',
        },
      },
    ],
    [
      { JOBS_ENABLED: 'false', JOBS_INTERVAL_SECONDS: '300' },
      { jobs: { enabled: false, intervalSeconds: 300 } },
    ],
    [{ DATA_DIR: '/srv/ocop' }, { backup: { dir: '/srv/ocop/backups', keep: 7 } }],
    [{ BACKUP_DIR: '/mnt/sao-luu', BACKUP_KEEP: '0' }, { backup: { dir: '/mnt/sao-luu', keep: 0 } }],
  ])('reads %o', (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it('lists every problem at once, by variable name', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        DEMO_DATA: 'maybe',
        SMTP_URL: 'http://mail.example.vn',
        JOBS_INTERVAL_SECONDS: '1',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of [
        'PORT',
        'DATABASE_URL',
        'SESSION_SECRET',
        'DEMO_DATA',
        'SMTP_URL',
        'JOBS_INTERVAL_SECONDS',
      ])
        expect(problems).toContain(name);
      expect((error as ConfigError).message).toContain('Cấu hình không hợp lệ');
    }
  });
});
