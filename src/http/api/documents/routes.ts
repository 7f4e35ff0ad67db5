import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { certificatePdf } from '../../../app/documents/certificate-pdf.ts';
import { councilMinutesForCouncilPdf } from '../../../app/documents/council-minutes-for-council-pdf.ts';
import { councilMinutesPdf } from '../../../app/documents/council-minutes-pdf.ts';
import { decisionAnnexPdf, decisionAnnexXlsx } from '../../../app/documents/decision-annex.ts';
import { scoreSheetPdf } from '../../../app/documents/score-sheet-pdf.ts';
import { requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendDocument } from '../../send-document.ts';

const IdParams = z.object({ id: z.uuid() });
const SheetParams = z.object({ id: z.uuid(), sheetId: z.uuid() });
const MinutesQuery = z.object({
  level: z.enum(['province', 'central']).default('province').describe('Cấp Hội đồng (mặc định: tỉnh)'),
});
const CouncilMinutesQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Ngày Hội đồng kết luận (giờ Việt Nam), YYYY-MM-DD'),
});
const pdf = z.any().describe('Tệp PDF (application/pdf)');
const xlsx = z.any().describe('Tệp Excel (xlsx)');

/** Print-ready documents of the evaluation: certificate, score sheets, council minutes, decision annex. */
export const documentRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['evaluation'];
  const config = { access: { permission: 'registry:read' } } as const;

  app.get(
    '/certificates/:id/certificate.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'Giấy chứng nhận sản phẩm OCOP (PDF, có mã QR tới trang xác minh công khai)',
        params: IdParams,
        response: { 200: pdf, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await certificatePdf(deps, requireSession(request).actor, request.params.id)),
  );

  app.get(
    '/dossiers/:id/score-sheets/:sheetId/sheet.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'Phiếu chấm điểm đã ký của một thành viên Hội đồng (PDF)',
        description:
          'Thành viên luôn tải được phiếu của mình; phiếu của người khác chỉ khi hồ sơ hiển thị phiếu đó ' +
          '(sau khi mở thảo luận và đã nộp phiếu của mình). Ngoài ra trả 404.',
        params: SheetParams,
        response: { 200: pdf, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, sheetId } = request.params;
      return sendDocument(reply, await scoreSheetPdf(deps, requireSession(request).actor, id, sheetId));
    },
  );

  app.get(
    '/dossiers/:id/minutes.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'Biên bản Hội đồng về một hồ sơ, kèm bảng tổng hợp điểm (PDF)',
        description: 'Lập được sau khi Chủ tịch Hội đồng mở thảo luận hoặc kết luận (409 trước đó).',
        params: IdParams,
        querystring: MinutesQuery,
        response: { 200: pdf, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireSession(request).actor;
      return sendDocument(
        reply,
        await councilMinutesPdf(deps, actor, request.params.id, request.query.level),
      );
    },
  );

  app.get(
    '/councils/:id/minutes.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'Biên bản phiên họp Hội đồng: mọi hồ sơ Hội đồng kết luận trong ngày (PDF)',
        params: IdParams,
        querystring: CouncilMinutesQuery,
        response: { 200: pdf, ...problemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireSession(request).actor;
      const file = await councilMinutesForCouncilPdf(deps, actor, request.params.id, request.query.date);
      return sendDocument(reply, file);
    },
  );

  app.get(
    '/decisions/:id/annex.pdf',
    {
      config,
      schema: {
        tags,
        summary: 'Phụ lục danh sách sản phẩm được công nhận kèm quyết định đã ký (PDF)',
        params: IdParams,
        response: { 200: pdf, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await decisionAnnexPdf(deps, requireSession(request).actor, request.params.id)),
  );

  app.get(
    '/decisions/:id/annex.xlsx',
    {
      config,
      schema: {
        tags,
        summary: 'Phụ lục danh sách sản phẩm được công nhận kèm quyết định đã ký (Excel)',
        params: IdParams,
        response: { 200: xlsx, ...problemResponses },
      },
    },
    async (request, reply) =>
      sendDocument(reply, await decisionAnnexXlsx(deps, requireSession(request).actor, request.params.id)),
  );
};
