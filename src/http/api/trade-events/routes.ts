import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createTradeEvent } from '../../../app/trade-events/create-trade-event.ts';
import { findTradeEvents, getTradeEvent } from '../../../app/trade-events/find-trade-events.ts';
import { deleteTradeEvent, updateTradeEvent } from '../../../app/trade-events/update-trade-event.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreateTradeEventBody,
  TradeEventListQuery,
  TradeEventListSchema,
  TradeEventSchema,
  UpdateTradeEventBody,
} from './schemas.ts';

/** Fairs, exhibitions and supply–demand conferences (xúc tiến thương mại). */
export const tradeEventRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'trade-promotion:manage' } } as const;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Hội chợ, triển lãm, kết nối cung cầu của tỉnh và toàn quốc, theo ngày bắt đầu',
        querystring: TradeEventListQuery,
        response: { 200: TradeEventListSchema, ...problemResponses },
      },
    },
    async (request) => findTradeEvents(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một sự kiện',
        params: IdParams,
        response: { 200: TradeEventSchema, ...problemResponses },
      },
    },
    async (request) => getTradeEvent(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận sự kiện của tỉnh mình (sự kiện toàn quốc: Bộ)',
        body: CreateTradeEventBody,
        response: { 201: TradeEventSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createTradeEvent(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa sự kiện',
        params: IdParams,
        body: UpdateTradeEventBody,
        response: { 200: TradeEventSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateTradeEvent(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.delete(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá sự kiện',
        params: IdParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deleteTradeEvent(deps, session.actor, auditActorOf(session), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
