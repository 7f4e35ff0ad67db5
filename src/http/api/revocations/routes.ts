import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { decideRevocation } from '../../../app/revocations/decide-revocation.ts';
import { dismissRevocation } from '../../../app/revocations/dismiss-revocation.ts';
import { findRevocations, getRevocation } from '../../../app/revocations/find-revocations.ts';
import { proposeRevocation } from '../../../app/revocations/propose-revocation.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  DismissBody,
  ProposeRevocationBody,
  RevocationListQuery,
  RevocationListSchema,
  RevocationSchema,
  RevokeBody,
} from './schemas.ts';

/** Revocation of OCOP certificates (Decision 26/2026 Art. 8): the office proposes, the signer decides. */
export const revocationRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'evaluation:manage' } } as const;
  const sign = { access: { permission: 'decisions:sign' } } as const;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Hồ sơ thu hồi trong phạm vi (tỉnh: của tỉnh; Bộ: cả nước), lọc theo trạng thái, quá hạn',
        querystring: RevocationListQuery,
        response: { 200: RevocationListSchema, ...problemResponses },
      },
    },
    async (request) => findRevocations(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một hồ sơ thu hồi, với các thao tác người gọi được làm',
        params: IdParams,
        response: { 200: RevocationSchema, ...problemResponses },
      },
    },
    async (request) => getRevocation(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Đề nghị thu hồi giấy chứng nhận (cơ quan OCOP); hạn quyết định = ngày kết luận + 15 ngày',
        body: ProposeRevocationBody,
        response: { 201: RevocationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const view = await proposeRevocation(deps, session.actor, auditActorOf(session), request.body);
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/:id/revoke',
    {
      config: sign,
      schema: {
        tags,
        summary:
          'Quyết định thu hồi (Chủ tịch UBND tỉnh: 3–4 sao; Bộ trưởng: 5 sao); trạng thái công khai đổi ngay',
        params: IdParams,
        body: RevokeBody,
        response: { 200: RevocationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return decideRevocation(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.post(
    '/:id/dismiss',
    {
      config: sign,
      schema: {
        tags,
        summary: 'Quyết định không thu hồi, ghi rõ lý do',
        params: IdParams,
        body: DismissBody,
        response: { 200: RevocationSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return dismissRevocation(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body.reason,
      );
    },
  );
};
