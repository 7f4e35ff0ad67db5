import fastifyCookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../app/deps.ts';
import type { StampSettings } from '../app/stamps/stamp-settings.ts';
import { registerAdminSpa } from './admin/spa.ts';
import { adminUnitRoutes } from './api/admin-units/routes.ts';
import { authRoutes } from './api/auth/routes.ts';
import { councilRoutes } from './api/councils/routes.ts';
import { criteriaRoutes } from './api/criteria/routes.ts';
import { dashboardRoutes } from './api/dashboards/routes.ts';
import { decisionRoutes } from './api/decisions/routes.ts';
import { documentRoutes } from './api/documents/routes.ts';
import { dossierEvidenceRoutes } from './api/dossier-evidence/routes.ts';
import { dossierRoutes } from './api/dossiers/routes.ts';
import { evidenceRoutes } from './api/evidence/routes.ts';
import { healthRoutes } from './api/health/routes.ts';
import { impactRoutes } from './api/impact/routes.ts';
import { importRoutes } from './api/imports/routes.ts';
import { marketplaceRoutes } from './api/marketplace/routes.ts';
import { notificationRoutes } from './api/notifications/routes.ts';
import { planRoutes } from './api/plans/routes.ts';
import { producerRoutes } from './api/producers/routes.ts';
import { productRoutes } from './api/products/routes.ts';
import { publicProductRoutes } from './api/public-products/routes.ts';
import { reportRoutes } from './api/reports/routes.ts';
import { revocationRoutes } from './api/revocations/routes.ts';
import { roundRoutes } from './api/rounds/routes.ts';
import { salePointRoutes } from './api/sale-points/routes.ts';
import { selfAssessmentRoutes } from './api/self-assessments/routes.ts';
import { registerStamps } from './api/stamps/register.ts';
import { supportRecordRoutes } from './api/support/routes.ts';
import { tradeEventRecordRoutes } from './api/trade-events/record-routes.ts';
import { tradeEventRoutes } from './api/trade-events/routes.ts';
import { trainingRoutes } from './api/training/coverage-routes.ts';
import { trainingCourseRoutes } from './api/training/routes.ts';
import { userRoutes } from './api/users/routes.ts';
import { mediaRoutes } from './media/routes.ts';
import { pageRoutes } from './pages/routes.ts';
import { selfAssessmentPageRoutes } from './pages/self-assessment/routes.ts';
import { verificationPageRoutes } from './pages/verification/routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { registerErrorHandler } from './plugins/error-handler.ts';
import { registerOpenApi } from './plugins/openapi.ts';

// Validation messages in Vietnamese (zod ships the locale).
z.config(z.locales.vi());

export const APP_VERSION = '0.1.0';

export type BuildAppOptions = {
  engine: 'pglite' | 'postgres';
  logger?: boolean | { level: string };
  /** Stamp verification knobs (rate limits, cache, quotas); defaults in src/app/stamps/stamp-settings.ts. */
  stamps?: Partial<StampSettings>;
};

/** Registers every plugin and route; does not listen (server.ts does, tests use inject()). */
export async function buildApp(deps: AppDeps, options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1_048_576,
    routerOptions: { ignoreTrailingSlash: true },
    ajv: { customOptions: { removeAdditional: 'all' } },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  await app.register(fastifyCookie, { secret: deps.sessionSecret }); // before auth: parses the cookie first
  registerAuth(app, deps);
  await app.register(rateLimit, { global: false });
  await registerOpenApi(app, { uiEnabled: deps.config.swaggerEnabled });

  await app.register(
    async (api) => {
      await api.register(healthRoutes, { engine: options.engine, version: APP_VERSION });
      await api.register(authRoutes, { prefix: '/auth', deps });
      await api.register(adminUnitRoutes, { prefix: '/admin-units', deps });
      await api.register(userRoutes, { prefix: '/users', deps });
      await api.register(producerRoutes, { prefix: '/producers', deps });
      await api.register(productRoutes, { prefix: '/products', deps });
      await api.register(importRoutes, { prefix: '/imports', deps });
      await api.register(criteriaRoutes, { prefix: '/criteria-sets', deps });
      await api.register(selfAssessmentRoutes, { prefix: '/self-assessments', deps });
      await api.register(evidenceRoutes, { deps });
      await api.register(dossierRoutes, { prefix: '/dossiers', deps });
      await api.register(dossierEvidenceRoutes, { prefix: '/dossiers', deps });
      await api.register(roundRoutes, { prefix: '/rounds', deps });
      await api.register(councilRoutes, { prefix: '/councils', deps });
      await api.register(decisionRoutes, { prefix: '/decisions', deps });
      await api.register(revocationRoutes, { prefix: '/revocations', deps });
      await api.register(notificationRoutes, { prefix: '/notifications', deps });
      await api.register(documentRoutes, { deps });
      await api.register(publicProductRoutes, { prefix: '/public/products', deps });
      await api.register(marketplaceRoutes, { prefix: '/marketplaces', deps });
      await api.register(salePointRoutes, { prefix: '/sale-points', deps });
      await api.register(tradeEventRoutes, { prefix: '/trade-events', deps });
      await api.register(planRoutes, { prefix: '/plans', deps });
      await api.register(dashboardRoutes, { prefix: '/dashboards', deps });
      await api.register(reportRoutes, { prefix: '/reports', deps });
      await api.register(tradeEventRecordRoutes, { prefix: '/trade-events', deps });
      await api.register(trainingRoutes, { prefix: '/training', deps });
      await api.register(trainingCourseRoutes, { prefix: '/training-courses', deps });
      await api.register(supportRecordRoutes, { prefix: '/support-records', deps });
      await api.register(impactRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );
  await app.register(pageRoutes, { deps });
  await app.register(selfAssessmentPageRoutes, { deps });
  await app.register(verificationPageRoutes, { deps });
  await app.register(mediaRoutes, { deps });
  await registerStamps(app, deps, options.stamps);
  await registerAdminSpa(app);
  return app;
}
