import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { regradeWithCriteriaFile } from '../../../app/scoring/regrade-with-criteria-file.ts';
import { problemResponses } from '../../problem.ts';
import { CriteriaFileBody, RegradeReportSchema } from './schemas.ts';

/** A whole criteria file (data/criteria/decision-26-2026.json is about 0.9 MB). */
const CRITERIA_FILE_LIMIT = 2 * 1024 * 1024;

/**
 * POST /criteria-sets/regrade, in its own scope: its JSON parser keeps the bytes as sent, so the report's
 * fingerprint is the sha256 of the file the ministry uploaded (as for the shipped files).
 */
export const regradeRoute: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const rawBodies = new WeakMap<FastifyRequest, Buffer>();
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: CRITERIA_FILE_LIMIT },
    (request, body, done) => {
      const bytes = body as Buffer;
      rawBodies.set(request, bytes);
      try {
        done(null, JSON.parse(bytes.toString('utf8')));
      } catch (error) {
        done(Object.assign(error as SyntaxError, { statusCode: 400 }), undefined);
      }
    },
  );

  app.post(
    '/regrade',
    {
      config: { access: { permission: 'criteria:regrade' } },
      bodyLimit: CRITERIA_FILE_LIMIT,
      schema: {
        tags: ['criteria'],
        summary:
          'Chấm lại thử (what-if): sản phẩm nào sẽ đổi điểm, đổi hạng sao theo một bộ tiêu chí mới (Bộ)',
        description:
          'Gửi cả tệp bộ tiêu chí (JSON, cùng định dạng data/criteria/decision-26-2026.json, tối đa 2 MB). ' +
          'Đánh giá hội đồng mới nhất của mỗi sản phẩm được chấm lại theo bộ này; không lưu gì. ' +
          'Dữ liệu tiêu chí sai → 400 với từng lỗi. Cần X-CSRF-Token.',
        body: CriteriaFileBody,
        response: { 200: RegradeReportSchema, ...problemResponses },
      },
    },
    async (request) => {
      const bytes = rawBodies.get(request) ?? Buffer.from(JSON.stringify(request.body));
      return regradeWithCriteriaFile(deps, 'body', bytes);
    },
  );
};
