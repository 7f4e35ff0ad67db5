import type { DailyJob } from '../jobs/daily-job.ts';
import { previousMonth, runNationalExport } from './run-national-export.ts';

/**
 * The monthly export for the national OCOP system (docs/national-export-format.md): each day (Vietnam date,
 * once: job_runs) it makes sure last month's files exist, so they are written on the 1st, or on the first
 * day the platform runs after a stop. Already written months are left alone (re-run safe). Notifies nobody.
 */
export const nationalMonthlyExportJob: DailyJob = {
  name: 'national-monthly-export',
  async run({ db, today, now, deps }) {
    await runNationalExport({ ...deps, db }, previousMonth(today), now);
    return 0;
  },
};
