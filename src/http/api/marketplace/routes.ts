import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { findMarketplaces, getMarketplace } from '../../../app/marketplace/find-marketplaces.ts';
import { registerMarketplace } from '../../../app/marketplace/register-marketplace.ts';
import { rotateMarketplaceSecret, updateMarketplace } from '../../../app/marketplace/update-marketplace.ts';
import { findWebhookDeliveries, retryWebhookDelivery } from '../../../app/marketplace/webhook-deliveries.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  DeliveryListQuery,
  DeliveryListSchema,
  DeliveryParams,
  DeliverySchema,
  MarketplaceParams,
  MarketplaceSchema,
  MarketplaceWithSecretSchema,
  RegisterMarketplaceBody,
  UpdateMarketplaceBody,
} from './schemas.ts';

/** Marketplaces that receive signed status webhooks (the ministry registers them). */
export const marketplaceRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['marketplaces'];
  const config = { access: { permission: 'marketplaces:manage' } } as const;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Các sàn thương mại nhận thông báo trạng thái sản phẩm OCOP',
        response: { 200: z.object({ items: z.array(MarketplaceSchema) }), ...problemResponses },
      },
    },
    async (request) => findMarketplaces(deps, requireSession(request).actor),
  );

  app.post(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Đăng ký sàn thương mại; khoá ký chỉ hiển thị một lần trong câu trả lời',
        body: RegisterMarketplaceBody,
        response: { 201: MarketplaceWithSecretSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const created = await registerMarketplace(deps, session.actor, auditActorOf(session), request.body);
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Một sàn thương mại',
        params: MarketplaceParams,
        response: { 200: MarketplaceSchema, ...problemResponses },
      },
    },
    async (request) => getMarketplace(deps, requireSession(request).actor, request.params.id),
  );

  app.patch(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Đổi tên, địa chỉ nhận, ngừng hoặc kích hoạt lại sàn',
        params: MarketplaceParams,
        body: UpdateMarketplaceBody,
        response: { 200: MarketplaceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateMarketplace(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.post(
    '/:id/rotate-secret',
    {
      config,
      schema: {
        tags,
        summary: 'Cấp khoá ký mới (khoá cũ hết hiệu lực ngay); chỉ hiển thị một lần',
        params: MarketplaceParams,
        response: { 200: MarketplaceWithSecretSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const rotated = await rotateMarketplaceSecret(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
      );
      return reply.header('cache-control', 'no-store').send(rotated);
    },
  );

  app.get(
    '/:id/deliveries',
    {
      config,
      schema: {
        tags,
        summary: 'Các lần gửi thông báo gần đây tới sàn (mới nhất trước)',
        params: MarketplaceParams,
        querystring: DeliveryListQuery,
        response: { 200: DeliveryListSchema, ...problemResponses },
      },
    },
    async (request) =>
      findWebhookDeliveries(deps, requireSession(request).actor, request.params.id, request.query),
  );

  app.post(
    '/:id/deliveries/:deliveryId/retry',
    {
      config,
      schema: {
        tags,
        summary: 'Gửi lại một thông báo đã thất bại (từ lượt chạy kế tiếp, đếm lại số lần thử)',
        params: DeliveryParams,
        response: { 200: DeliverySchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { id, deliveryId } = request.params;
      return retryWebhookDelivery(deps, session.actor, auditActorOf(session), id, deliveryId);
    },
  );
};
