import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { getEvidence, listEvidence } from '../../../app/evidence/find-evidence.ts';
import { type EvidenceFile, openEvidenceFile } from '../../../app/evidence/open-evidence-file.ts';
import { archiveEvidence, updateEvidence } from '../../../app/evidence/update-evidence.ts';
import { MAX_EVIDENCE_BYTES, uploadEvidence } from '../../../app/evidence/upload-evidence.ts';
import { FILE_KINDS } from '../../../domain/evidence/file-kind.ts';
import { contentDisposition } from '../../../domain/evidence/file-name.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  EvidenceIdParams,
  EvidenceListQuery,
  EvidenceListSchema,
  EvidenceSchema,
  ProducerEvidenceParams,
  UpdateEvidenceBody,
  UploadEvidenceQuery,
} from './schemas.ts';

/** Streams a stored document as a download; never rendered or sniffed by the browser, never cached. */
export function sendEvidenceFile(reply: FastifyReply, file: EvidenceFile): FastifyReply {
  return reply
    .type(file.mimeType)
    .header('content-length', file.sizeBytes)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.stream);
}

/** The producer's evidence wallet: documents stored once with their validity, reused by its dossiers. */
export const evidenceRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];
  const read = { access: { permission: 'registry:read' } } as const;
  const write = { access: { permission: 'registry:write' } } as const;
  const errors = { ...problemResponses, 413: problemResponses[400], 415: problemResponses[400] };

  // The file is the raw body; its kind is sniffed from the bytes, whatever Content-Type says.
  const types = new Set(['application/octet-stream', ...Object.values(FILE_KINDS).map((k) => k.mimeType)]);
  for (const type of types) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: MAX_EVIDENCE_BYTES },
      (_request, body, done) => done(null, body),
    );
  }

  app.get(
    '/producers/:producerId/evidence',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Kho minh chứng của chủ thể, kèm tình trạng hiệu lực (còn hạn, sắp hết hạn ≤ 90 ngày, hết hạn)',
        params: ProducerEvidenceParams,
        querystring: EvidenceListQuery,
        response: { 200: EvidenceListSchema, ...errors },
      },
    },
    async (request) =>
      listEvidence(deps, requireSession(request).actor, request.params.producerId, request.query),
  );

  app.post(
    '/producers/:producerId/evidence',
    {
      config: write,
      bodyLimit: MAX_EVIDENCE_BYTES,
      schema: {
        tags,
        summary: 'Tải tài liệu minh chứng vào kho (thân yêu cầu là tệp PDF/JPEG/PNG/Word/Excel, ≤ 20 MB)',
        description:
          'Thông tin tài liệu đi theo chuỗi truy vấn. Tệp giống hệt (cùng sha256) đã có trong kho của chủ thể → ' +
          '200 với bản ghi sẵn có (không lưu lần hai); tệp mới → 201.',
        params: ProducerEvidenceParams,
        querystring: UploadEvidenceQuery,
        response: { 200: EvidenceSchema, 201: EvidenceSchema, ...errors },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const { evidence, isNew } = await uploadEvidence(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.producerId,
        { ...request.query, bytes },
      );
      return reply.status(isNew ? 201 : 200).send(evidence);
    },
  );

  app.get(
    '/evidence/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Thông tin một tài liệu minh chứng',
        params: EvidenceIdParams,
        response: { 200: EvidenceSchema, ...errors },
      },
    },
    async (request) => getEvidence(deps, requireSession(request).actor, request.params.id),
  );

  app.patch(
    '/evidence/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa thông tin tài liệu (loại, tên, số hiệu, cơ quan cấp, ngày cấp, thời hạn)',
        params: EvidenceIdParams,
        body: UpdateEvidenceBody,
        response: { 200: EvidenceSchema, ...errors },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateEvidence(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.delete(
    '/evidence/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Lưu trữ tài liệu (không xoá: hồ sơ đã dùng tài liệu vẫn xem được)',
        params: EvidenceIdParams,
        response: { 200: EvidenceSchema, ...errors },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return archiveEvidence(deps, session.actor, auditActorOf(session), request.params.id);
    },
  );

  app.get(
    '/evidence/:id/file',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tải tệp tài liệu minh chứng',
        params: EvidenceIdParams,
        response: { 200: z.any().describe('Nội dung tệp'), ...errors },
      },
    },
    async (request, reply) =>
      sendEvidenceFile(reply, await openEvidenceFile(deps, requireSession(request).actor, request.params.id)),
  );
};
