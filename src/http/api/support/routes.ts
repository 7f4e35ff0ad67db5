import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createSupportRecord } from '../../../app/support/create-support-record.ts';
import { exportSupportRecords } from '../../../app/support/export-support-records.ts';
import { findSupportRecords, getSupportRecord } from '../../../app/support/find-support-records.ts';
import { deleteSupportRecord, updateSupportRecord } from '../../../app/support/update-support-record.ts';
import { SUPPORT_KINDS } from '../../../domain/support/support-kinds.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendDocument } from '../../send-document.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreateSupportRecordBody,
  SupportKindListSchema,
  SupportRecordListQuery,
  SupportRecordListSchema,
  SupportRecordSchema,
  UpdateSupportRecordBody,
} from './schemas.ts';

/** Support given to producers: trademarks, barcodes, packaging, stamps, lab tests, credit, equipment… */
export const supportRecordRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'programme:manage' } } as const;

  app.get(
    '/kinds',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Danh mục loại hỗ trợ (tiếng Việt, tiếng Anh)',
        response: { 200: SupportKindListSchema, ...problemResponses },
      },
    },
    async () => ({ items: SUPPORT_KINDS.map((k) => ({ ...k })) }),
  );

  app.get(
    '/export.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tải danh sách hỗ trợ (theo bộ lọc, trong phạm vi của bạn) ra Excel, kèm tổng theo loại',
        querystring: SupportRecordListQuery.omit({ page: true, pageSize: true }),
        response: { 200: z.any().describe('Tệp .xlsx'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await exportSupportRecords(deps, requireSession(request).actor, request.query);
      return sendDocument(reply, file);
    },
  );

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Hỗ trợ cho chủ thể trong phạm vi của bạn (chủ thể: của mình), mới nhất trước, kèm tổng theo loại',
        querystring: SupportRecordListQuery,
        response: { 200: SupportRecordListSchema, ...problemResponses },
      },
    },
    async (request) => findSupportRecords(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một lần hỗ trợ',
        params: IdParams,
        response: { 200: SupportRecordSchema, ...problemResponses },
      },
    },
    async (request) => getSupportRecord(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận hỗ trợ cho chủ thể của tỉnh mình (Bộ: mọi tỉnh)',
        body: CreateSupportRecordBody,
        response: { 201: SupportRecordSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const created = await createSupportRecord(deps, session.actor, auditActorOf(session), request.body);
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa một lần hỗ trợ',
        params: IdParams,
        body: UpdateSupportRecordBody,
        response: { 200: SupportRecordSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateSupportRecord(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.delete(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá bản ghi nhập nhầm',
        params: IdParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deleteSupportRecord(deps, session.actor, auditActorOf(session), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
