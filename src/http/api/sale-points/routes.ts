import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createSalePoint } from '../../../app/sale-points/create-sale-point.ts';
import { findSalePoints, getSalePoint } from '../../../app/sale-points/find-sale-points.ts';
import { salePointLabels } from '../../../app/sale-points/sale-point-labels.ts';
import { deleteSalePoint, updateSalePoint } from '../../../app/sale-points/update-sale-point.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CreateSalePointBody,
  SalePointLabelsSchema,
  SalePointListQuery,
  SalePointListSchema,
  SalePointSchema,
  UpdateSalePointBody,
} from './schemas.ts';

/** OCOP sale points (điểm giới thiệu và bán sản phẩm OCOP): the province's office records them. */
export const salePointRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'trade-promotion:manage' } } as const;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Điểm bán sản phẩm OCOP của tỉnh (Bộ: cả nước), lọc theo xã, cấp, loại địa điểm',
        querystring: SalePointListQuery,
        response: { 200: SalePointListSchema, ...problemResponses },
      },
    },
    async (request) => findSalePoints(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/labels',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Cấp công nhận và loại địa điểm theo Quyết định 950/QĐ-BCT (tiếng Việt, tiếng Anh)',
        response: { 200: SalePointLabelsSchema, ...problemResponses },
      },
    },
    async () => salePointLabels(),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một điểm bán, với các sản phẩm bày bán và trạng thái chứng nhận',
        params: IdParams,
        response: { 200: SalePointSchema, ...problemResponses },
      },
    },
    async (request) => getSalePoint(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận điểm bán (tỉnh mình; Bộ: mọi tỉnh)',
        body: CreateSalePointBody,
        response: { 201: SalePointSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createSalePoint(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa điểm bán, danh sách sản phẩm (gửi đủ danh sách) hoặc ngừng hoạt động (isActive=false)',
        params: IdParams,
        body: UpdateSalePointBody,
        response: { 200: SalePointSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateSalePoint(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.delete(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá điểm bán nhập nhầm (điểm đóng cửa: đặt isActive=false)',
        params: IdParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deleteSalePoint(deps, session.actor, auditActorOf(session), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
