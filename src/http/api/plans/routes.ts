import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createPlan } from '../../../app/programme/create-plan.ts';
import { findPlans, getPlan } from '../../../app/programme/find-plans.ts';
import { planProgress } from '../../../app/programme/plan-progress.ts';
import { deletePlan, updatePlan } from '../../../app/programme/update-plan.ts';
import { INDICATORS } from '../../../domain/programme/indicator-catalogue.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreatePlanBody,
  IndicatorCatalogueSchema,
  PlanListQuery,
  PlanListSchema,
  PlanProgressSchema,
  PlanSchema,
  ProgressQuery,
  UpdatePlanBody,
} from './schemas.ts';

/** Programme plans (kế hoạch OCOP) with targets on indicators, and their progress. */
export const planRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'programme:read' } } as const;
  const manage = { access: { permission: 'programme:manage' } } as const;

  app.get(
    '/indicators',
    {
      config: read,
      schema: {
        tags,
        summary: 'Danh mục chỉ số: đơn vị, tham số, tính từ dữ liệu hay chỉ nhập tay',
        response: { 200: IndicatorCatalogueSchema, ...problemResponses },
      },
    },
    async () => ({ items: INDICATORS.map((i) => ({ ...i, params: [...i.params] })) }),
  );

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Kế hoạch của tỉnh mình (Bộ: mọi tỉnh và toàn quốc)',
        querystring: PlanListQuery,
        response: { 200: PlanListSchema, ...problemResponses },
      },
    },
    async (request) => findPlans(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một kế hoạch',
        params: IdParams,
        response: { 200: PlanSchema, ...problemResponses },
      },
    },
    async (request) => getPlan(deps, requireSession(request).actor, request.params.id),
  );

  app.get(
    '/:id/progress',
    {
      config: read,
      schema: {
        tags,
        summary: 'Tiến độ từng chỉ tiêu: giá trị thực tế, % hoàn thành, tốc độ cần thiết, dự báo cuối kỳ',
        params: IdParams,
        querystring: ProgressQuery,
        response: { 200: PlanProgressSchema, ...problemResponses },
      },
    },
    async (request) =>
      planProgress(deps, requireSession(request).actor, request.params.id, request.query.asOf),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Lập kế hoạch (tỉnh mình; Bộ: mọi tỉnh và toàn quốc)',
        body: CreatePlanBody,
        response: { 201: PlanSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createPlan(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa kế hoạch; targets (nếu gửi) là danh sách đầy đủ',
        params: IdParams,
        body: UpdatePlanBody,
        response: { 200: PlanSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updatePlan(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.delete(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá kế hoạch',
        params: IdParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deletePlan(deps, session.actor, auditActorOf(session), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
