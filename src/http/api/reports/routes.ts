import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import {
  listReportExports,
  reportExportFile,
  requestNationalExport,
} from '../../../app/reports/report-exports.ts';
import { reportSummaryPdf, reportWorkbook } from '../../../app/reports/report-files.ts';
import { contentDisposition } from '../../../domain/evidence/file-name.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendDocument } from '../../send-document.ts';
import {
  ExportIdParams,
  ReportExportListSchema,
  ReportQuery,
  RunExportBody,
  RunExportSchema,
} from './schemas.ts';

const SCOPE_RULE =
  'Cán bộ, lãnh đạo tỉnh: tỉnh mình; Bộ: mọi tỉnh và toàn quốc; vai trò khác: 403. ' +
  'Số liệu giống hệt bảng điều khiển (cùng cách tính).';

/** Programme reports (workbook, PDF summary) and the monthly exports for the national OCOP system. */
export const reportRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'programme:read' } } as const;
  const manage = { access: { permission: 'programme:manage' } } as const;

  app.get(
    '/workbook.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'Báo cáo Excel: trang tổng hợp (chỉ số, chỉ tiêu kế hoạch) và từng trang phân tích',
        description: SCOPE_RULE,
        querystring: ReportQuery,
        response: { 200: z.any().describe('Tệp Excel (xlsx)'), ...problemResponses },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await reportWorkbook(deps, requireSession(request).actor, request.query)),
  );

  app.get(
    '/summary.pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'Báo cáo tóm tắt PDF: chỉ số chính, tiến độ chỉ tiêu, biểu đồ',
        description: SCOPE_RULE,
        querystring: ReportQuery,
        response: { 200: z.any().describe('Tệp PDF'), ...problemResponses },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await reportSummaryPdf(deps, requireSession(request).actor, request.query)),
  );

  app.get(
    '/exports',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các bản xuất dữ liệu hằng tháng cho hệ thống OCOP quốc gia (CSV, JSON)',
        description: 'Định dạng: docs/national-export-format.md. Bộ và cán bộ, lãnh đạo tỉnh.',
        response: { 200: ReportExportListSchema, ...problemResponses },
      },
    },
    async () => listReportExports(deps),
  );

  app.get(
    '/exports/:id/file',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tải một tệp xuất dữ liệu',
        params: ExportIdParams,
        response: { 200: z.any().describe('Tệp CSV (UTF-8 có BOM) hoặc JSON'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await reportExportFile(deps, request.params.id);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream);
    },
  );

  app.post(
    '/exports',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xuất ngay dữ liệu một tháng đã qua cho hệ thống OCOP quốc gia (Bộ)',
        description:
          'Tháng đã có đủ tệp thì giữ nguyên (written=false) trừ khi replace=true. Tháng chưa kết thúc: 422.',
        body: RunExportBody,
        response: { 200: RunExportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return requestNationalExport(deps, session.actor, auditActorOf(session), request.body);
    },
  );
};
