import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import type { Lang } from '../layout.ts';
import { parseFormBody } from './form-input.ts';
import { type PageOutcome, showPage, submitPage } from './handlers.ts';
import { SELF_ASSESSMENT_CSS } from './styles.ts';
import { PAGE_PATHS, STYLESHEET_PATH } from './text.ts';

/** A whole sheet of answers is a few kilobytes; anything bigger is not this form. */
const FORM_BODY_LIMIT = 64 * 1024;

function send(reply: FastifyReply, outcome: PageOutcome, method: 'GET' | 'POST') {
  const shared = !outcome.personal && method === 'GET' && outcome.status === 200;
  const cache = shared ? 'public, max-age=300' : 'private, no-store';
  return reply
    .status(outcome.status)
    .type('text/html; charset=utf-8')
    .header('cache-control', cache)
    .header('vary', 'Cookie')
    .send(outcome.html);
}

/**
 * The public self-assessment page (/tu-danh-gia, /en/self-assessment): server-rendered, no JavaScript.
 * Its scope parses application/x-www-form-urlencoded bodies (Fastify has no form parser of its own).
 */
export async function selfAssessmentPageRoutes(
  app: FastifyInstance,
  { deps }: { deps: AppDeps },
): Promise<void> {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => done(null, parseFormBody(body as string)),
  );
  const page = { config: { access: 'public' as const }, schema: { hide: true } };
  for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
    app.get(PAGE_PATHS[lang], page, async (request, reply) =>
      send(reply, await showPage(deps, request, lang), 'GET'),
    );
    app.post(PAGE_PATHS[lang], { ...page, bodyLimit: FORM_BODY_LIMIT }, async (request, reply) =>
      send(reply, await submitPage(deps, request, lang), 'POST'),
    );
  }
  app.get(STYLESHEET_PATH, page, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(SELF_ASSESSMENT_CSS),
  );
}
