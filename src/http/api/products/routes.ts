import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { addCertificate } from '../../../app/products/add-certificate.ts';
import { assignOcopCode } from '../../../app/products/assign-ocop-code.ts';
import { changeCertificate } from '../../../app/products/change-certificate.ts';
import { createProduct } from '../../../app/products/create-product.ts';
import { exportProducts } from '../../../app/products/export-products.ts';
import { findProducts, getProduct } from '../../../app/products/find-products.ts';
import {
  addProductPhoto,
  MAX_PHOTO_BYTES,
  removeProductPhoto,
} from '../../../app/products/product-photos.ts';
import { updateProduct } from '../../../app/products/update-product.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  AssignCodeBody,
  CertificateParams,
  ChangeCertificateBody,
  CreateCertificateBody,
  CreateProductBody,
  PhotoParams,
  ProductListItemSchema,
  ProductListQuery,
  ProductSchema,
  UpdateProductBody,
} from './schemas.ts';

export const productRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];
  const more = { 409: problemResponses[400], 422: problemResponses[400] };
  const read = { access: { permission: 'registry:read' } } as const;
  const write = { access: { permission: 'registry:write' } } as const;
  const certify = { access: { permission: 'certificates:write' } } as const;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Tìm sản phẩm (không dấu, gõ sai vẫn tìm được), lọc theo tỉnh, xã, sao, bộ sản phẩm, trạng thái',
        querystring: ProductListQuery,
        response: {
          200: z.object({ items: z.array(ProductListItemSchema), total: z.number().int() }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { productSet, status, ...rest } = request.query;
      return findProducts(deps, session.actor, { ...rest, productSet, status });
    },
  );

  app.get(
    '/export',
    {
      config: read,
      schema: {
        tags,
        summary: 'Xuất danh sách sản phẩm (đã lọc) ra .xlsx hoặc .csv',
        querystring: ProductListQuery.omit({ page: true, pageSize: true }).extend({
          format: z.enum(['xlsx', 'csv']).default('xlsx'),
        }),
        response: { 200: z.any().describe('Tệp .xlsx hoặc .csv'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { format, ...search } = request.query;
      const stamp = new Date().toISOString().slice(0, 10);
      reply
        .header('content-disposition', `attachment; filename="san-pham-ocop-${stamp}.${format}"`)
        .type(
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        );
      return reply.send(exportProducts(deps, requireSession(request).actor, search, format));
    },
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một sản phẩm và lịch sử giấy chứng nhận',
        params: IdParams,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) => getProduct(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: write,
      schema: {
        tags,
        summary: 'Đăng ký sản phẩm',
        body: CreateProductBody,
        response: { 201: ProductSchema, ...problemResponses, ...more },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createProduct(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sửa, lưu trữ hoặc khôi phục sản phẩm',
        params: IdParams,
        body: UpdateProductBody,
        response: { 200: ProductSchema, ...problemResponses, ...more },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateProduct(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );

  app.post(
    '/:id/ocop-code',
    {
      config: write,
      schema: {
        tags,
        summary: 'Cấp mã sản phẩm OCOP (tỉnh)-(xã)-(số thứ tự)-(năm)',
        params: IdParams,
        body: AssignCodeBody,
        response: { 200: ProductSchema, ...problemResponses, ...more },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return assignOcopCode(deps, session.actor, auditActorOf(session), request.params.id, request.body.year);
    },
  );

  app.post(
    '/:id/certificates',
    {
      config: certify,
      schema: {
        tags,
        summary: 'Ghi nhận giấy chứng nhận OCOP (3–4 sao: tỉnh; 5 sao: Bộ)',
        params: IdParams,
        body: CreateCertificateBody,
        response: { 201: ProductSchema, ...problemResponses, ...more },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const view = await addCertificate(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/:id/certificates/:certificateId',
    {
      config: certify,
      schema: {
        tags,
        summary: 'Thu hồi giấy chứng nhận, hoặc ghi nhận hồ sơ đánh giá lại đang chờ',
        params: CertificateParams,
        body: ChangeCertificateBody,
        response: { 200: ProductSchema, ...problemResponses, ...more },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { id, certificateId } = request.params;
      return changeCertificate(deps, session.actor, auditActorOf(session), id, certificateId, request.body);
    },
  );

  // The back-office uploads with application/octet-stream; the image format is sniffed from the bytes.
  for (const type of [
    'image/jpeg',
    'image/png',
    'image/webp',
    'image/heic',
    'image/avif',
    'application/octet-stream',
  ]) {
    app.addContentTypeParser(
      type,
      { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES },
      (_request, body, done) => done(null, body),
    );
  }

  app.post(
    '/:id/photos',
    {
      config: write,
      bodyLimit: MAX_PHOTO_BYTES,
      schema: {
        tags,
        summary: 'Tải ảnh sản phẩm (thân yêu cầu là ảnh JPEG/PNG/WebP/HEIC, ≤ 8 MB); tạo ảnh thu nhỏ',
        params: IdParams,
        response: {
          201: ProductSchema,
          ...problemResponses,
          413: problemResponses[400],
          415: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const view = await addProductPhoto(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        bytes,
      );
      return reply.status(201).send(view);
    },
  );

  app.delete(
    '/:id/photos/:photoId',
    {
      config: write,
      schema: {
        tags,
        summary: 'Xoá ảnh sản phẩm',
        params: PhotoParams,
        response: { 200: ProductSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      const { id, photoId } = request.params;
      return removeProductPhoto(deps, session.actor, auditActorOf(session), id, photoId);
    },
  );
};
