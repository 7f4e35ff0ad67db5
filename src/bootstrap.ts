import { join } from 'node:path';
import { createArgon2Hasher } from './app/auth/password-hasher.ts';
import { loadHolidayCalendar } from './app/calendar/load-holiday-calendar.ts';
import { seedDemoData } from './app/demo/seed-demo-data.ts';
import { seedDemoEvaluation } from './app/demo/seed-demo-evaluation.ts';
import { seedDemoProducts } from './app/demo/seed-demo-products.ts';
import { seedDemoProgramme } from './app/demo/seed-demo-programme.ts';
import type { AppDeps } from './app/deps.ts';
import { ImportJobs } from './app/import/import-jobs.ts';
import { createDiskMediaStore } from './app/media/media-store.ts';
import { mailerFromConfig } from './app/notifications/mailer.ts';
import { loadAdminUnits } from './app/reference/load-admin-units.ts';
import { seedDemoPortal } from './app/sale-points/seed-demo.ts';
import type { AppConfig } from './config/env.ts';
import { loadSessionSecret } from './config/session-secret.ts';
import { type DatabaseHandle, type DatabaseTarget, openDatabase, pgliteDirIn } from './db/client.ts';
import { closePdfWorkers } from './documents/pdf-workers.ts';
import { buildAdminUnitsIndex } from './domain/admin-units/admin-units-index.ts';
import { adminUnitsDataFingerprint, readAdminUnitsData } from './reference/admin-units-files.ts';
import { readCriteriaSets } from './reference/criteria-files.ts';
import { readProductSetCatalog } from './reference/product-set-catalog-file.ts';

export type Services = { deps: AppDeps; database: DatabaseHandle; close(): Promise<void> };

export type StartOptions = {
  /** Overrides where the database is (tests); default from config. */
  target?: DatabaseTarget;
  /** Skip migrations and reference loading (a test database cloned from a prepared template). */
  assumePrepared?: boolean;
  log?: (message: string) => void;
};

/**
 * The composition root shared by the server, the CLI and the tests: opens the database, applies
 * migrations, loads reference data when it changed, seeds demo accounts when configured.
 */
export async function startServices(config: AppConfig, options: StartOptions = {}): Promise<Services> {
  const log = options.log ?? (() => undefined);
  const target: DatabaseTarget =
    options.target ??
    (config.databaseUrl ? { databaseUrl: config.databaseUrl } : { pgliteDir: pgliteDirIn(config.dataDir) });
  const database = await openDatabase(target);
  try {
    const [data, fingerprint, sessionSecret] = await Promise.all([
      readAdminUnitsData(),
      adminUnitsDataFingerprint(),
      loadSessionSecret(config.sessionSecret, config.dataDir),
    ]);
    if (!options.assumePrepared) {
      await database.migrate();
      const loaded = await loadAdminUnits(database.db, data, fingerprint, new Date());
      if (loaded.loaded) log(`reference data: loaded ${loaded.rowCount} administrative-unit rows`);
    }
    const deps: AppDeps = {
      db: database.db,
      config,
      sessionSecret,
      passwords: createArgon2Hasher(),
      adminUnits: buildAdminUnitsIndex(data),
      productSets: readProductSetCatalog(),
      criteriaSets: readCriteriaSets(),
      importJobs: new ImportJobs(),
      media: createDiskMediaStore(join(config.dataDir, 'uploads', 'products')),
      mailer: mailerFromConfig(config),
      calendar: loadHolidayCalendar(),
      now: () => new Date(),
    };
    if (config.demoData && !options.assumePrepared) {
      const productsCreated = await seedDemoProducts(deps);
      if (productsCreated > 0)
        log(`demo data: imported ${productsCreated} real OCOP products from data/demo`);
      const created = await seedDemoData(deps);
      if (created.length > 0) log(`demo data: created accounts ${created.join(', ')}`);
      if (await seedDemoEvaluation(deps)) log('demo data: created the Tuyên Quang council and rounds');
      if ((await seedDemoPortal(deps)) > 0) log('demo data: created Tuyên Quang sale points and fairs');
      const programmeCreated = await seedDemoProgramme(deps);
      if (programmeCreated > 0)
        log(
          `demo data: created ${programmeCreated} Tuyên Quang programme records (plans, training courses, support, yearly figures)`,
        );
    }
    const close = async () => {
      deps.mailer?.close();
      await closePdfWorkers();
      await database.close();
    };
    return { deps, database, close };
  } catch (error) {
    await database.close();
    throw error;
  }
}
