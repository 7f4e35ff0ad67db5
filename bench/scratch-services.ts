// The app's services on a scratch PostgreSQL database (dropped afterwards), or on PGlite when PostgreSQL is
// not reachable (said in `notes`): the set-up every dataset scenario shares.
import { join } from 'node:path';
import { type Services, startServices } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config/env.ts';
import {
  createScratchDatabase,
  describeUrl,
  dropScratchDatabase,
  type ScratchDatabase,
} from './pg-scratch.ts';

export type { Services };

export async function withScratchServices<T>(
  label: string,
  tmpDir: string,
  progress: (message: string) => void,
  work: (services: Services, notes: string[]) => Promise<T>,
): Promise<T> {
  const notes: string[] = [];
  const pg = await createScratchDatabase(label);
  let scratch: ScratchDatabase | null = null;
  if ('unavailable' in pg) {
    notes.push(
      `PostgreSQL not reachable (${pg.unavailable}): measured on PGlite (not comparable with PostgreSQL runs)`,
    );
  } else {
    scratch = pg;
  }
  try {
    const config = loadConfig({
      DATA_DIR: join(tmpDir, `${label}-data`),
      DATABASE_URL: scratch?.url,
      DEMO_DATA: 'false',
      JOBS_ENABLED: 'false',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    });
    progress(`${label}: startServices on ${scratch ? describeUrl(scratch.url) : 'PGlite'} (DEMO_DATA=false)`);
    const services = await startServices(config);
    try {
      return await work(services, notes);
    } finally {
      await services.close();
      // pg's Pool.end() resolves before its sockets are closed; a DROP … WITH (FORCE) in that moment
      // terminates them, and the pool re-emits that as an unhandled 'error' (seen on a busy machine).
      if (scratch) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    if (scratch) await dropScratchDatabase(scratch);
  }
}
