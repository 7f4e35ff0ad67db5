import type { DbOrTx } from '../../db/client.ts';
import type { IsoDate } from '../../domain/registry/calendar-date.ts';
import type { AppDeps } from '../deps.ts';
import type { NotifyOptions } from '../notifications/notify-users.ts';

/** The parts of the app a daily job may also use: configuration (DATA_DIR) and reference data (names). */
export type DailyJobDeps = Pick<AppDeps, 'config' | 'adminUnits' | 'productSets'>;

/** What a daily job gets: the transaction it runs in, the Vietnam date it runs for, the clock and e-mail flag. */
export type DailyJobContext = Readonly<{
  db: DbOrTx;
  today: IsoDate;
  now: Date;
  notify: NotifyOptions;
  deps: DailyJobDeps;
}>;

/** A job run at most once per Vietnam date (job_runs); returns how many notifications it created. */
export type DailyJob = Readonly<{ name: string; run(context: DailyJobContext): Promise<number> }>;
