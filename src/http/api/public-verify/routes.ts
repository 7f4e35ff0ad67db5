import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { locateScan } from '../../../app/stamps/locate-scan.ts';
import type { ScanClient } from '../../../app/stamps/scan-row.ts';
import type { StampRuntime } from '../../../app/stamps/stamp-runtime.ts';
import { submitMisuseReport } from '../../../app/stamps/submit-misuse-report.ts';
import { verifyStamp } from '../../../app/stamps/verify-stamp.ts';
import { DomainError } from '../../../domain/errors.ts';
import { problemResponses } from '../../problem.ts';
import {
  LocationBody,
  ReportBody,
  ReportReceiptSchema,
  StampVerificationSchema,
  VerifyParams,
  VerifyQuery,
} from './schemas.ts';
import { verificationJson } from './verification-json.ts';

export const clientOf = (request: FastifyRequest): ScanClient => ({
  address: request.ip,
  userAgent: request.headers['user-agent'] ?? '',
});

/** 7.5 MB: a 5 MB photo in base64 plus the other fields. */
const REPORT_BODY_LIMIT = 7_500_000;

/**
 * Public stamp verification for apps and marketplaces, and consumers' reports. No session; limited per client
 * address; never cached by shared caches (every request is a scan, and a revocation must show at once).
 */
export const publicVerifyRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; runtime: StampRuntime }> = async (
  app,
  { deps, runtime },
) => {
  const tags = ['stamps'];
  const { verifyPerMinute, reportsPerMinute } = runtime.settings;
  const verifyLimit = { max: verifyPerMinute, timeWindow: '1 minute' };

  app.get(
    '/verify/:code',
    {
      config: { access: 'public', rateLimit: verifyLimit },
      // The body is built field by field from the record (nothing to filter out): plain JSON.stringify spares
      // a zod pass over it on every scan. The schema still documents it and the tests check it.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        tags,
        summary:
          'Xác minh một mã tem OCOP (JSON): chính hãng hay không, sản phẩm, chủ thể, số sao, tình trạng',
        description:
          `Công khai, giới hạn ${verifyPerMinute} lượt/phút mỗi địa chỉ (429 RATE_LIMITED). Không lưu đệm ` +
          '(Cache-Control: no-store). Mỗi lần gọi là một lượt quét (kênh api); lat/lon làm tròn 2 chữ số. ' +
          'Mã sai định dạng hoặc sai ký tự kiểm tra: 404 STAMP_CODE_INVALID (không truy vấn cơ sở dữ liệu).',
        params: VerifyParams,
        querystring: VerifyQuery,
        response: { 200: StampVerificationSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { lat, lon } = request.query;
      const position = lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
      const query = { kind: 'code' as const, text: request.params.code };
      const v = await verifyStamp(deps, runtime, query, {
        channel: 'api',
        client: clientOf(request),
        position,
      });
      reply.header('cache-control', 'no-store');
      if (v.verdict.result === 'invalid') {
        throw new DomainError(
          'STAMP_CODE_INVALID',
          'Đây không phải mã tem OCOP (sai định dạng hoặc ký tự kiểm tra).',
        );
      }
      return verificationJson(v, deps.config.publicBaseUrl);
    },
  );

  app.post(
    '/verify/:code/location',
    {
      config: { access: 'public', rateLimit: verifyLimit },
      schema: {
        tags,
        summary: 'Gửi vị trí gần đúng cho lượt quét vừa rồi (trang /v/{mã} gửi khi người dùng đồng ý)',
        params: VerifyParams,
        body: LocationBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      await locateScan(deps, runtime, request.params.code, clientOf(request), request.body);
      return reply.status(204).header('cache-control', 'no-store').send(null);
    },
  );

  app.post(
    '/reports',
    {
      bodyLimit: REPORT_BODY_LIMIT,
      config: { access: 'public', rateLimit: { max: reportsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Phản ánh tem giả, tem bị sao chép hoặc sử dụng sai (ảnh + ghi chú)',
        description:
          'Chuyển tới cơ quan OCOP của tỉnh có sản phẩm mang mã tem; mã không thuộc sản phẩm nào: tỉnh gần vị trí ' +
          `đã gửi; không có: Bộ. Ảnh ≤ 5 MB (base64), kiểm tra định dạng và mã hóa lại. ${reportsPerMinute} lượt/phút.`,
        body: ReportBody,
        response: { 201: ReportReceiptSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { lat, lon, ...rest } = request.body;
      const position = lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
      const receipt = await submitMisuseReport(deps, runtime, { ...rest, position }, clientOf(request));
      return reply.status(201).header('cache-control', 'no-store').send(receipt);
    },
  );
};
