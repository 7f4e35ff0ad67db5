import type { AppConfig } from '../config/env.ts';
import { openDatabase, pgliteDirIn } from '../db/client.ts';

export async function runDbMigrate(config: AppConfig): Promise<number> {
  const database = await openDatabase(
    config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: pgliteDirIn(config.dataDir) },
  );
  try {
    await database.migrate();
    console.log(`Đã áp dụng migration / migrations applied: ${database.engine} ${database.location}`);
    return 0;
  } finally {
    await database.close();
  }
}
