import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createProducer } from '../../../app/producers/create-producer.ts';
import { findProducers, getProducer } from '../../../app/producers/find-producers.ts';
import { updateProducer } from '../../../app/producers/update-producer.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  CreateProducerBody,
  IdParams,
  ProducerListQuery,
  ProducerSchema,
  UpdateProducerBody,
} from './schemas.ts';

export const producerRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];
  const conflict = { 409: problemResponses[400], 422: problemResponses[400] };

  app.get(
    '/',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Tìm chủ thể (không dấu, gõ sai vẫn tìm được) trong phạm vi của bạn',
        querystring: ProducerListQuery,
        response: {
          200: z.object({ items: z.array(ProducerSchema), total: z.number().int() }),
          ...problemResponses,
        },
      },
    },
    async (request) => findProducers(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Một chủ thể',
        params: IdParams,
        response: { 200: ProducerSchema, ...problemResponses },
      },
    },
    async (request) => getProducer(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: { access: { permission: 'registry:write' } },
      schema: {
        tags,
        summary: 'Đăng ký chủ thể (cảnh báo trùng tên trong xã; trùng mã số thuế bị từ chối)',
        body: CreateProducerBody,
        response: { 201: ProducerSchema, ...problemResponses, ...conflict },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createProducer(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: { access: { permission: 'registry:write' } },
      schema: {
        tags,
        summary: 'Sửa, lưu trữ (isArchived=true) hoặc khôi phục chủ thể',
        params: IdParams,
        body: UpdateProducerBody,
        response: { 200: ProducerSchema, ...problemResponses, ...conflict },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateProducer(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );
};
