import type { FastifyInstance } from 'fastify';
import { renderHomePage } from './home-page.ts';

/** Server-rendered public pages (no JavaScript needed). */
export async function pageRoutes(app: FastifyInstance, options: { publicBaseUrl: string }): Promise<void> {
  const send = (body: string) => body;
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300');
    return send(renderHomePage('vi', options.publicBaseUrl));
  });
  app.get('/en', { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
    reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300');
    return send(renderHomePage('en', options.publicBaseUrl));
  });
}
