import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createStampBatch } from '../../../app/stamps/create-stamp-batch.ts';
import {
  findStampBatches,
  getStampBatch,
  markStampBatchPrinted,
  voidStampBatch,
} from '../../../app/stamps/stamp-batches.ts';
import type { StampSettings } from '../../../app/stamps/stamp-settings.ts';
import { stampSheetPdf } from '../../../app/stamps/stamp-sheet-pdf.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendDocument } from '../../send-document.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreateStampBatchBody,
  PrintedBody,
  SheetQuery,
  StampBatchListQuery,
  StampBatchListSchema,
  StampBatchSchema,
  VoidBody,
} from './schemas.ts';

/** Stamp batches for certified products: the province office (its province) and the ministry (all). */
export const stampBatchRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; settings: StampSettings }> = async (
  app,
  { deps, settings },
) => {
  const tags = ['stamps'];
  const config = { access: { permission: 'certificates:write' } } as const;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Các lô tem trong phạm vi (tỉnh: của tỉnh; Bộ: cả nước), mới nhất trước',
        querystring: StampBatchListQuery,
        response: { 200: StampBatchListSchema, ...problemResponses },
      },
    },
    async (request) => findStampBatches(deps, requireSession(request).actor, request.query),
  );

  app.post(
    '/',
    {
      config,
      schema: {
        tags,
        summary:
          'Cấp một lô tem cho sản phẩm có giấy chứng nhận còn hiệu lực (số sê-ri nối tiếp, trong hạn mức)',
        description:
          'Từ chối khi giấy chứng nhận hết hạn, bị thu hồi, chưa có hiệu lực hoặc không có (409 STAMP_NOT_ALLOWED), ' +
          'khi vượt hạn mức của giấy chứng nhận (422 STAMP_QUOTA_EXCEEDED). Mọi tem được ghi trong một giao dịch.',
        body: CreateStampBatchBody,
        response: { 201: StampBatchSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const view = await createStampBatch(
        deps,
        session.actor,
        auditActorOf(session),
        request.body,
        settings.limits,
      );
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Một lô tem',
        params: IdParams,
        response: { 200: StampBatchSchema, ...problemResponses },
      },
    },
    async (request) => getStampBatch(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/:id/printed',
    {
      config,
      schema: {
        tags,
        summary: 'Ghi nhận đã in lô tem',
        params: IdParams,
        body: PrintedBody,
        response: { 200: StampBatchSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return markStampBatchPrinted(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body.printedOn,
      );
    },
  );

  app.post(
    '/:id/void',
    {
      config,
      schema: {
        tags,
        summary: 'Hủy lô tem (thất lạc, in lỗi): mã của lô được xác minh là "đã hủy" sau vài giây',
        params: IdParams,
        body: VoidBody,
        response: { 200: StampBatchSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return voidStampBatch(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body.reason,
      );
    },
  );

  app.get(
    '/:id/sheet.pdf',
    {
      config,
      schema: {
        tags,
        summary: `Tờ tem in (PDF A4, 24 tem mỗi trang, tối đa ${settings.limits.maxSheetStamps} tem mỗi lần tải)`,
        description:
          'Mỗi tem có mã QR tới /v/{mã}, số sao, chữ OCOP, số sê-ri và mã tem. Lô lớn: tải nhiều lần theo khoảng ' +
          '?from=&to= (số sê-ri).',
        params: IdParams,
        querystring: SheetQuery,
        response: { 200: z.any().describe('Tệp PDF (application/pdf)'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await stampSheetPdf(
        deps,
        requireSession(request).actor,
        request.params.id,
        request.query,
        settings.limits,
      );
      return sendDocument(reply, file);
    },
  );
};
