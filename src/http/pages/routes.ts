import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import { portalRoutes } from './portal/routes.ts';

/** Server-rendered public pages (no JavaScript needed): the public portal, home page included. */
export async function pageRoutes(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  await app.register(portalRoutes, { deps });
}
