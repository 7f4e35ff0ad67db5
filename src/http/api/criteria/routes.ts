import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { getCriteriaSheet } from '../../../app/scoring/get-criteria-sheet.ts';
import { listCriteriaSets } from '../../../app/scoring/list-criteria-sets.ts';
import { problemResponses } from '../../problem.ts';
import { regradeRoute } from './regrade-route.ts';
import { CriteriaSetListSchema, CriteriaSheetSchema, SheetParams } from './schemas.ts';

const ID_FORMS =
  'Mã bộ tiêu chí là số quyết định có dấu "/": gửi dạng mã hóa URL (`26%2F2026%2FQ%C4%90-TTg`) hoặc ' +
  'dạng slug không dấu (`26-2026-qd-ttg`).';

/** The criteria sets (score sheets) shipped in data/criteria: public, read-only, cacheable. */
export const criteriaRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['criteria'];
  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' && reply.statusCode === 200) {
      reply.header('cache-control', 'public, max-age=3600');
    }
  });

  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary:
          'Các bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP và các bộ sản phẩm (phiếu chấm) của từng bộ',
        response: { 200: CriteriaSetListSchema, ...problemResponses },
      },
    },
    async () => listCriteriaSets(deps),
  );

  app.get(
    '/:id/product-sets/:productSetId',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Toàn bộ phiếu chấm của một bộ sản phẩm: phần, mục, tiêu chí, phương án, điểm, dấu sao',
        description: `${ID_FORMS} Câu trả lời của một tiêu chí là \`index\` của phương án đã chọn.`,
        params: SheetParams,
        response: { 200: CriteriaSheetSchema, ...problemResponses },
      },
    },
    async (request) => getCriteriaSheet(deps, request.params.id, request.params.productSetId),
  );

  await app.register(regradeRoute, { deps });
};
