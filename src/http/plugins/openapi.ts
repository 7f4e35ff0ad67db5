import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const OPENAPI_INFO = {
  title: 'OCOP Platform API',
  description:
    'API của Nền tảng OCOP (Chương trình Mỗi xã một sản phẩm). Lỗi trả về dạng application/problem+json ' +
    'với `code` ổn định. Ghi dữ liệu bằng phiên cookie cần header `X-CSRF-Token`.',
  version: '1.0.0',
};

/** OpenAPI 3 generated from the route schemas; UI at /docs, document at /openapi.json. */
export async function registerOpenApi(app: FastifyInstance, options: { uiEnabled: boolean }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: OPENAPI_INFO,
      tags: [
        { name: 'auth', description: 'Đăng nhập, phiên làm việc' },
        { name: 'admin-units', description: 'Đơn vị hành chính (trước và sau 1/7/2025)' },
        { name: 'users', description: 'Người dùng và phân quyền theo địa bàn' },
        { name: 'registry', description: 'Chủ thể, sản phẩm và giấy chứng nhận OCOP' },
        { name: 'criteria', description: 'Bộ tiêu chí (Quyết định 26/2026), tự đánh giá, chấm lại giả định' },
        {
          name: 'evaluation',
          description: 'Đánh giá, phân hạng: đợt, hồ sơ, Hội đồng, phiếu chấm, quyết định, thu hồi',
        },
        { name: 'system', description: 'Tình trạng hệ thống' },
      ],
      components: {
        securitySchemes: {
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'ocop_session' },
          csrfHeader: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: createJsonSchemaTransform({
      skipList: ['/docs', '/docs/*', '/openapi.json', '/', '/en', '/admin', '/admin/*'],
    }),
    transformObject: createJsonSchemaTransformObject({}),
  });
  if (options.uiEnabled) {
    await app.register(swaggerUi, { routePrefix: '/docs' });
  }
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
}
