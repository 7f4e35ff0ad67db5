import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { getPublicProductStatus } from '../../../app/marketplace/get-public-product-status.ts';
import { problemResponses } from '../../problem.ts';
import { ProductCodeParams, ProductStatusSchema } from './schemas.ts';

/** Requests per minute per client address: generous for a marketplace syncing its OCOP listings. */
export const PUBLIC_STATUS_RATE_LIMIT_PER_MINUTE = 120;
/** Shared caches may keep an answer this long: a revocation shows everywhere within a minute. */
const CACHE_SECONDS = 60;

export type PublicProductRoutesOptions = { deps: AppDeps; rateLimitPerMinute?: number };

/** The public, key-less status API for marketplaces and apps (issue 6, Marketplace API). */
export const publicProductRoutes: FastifyPluginAsyncZod<PublicProductRoutesOptions> = async (
  app,
  { deps, rateLimitPerMinute = PUBLIC_STATUS_RATE_LIMIT_PER_MINUTE },
) => {
  app.get(
    '/:code/status',
    {
      config: { access: 'public', rateLimit: { max: rateLimitPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary:
          'Trạng thái OCOP hiện tại của một sản phẩm theo mã OCOP, mã vạch GTIN hoặc mã định danh (công khai, giới hạn tần suất)',
        params: ProductCodeParams,
        response: { 200: ProductStatusSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const status = await getPublicProductStatus(deps, request.params.code);
      return reply.header('cache-control', `public, max-age=${CACHE_SECONDS}`).send(status);
    },
  );
};
