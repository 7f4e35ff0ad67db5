import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { importRowsOf, loadImportBatch } from '../../../app/import/find-import.ts';
import { toImportBatchView } from '../../../app/import/import-batch-view.ts';
import { buildImportReport } from '../../../app/import/import-report.ts';
import { commitImport, previewImport } from '../../../app/import/run-import.ts';
import { setImportMapping } from '../../../app/import/set-import-mapping.ts';
import { MAX_IMPORT_BYTES, uploadImport } from '../../../app/import/upload-import.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  ImportBatchSchema,
  ImportIdParams,
  ImportRowSchema,
  MappingBody,
  PreviewBody,
  RowsQuery,
  UploadQuery,
} from './schemas.ts';

/** Spreadsheet imports: upload → mapping → preview (dry run) → commit; the client polls while they run. */
export const importRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];
  const access = { access: { permission: 'registry:import' } } as const;
  const jobs = deps.importJobs;
  const errors = { ...problemResponses, 413: problemResponses[400], 422: problemResponses[400] };
  for (const type of [
    'application/octet-stream',
    'text/csv',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ]) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES },
      (_request, body, done) => done(null, body),
    );
  }

  app.post(
    '/',
    {
      config: access,
      bodyLimit: MAX_IMPORT_BYTES,
      schema: {
        tags,
        summary: 'Tải lên danh sách .xlsx/.csv (thân yêu cầu là nội dung tệp); tự nhận cột',
        querystring: UploadQuery,
        response: { 201: ImportBatchSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const view = await uploadImport(deps, jobs, session.actor, auditActorOf(session), {
        name: request.query.fileName,
        bytes,
      });
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/:id',
    {
      config: access,
      schema: {
        tags,
        summary: 'Trạng thái lần nhập',
        params: ImportIdParams,
        response: { 200: ImportBatchSchema, ...errors },
      },
    },
    async (request) =>
      toImportBatchView(
        await loadImportBatch(deps.db, requireSession(request).actor, request.params.id),
        jobs,
      ),
  );

  app.put(
    '/:id/mapping',
    {
      config: access,
      schema: {
        tags,
        summary: 'Ghép cột của tệp với các trường',
        params: ImportIdParams,
        body: MappingBody,
        response: { 200: ImportBatchSchema, ...errors },
      },
    },
    async (request) =>
      setImportMapping(deps, jobs, requireSession(request).actor, request.params.id, request.body),
  );

  app.post(
    '/:id/preview',
    {
      config: access,
      schema: {
        tags,
        summary: 'Xem trước (không ghi gì vào sổ)',
        params: ImportIdParams,
        body: PreviewBody,
        response: { 202: ImportBatchSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const { view } = await previewImport(
        deps,
        jobs,
        session.actor,
        request.params.id,
        request.body.resolutions,
      );
      return reply.status(202).send(view);
    },
  );

  app.post(
    '/:id/commit',
    {
      config: access,
      schema: {
        tags,
        summary: 'Ghi vào sổ trong một giao dịch',
        params: ImportIdParams,
        response: { 202: ImportBatchSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const { view } = await commitImport(
        deps,
        jobs,
        session.actor,
        auditActorOf(session),
        request.params.id,
      );
      return reply.status(202).send(view);
    },
  );

  app.get(
    '/:id/rows',
    {
      config: access,
      schema: {
        tags,
        summary: 'Kết quả từng dòng (lọc theo kết quả)',
        params: ImportIdParams,
        querystring: RowsQuery,
        response: { 200: z.object({ items: z.array(ImportRowSchema), total: z.number().int() }), ...errors },
      },
    },
    async (request) =>
      importRowsOf(
        await loadImportBatch(deps.db, requireSession(request).actor, request.params.id),
        request.query,
      ),
  );

  app.get(
    '/:id/report.xlsx',
    {
      config: access,
      schema: {
        tags,
        summary: 'Báo cáo từng dòng (.xlsx)',
        params: ImportIdParams,
        response: { 200: z.any(), ...errors },
      },
    },
    async (request, reply) => {
      const batch = await loadImportBatch(deps.db, requireSession(request).actor, request.params.id);
      const bytes = await buildImportReport(batch);
      return reply
        .header('content-disposition', `attachment; filename="bao-cao-nhap-${batch.id.slice(0, 8)}.xlsx"`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(bytes);
    },
  );
};
