import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import {
  deleteEventOutcome,
  listEventOutcomes,
  recordEventOutcome,
} from '../../../app/trade-events/event-outcomes.ts';
import { getEventParticipants, setEventParticipants } from '../../../app/trade-events/event-participants.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreateTradeEventOutcomeBody,
  OutcomeParams,
  SetTradeEventParticipantsBody,
  TradeEventOutcomeListSchema,
  TradeEventOutcomeSchema,
  TradeEventParticipantListSchema,
} from './record-schemas.ts';

/** Who took part in an event and what came of it (leads, memoranda, contracts). */
export const tradeEventRecordRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'trade-promotion:manage' } } as const;

  app.get(
    '/:id/participants',
    {
      config: read,
      schema: {
        tags,
        summary: 'Chủ thể tham gia sự kiện và sản phẩm trưng bày (chủ thể: của mình; cán bộ xã: của xã)',
        params: IdParams,
        response: { 200: TradeEventParticipantListSchema, ...problemResponses },
      },
    },
    async (request) => ({
      items: await getEventParticipants(deps, requireSession(request).actor, request.params.id),
    }),
  );

  app.put(
    '/:id/participants',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi danh sách chủ thể tham gia, sản phẩm trưng bày và gian hàng (gửi đủ danh sách)',
        params: IdParams,
        body: SetTradeEventParticipantsBody,
        response: { 200: TradeEventParticipantListSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { id } = request.params;
      const items = await setEventParticipants(
        deps,
        session.actor,
        auditActorOf(session),
        id,
        request.body.participants,
      );
      return { items };
    },
  );

  app.get(
    '/:id/outcomes',
    {
      config: read,
      schema: {
        tags,
        summary: 'Kết quả sau sự kiện (khách hàng tiềm năng, biên bản ghi nhớ, hợp đồng) và tổng giá trị',
        params: IdParams,
        response: { 200: TradeEventOutcomeListSchema, ...problemResponses },
      },
    },
    async (request) => listEventOutcomes(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/:id/outcomes',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận một kết quả (chỉ khi sự kiện đã bắt đầu)',
        params: IdParams,
        body: CreateTradeEventOutcomeBody,
        response: { 201: TradeEventOutcomeSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const outcome = await recordEventOutcome(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(outcome);
    },
  );

  app.delete(
    '/:id/outcomes/:outcomeId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá một kết quả ghi nhầm',
        params: OutcomeParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const { id, outcomeId } = request.params;
      await deleteEventOutcome(deps, session.actor, auditActorOf(session), id, outcomeId);
      return reply.status(204).send(null);
    },
  );
};
