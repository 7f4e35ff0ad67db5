import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getCouncil, listCouncils } from '../../../app/councils/council-view.ts';
import { saveCouncil } from '../../../app/councils/save-council.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { COUNCIL_ROLES } from '../../../db/schema/councils.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';

const level = z.enum(['province', 'central']);
const CouncilBody = z.object({
  level,
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullish(),
  name: z.string().trim().min(3).max(300),
  establishedBy: z.string().trim().max(100).nullish().describe('Số quyết định thành lập'),
  establishedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  quorumPercent: z
    .number()
    .int()
    .min(50)
    .max(100)
    .optional()
    .describe('Tỷ lệ tối thiểu thành viên chấm (mặc định 75)'),
  members: z
    .array(
      z.object({
        userId: z.uuid(),
        role: z
          .enum(COUNCIL_ROLES)
          .describe('chair: Chủ tịch; member: thành viên; secretary: thư ký; advisor: Tổ giúp việc'),
        agency: z.string().trim().max(200).nullish(),
        position: z.string().trim().max(200).nullish(),
      }),
    )
    .max(60),
});
const CouncilSchema = z
  .object({
    id: z.uuid(),
    level,
    provinceCode: z.string().nullable(),
    name: z.string(),
    establishedBy: z.string().nullable(),
    establishedOn: z.string().nullable(),
    quorumPercent: z.number().int(),
    isActive: z.boolean(),
    members: z.array(
      z.object({
        userId: z.uuid(),
        displayName: z.string(),
        role: z.string(),
        agency: z.string().nullable(),
        position: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Council' });
const IdParams = z.object({ id: z.uuid() });

export const councilRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['evaluation'];
  const manage = { access: { permission: 'evaluation:manage' } } as const;
  app.get(
    '/',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Hội đồng đánh giá của tỉnh bạn và Hội đồng Trung ương',
        querystring: z.object({ level: level.optional() }),
        response: { 200: z.array(CouncilSchema), ...problemResponses },
      },
    },
    async (request) => listCouncils(deps.db, requireSession(request).actor, request.query),
  );
  app.get(
    '/:id',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Một Hội đồng',
        params: IdParams,
        response: { 200: CouncilSchema, ...problemResponses },
      },
    },
    async (request) => getCouncil(deps.db, requireSession(request).actor, request.params.id),
  );
  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Thành lập Hội đồng (Chủ tịch, thành viên, Tổ giúp việc)',
        body: CouncilBody,
        response: { 201: CouncilSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await saveCouncil(deps, session.actor, auditActorOf(session), request.body));
    },
  );
  app.put(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa Hội đồng và thay danh sách thành viên',
        params: IdParams,
        body: CouncilBody,
        response: { 200: CouncilSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return saveCouncil(deps, session.actor, auditActorOf(session), request.body, request.params.id);
    },
  );
};
