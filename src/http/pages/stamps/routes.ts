import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import type { StampRuntime } from '../../../app/stamps/stamp-runtime.ts';
import { submitMisuseReport } from '../../../app/stamps/submit-misuse-report.ts';
import { type StampQuery, type StampVerification, verifyStamp } from '../../../app/stamps/verify-stamp.ts';
import { isDomainError } from '../../../domain/errors.ts';
import type { StampRecord } from '../../../domain/stamps/stamp-verdict.ts';
import { clientOf } from '../../api/public-verify/routes.ts';
import {
  renderReportErrorPage,
  renderReportReceivedPage,
  renderTooManyRequestsPage,
} from './notice-pages.ts';
import { renderStampPage } from './verify-page.ts';

const FORM_LIMIT = 20_000;

/**
 * The pages a stamp's QR code opens: /v/{code} and the GS1 Digital Link form /01/{gtin}/21/{serial}, plus the
 * plain-form report. Server-rendered, readable without JavaScript, never stored by shared caches.
 */
export async function stampPageRoutes(
  app: FastifyInstance,
  { deps, runtime }: { deps: AppDeps; runtime: StampRuntime },
): Promise<void> {
  const base = deps.config.publicBaseUrl;
  // Only these routes read HTML forms (the API stays JSON-only: forms cannot post it cross-site).
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_LIMIT },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  // Over the limit: a friendly page instead of problem+json; other errors go to the app's handler.
  const errorHandler = (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
    if (error.statusCode !== 429) throw error;
    const retry = reply.getHeader('retry-after');
    return reply
      .status(429)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderTooManyRequestsPage(base, retry === undefined ? undefined : String(retry)));
  };
  const config = {
    access: 'public' as const,
    rateLimit: { max: runtime.settings.verifyPerMinute, timeWindow: '1 minute' },
  };

  // A page depends only on the looked-up record, the day and the channel. A record scanned again while the
  // runtime's cache holds it (a few seconds: a revocation still shows within them) gets the bytes rendered for
  // it the second time; a record scanned once, the usual case, keeps none (a page is ~11 KB).
  const rendered = new WeakMap<StampRecord, { key: string; body: Buffer | null }>();
  const render = (v: StampVerification, channel: string, input: string): Buffer => {
    if (!v.record) return renderStampPage(base, v, input);
    const key = `${v.today}|${channel}`;
    const memo = rendered.get(v.record);
    if (memo?.key === key && memo.body) return memo.body;
    const body = renderStampPage(base, v, input);
    rendered.set(v.record, { key, body: memo?.key === key ? body : null });
    return body;
  };

  const show = async (request: FastifyRequest, reply: FastifyReply, query: StampQuery, input: string) => {
    const channel = query.kind === 'gs1' ? 'gs1' : 'page';
    const v = await verifyStamp(deps, runtime, query, { channel, client: clientOf(request) });
    return reply
      .status(v.record ? 200 : 404)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(render(v, channel, input));
  };

  app.get<{ Params: { code: string } }>(
    '/v/:code',
    { config, errorHandler, schema: { hide: true } },
    (request, reply) =>
      show(request, reply, { kind: 'code', text: request.params.code }, request.params.code),
  );

  app.get<{ Params: { gtin: string; serial: string } }>(
    '/01/:gtin/21/:serial',
    { config, errorHandler, schema: { hide: true } },
    (request, reply) => {
      const { gtin, serial } = request.params;
      return show(request, reply, { kind: 'gs1', gtin, serial }, `01/${gtin}/21/${serial}`);
    },
  );

  app.post<{ Params: { code: string }; Body: Record<string, string | undefined> }>(
    '/v/:code/bao-cao',
    {
      config: {
        access: 'public',
        rateLimit: { max: runtime.settings.reportsPerMinute, timeWindow: '1 minute' },
      },
      errorHandler,
      schema: { hide: true },
    },
    async (request, reply) => {
      const body = request.body ?? {};
      const code = (body.code ?? request.params.code).slice(0, 64);
      const page = (status: number, html: Buffer) =>
        reply.status(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
      const note = (body.note ?? '').trim();
      if (note.length < 5 || note.length > 2000) {
        return page(400, renderReportErrorPage(base, code, 'Hãy mô tả vấn đề (từ 5 đến 2.000 ký tự).'));
      }
      try {
        const input = {
          code,
          note,
          contact: body.contact?.slice(0, 200) ?? null,
          place: body.place?.slice(0, 300) ?? null,
        };
        const receipt = await submitMisuseReport(deps, runtime, input, clientOf(request));
        return page(201, renderReportReceivedPage(base, code, receipt.id));
      } catch (error) {
        if (!isDomainError(error)) throw error;
        return page(400, renderReportErrorPage(base, code, error.detail));
      }
    },
  );
}
