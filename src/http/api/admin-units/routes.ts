import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { resolveAdminAddress } from '../../../app/reference/resolve-admin-address.ts';
import { DomainError } from '../../../domain/errors.ts';
import { problemResponses } from '../../problem.ts';
import {
  CommuneSchema,
  ProvinceCodeParams,
  ProvinceSchema,
  ResolveQuerySchema,
  ResolveResponseSchema,
} from './schemas.ts';

/** Public reference data: read-only, cacheable. */
export const adminUnitRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const units = deps.adminUnits;
  const findProvince = (code: string) => {
    const province = units.province2025(code);
    if (!province)
      throw new DomainError('ADMIN_UNIT_NOT_FOUND', `Không có tỉnh/thành phố mã ${code} (từ 1/7/2025).`);
    return province;
  };
  app.addHook('onSend', async (_request, reply) => {
    if (reply.statusCode === 200) reply.header('cache-control', 'public, max-age=3600');
  });

  app.get(
    '/provinces',
    {
      config: { access: 'public' },
      schema: {
        tags: ['admin-units'],
        summary: '34 tỉnh, thành phố từ 1/7/2025',
        response: { 200: z.object({ items: z.array(ProvinceSchema) }), ...problemResponses },
      },
    },
    async () => ({ items: [...units.provinces2025] }),
  );

  app.get(
    '/provinces/:code',
    {
      config: { access: 'public' },
      schema: {
        tags: ['admin-units'],
        summary: 'Một tỉnh, thành phố và số đơn vị cấp xã',
        params: ProvinceCodeParams,
        response: { 200: ProvinceSchema.extend({ communeCount: z.number().int() }), ...problemResponses },
      },
    },
    async (request) => {
      const province = findProvince(request.params.code);
      return { ...province, communeCount: units.communes2025Of(province.code).length };
    },
  );

  app.get(
    '/provinces/:code/communes',
    {
      config: { access: 'public' },
      schema: {
        tags: ['admin-units'],
        summary: 'Các xã, phường, đặc khu của một tỉnh (từ 1/7/2025)',
        params: ProvinceCodeParams,
        response: { 200: z.object({ items: z.array(CommuneSchema) }), ...problemResponses },
      },
    },
    async (request) => ({ items: [...units.communes2025Of(findProvince(request.params.code).code)] }),
  );

  app.get(
    '/resolve',
    {
      config: { access: 'public' },
      schema: {
        tags: ['admin-units'],
        summary: 'Tìm đơn vị cấp xã 2025 từ địa chỉ cũ hoặc mới',
        description:
          'Nhận tên đầy đủ ("Huyện Cầu Kè") hoặc rút gọn ("Cầu Kè"), có dấu hoặc không dấu, kiểu bỏ dấu ' +
          'cũ hoặc mới ("Hòa" = "Hoà"); hoặc mã xã trước 1/7/2025 (`oldCommuneCode`).',
        querystring: ResolveQuerySchema,
        response: { 200: ResolveResponseSchema, ...problemResponses },
      },
    },
    async (request) => resolveAdminAddress(units, request.query),
  );
};
