import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createRound, listVisibleRounds, openDefaultRounds } from '../../../app/rounds/rounds.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';

const level = z.enum(['province', 'central']);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày dạng YYYY-MM-DD');
const year = z.number().int().min(2019).max(2100);
const RoundSchema = z
  .object({
    id: z.uuid(),
    level,
    provinceCode: z.string().nullable(),
    name: z.string(),
    year: z.number().int(),
    intakeDeadline: z.string(),
    decisionDeadline: z.string(),
    isClosed: z.boolean(),
  })
  .meta({ id: 'EvaluationRound' });

export const roundRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['evaluation'];
  const manage = { access: { permission: 'evaluation:manage' } } as const;
  app.get(
    '/',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Các đợt đánh giá (của tỉnh bạn và của Bộ)',
        querystring: z.object({ year: z.coerce.number().int().optional() }),
        response: { 200: z.array(RoundSchema), ...problemResponses },
      },
    },
    async (request) => listVisibleRounds(deps, requireSession(request).actor, request.query),
  );
  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Mở một đợt đánh giá (kể cả đợt bổ sung)',
        body: z.object({
          level,
          provinceCode: z.string().nullish(),
          name: z.string().trim().min(3).max(200),
          year,
          intakeDeadline: isoDate,
          decisionDeadline: isoDate,
        }),
        response: { 201: RoundSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createRound(deps, session.actor, auditActorOf(session), request.body));
    },
  );
  app.post(
    '/defaults',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'Mở các đợt theo Điều 5 cho một năm (30/4→30/6, 30/10→30/12; Bộ: 30/7→30/9, 30/1→30/3); chạy lại không tạo trùng',
        body: z.object({ level, provinceCode: z.string().nullish(), year }),
        response: { 200: z.array(RoundSchema), ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return openDefaultRounds(deps, session.actor, auditActorOf(session), request.body);
    },
  );
};
