import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { DomainError } from '../../domain/errors.ts';

/** Public product photos (they appear in the public catalogue); names are random and immutable. */
export async function mediaRoutes(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  app.get(
    '/media/products/:file',
    {
      config: { access: 'public' },
      schema: { hide: true, params: z.object({ file: z.string().regex(/^[a-f0-9]{24}(-thumb)?\.webp$/) }) },
    },
    async (request, reply) => {
      const { file } = request.params as { file: string };
      const stream = await deps.media.open(file);
      if (!stream) throw new DomainError('NOT_FOUND', 'Không có ảnh này.');
      return reply
        .type('image/webp')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(stream);
    },
  );
}
