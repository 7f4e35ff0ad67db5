import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import {
  findMisuseReports,
  getMisuseReport,
  openMisuseReportPhoto,
  updateMisuseReportCase,
} from '../../../app/stamps/misuse-reports.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  MisuseReportListQuery,
  MisuseReportListSchema,
  MisuseReportSchema,
  UpdateMisuseReportBody,
} from './schemas.ts';

/** Consumers' reports of fake or misused stamps, handled as cases by the province office (or the ministry). */
export const misuseReportRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['stamps'];
  const config = { access: { permission: 'certificates:write' } } as const;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Phản ánh của người tiêu dùng trong phạm vi (Bộ: cả nước và phản ánh chưa xác định tỉnh)',
        querystring: MisuseReportListQuery,
        response: { 200: MisuseReportListSchema, ...problemResponses },
      },
    },
    async (request) => findMisuseReports(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Một phản ánh',
        params: IdParams,
        response: { 200: MisuseReportSchema, ...problemResponses },
      },
    },
    async (request) => getMisuseReport(deps, requireSession(request).actor, request.params.id),
  );

  app.patch(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Cập nhật phản ánh: đang xác minh, hoặc đóng với kết quả xử lý',
        params: IdParams,
        body: UpdateMisuseReportBody,
        response: { 200: MisuseReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateMisuseReportCase(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body,
      );
    },
  );

  app.get(
    '/:id/photo',
    {
      config,
      schema: {
        tags,
        summary: 'Ảnh kèm phản ánh (WebP, đã bỏ siêu dữ liệu)',
        params: IdParams,
        response: { 200: z.any().describe('Ảnh WebP'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const stream = await openMisuseReportPhoto(deps, requireSession(request).actor, request.params.id);
      return reply.type('image/webp').header('cache-control', 'private, no-store').send(stream);
    },
  );
};
