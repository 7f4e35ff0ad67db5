import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export const SPA_DIST = fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** Serves the built back-office under /admin, falling back to index.html for client-side routes. */
export async function registerAdminSpa(app: FastifyInstance): Promise<void> {
  if (!existsSync(SPA_DIST)) {
    app.get('/admin', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
      reply
        .status(503)
        .type('text/plain; charset=utf-8')
        .send(
          'Giao diện quản trị chưa được build: chạy `npm run build`. / Back-office not built: run `npm run build`.',
        ),
    );
    return;
  }
  // wildcard:false registers one route per built file at start; hashed assets are immutable.
  await app.register(fastifyStatic, {
    root: SPA_DIST,
    prefix: '/admin/',
    wildcard: false,
    index: 'index.html',
    setHeaders: (res, path) => {
      res.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  app.get('/admin/*', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html'),
  );
}
