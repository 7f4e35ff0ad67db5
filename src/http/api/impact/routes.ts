import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { getRevenueGrowth } from '../../../app/impact/revenue-growth-bands.ts';
import {
  deleteYearlyFigures,
  listYearlyFigures,
  setYearlyFigures,
} from '../../../app/impact/yearly-figures.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  FiguresParams,
  RevenueGrowthQuery,
  RevenueGrowthSchema,
  SetYearlyFiguresBody,
  YearlyFiguresListSchema,
  YearlyFiguresSchema,
} from './schemas.ts';

/** Producers' yearly figures (revenue, profit, jobs) and the impact computed from them. */
export const impactRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const write = { access: { permission: 'registry:write' } } as const;

  app.get(
    '/producers/:id/figures',
    {
      config: read,
      schema: {
        tags,
        summary: 'Số liệu hằng năm của chủ thể (doanh thu, lợi nhuận, lao động), năm gần nhất trước',
        params: IdParams,
        response: { 200: YearlyFiguresListSchema, ...problemResponses },
      },
    },
    async (request) => ({
      items: await listYearlyFigures(deps, requireSession(request).actor, request.params.id),
    }),
  );

  app.put(
    '/producers/:id/figures/:year',
    {
      config: write,
      schema: {
        tags,
        summary: 'Nhập số liệu một năm (chủ thể tự nhập; cán bộ tỉnh nhập cho chủ thể của tỉnh)',
        params: FiguresParams,
        body: SetYearlyFiguresBody,
        response: { 200: YearlyFiguresSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { id, year } = request.params;
      return setYearlyFigures(deps, session.actor, auditActorOf(session), id, year, request.body);
    },
  );

  app.delete(
    '/producers/:id/figures/:year',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xoá số liệu một năm nhập nhầm',
        params: FiguresParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const { id, year } = request.params;
      await deleteYearlyFigures(deps, session.actor, auditActorOf(session), id, year);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/impact/revenue-growth',
    {
      config: { access: { permission: 'programme:read' } },
      schema: {
        tags,
        summary:
          'Tỷ lệ chủ thể có doanh thu tăng 1,1–1,5 lần (và các mức khác) so với năm trước, trong các chủ thể có số liệu cả hai năm (Bộ và cấp tỉnh)',
        querystring: RevenueGrowthQuery,
        response: { 200: RevenueGrowthSchema, ...problemResponses },
      },
    },
    async (request) => getRevenueGrowth(deps, requireSession(request).actor, request.query),
  );
};
