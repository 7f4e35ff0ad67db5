import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getDecision } from '../../../app/decisions/decision-view.ts';
import { listDecisions } from '../../../app/decisions/list-decisions.ts';
import { prepareDecision } from '../../../app/decisions/prepare-decision.ts';
import { signDecision } from '../../../app/decisions/sign-decision.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';

const level = z.enum(['province', 'central']);
const DecisionSummary = z.object({
  id: z.uuid(),
  level,
  provinceCode: z.string().nullable(),
  status: z.enum(['draft', 'signed']),
  title: z.string(),
  number: z.string().nullable(),
  signedOn: z.string().nullable(),
  createdAt: z.string(),
});
const DecisionSchema = DecisionSummary.extend({
  authorityName: z.string().nullable(),
  items: z.array(
    z.object({
      dossierId: z.uuid(),
      dossierCode: z.string(),
      state: z.string(),
      stateLabel: z.object({ vi: z.string(), en: z.string() }),
      productId: z.uuid(),
      productName: z.string(),
      producerName: z.string(),
      address: z.string(),
      productSetId: z.number().int(),
      productSetName: z.string(),
      total: z.number().nullable(),
      stars: z.number().int().nullable(),
      isNominated: z.boolean(),
      certificateId: z.uuid().nullable(),
      certificateNumber: z.string().nullable(),
    }),
  ),
}).meta({ id: 'Decision' });
const IdParams = z.object({ id: z.uuid() });

export const decisionRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['evaluation'];
  const read = { access: { permission: 'registry:read' } } as const;
  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Quyết định công nhận',
        response: { 200: z.array(DecisionSummary), ...problemResponses },
      },
    },
    async (request) => listDecisions(deps, requireSession(request).actor),
  );
  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một quyết định và danh sách sản phẩm kèm theo',
        params: IdParams,
        response: { 200: DecisionSchema, ...problemResponses },
      },
    },
    async (request) => getDecision(deps, requireSession(request).actor, request.params.id),
  );
  app.post(
    '/',
    {
      config: { access: { permission: 'evaluation:manage' } },
      schema: {
        tags,
        summary: 'Dự thảo quyết định cho các hồ sơ Hội đồng đã đề xuất (tất cả hoặc không hồ sơ nào)',
        body: z.object({
          level,
          dossierIds: z.array(z.uuid()).min(1).max(500),
          title: z.string().trim().max(300).optional(),
        }),
        response: { 201: DecisionSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await prepareDecision(deps, session.actor, auditActorOf(session), request.body));
    },
  );
  app.post(
    '/:id/sign',
    {
      config: { access: { permission: 'decisions:sign' } },
      schema: {
        tags,
        summary: 'Ký quyết định: cấp giấy chứng nhận 3–4 sao (hoặc 5 sao), đề xuất Bộ sản phẩm từ 90 điểm',
        params: IdParams,
        body: z.object({
          number: z.string().trim().min(3).max(60).describe('Số quyết định, ví dụ 1234/QĐ-UBND'),
          signedOn: z.string(),
        }),
        response: { 200: DecisionSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return signDecision(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );
};
