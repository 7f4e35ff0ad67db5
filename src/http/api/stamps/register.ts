import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { createStampRuntime } from '../../../app/stamps/stamp-runtime.ts';
import { type StampSettings, stampSettings } from '../../../app/stamps/stamp-settings.ts';
import { stampPageRoutes } from '../../pages/stamps/routes.ts';
import { publicVerifyRoutes } from '../public-verify/routes.ts';
import { stampFlagRoutes } from './flag-routes.ts';
import { misuseReportRoutes } from './report-routes.ts';
import { stampBatchRoutes } from './routes.ts';

/**
 * Stamps and verification: the back-office API, the public verification API and the pages a stamp's QR code
 * opens, sharing one runtime (lookup cache, scan buffer). The scan buffer is written out when the app closes.
 */
export async function registerStamps(
  app: FastifyInstance,
  deps: AppDeps,
  overrides: Partial<StampSettings> = {},
): Promise<void> {
  const settings = stampSettings(overrides);
  const runtime = createStampRuntime(deps, settings, (error, message) =>
    app.log.error({ err: error }, message),
  );
  app.addHook('onClose', () => runtime.close());
  await app.register(stampBatchRoutes, { prefix: '/api/v1/stamp-batches', deps, settings });
  await app.register(stampFlagRoutes, { prefix: '/api/v1/stamp-flags', deps });
  await app.register(misuseReportRoutes, { prefix: '/api/v1/misuse-reports', deps });
  await app.register(publicVerifyRoutes, { prefix: '/api/v1/public', deps, runtime });
  await app.register(stampPageRoutes, { deps, runtime });
}
