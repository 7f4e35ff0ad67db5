import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { getTrainingCoverage } from '../../../app/training/training-coverage.ts';
import { TRAINING_TOPICS } from '../../../domain/training/training-topics.ts';
import { requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { TrainingCoverageQuery, TrainingCoverageSchema, TrainingTopicListSchema } from './schemas.ts';

/** The fixed list of training topics and the coverage indicators. */
export const trainingRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];

  app.get(
    '/topics',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Danh mục chủ đề tập huấn (tiếng Việt, tiếng Anh)',
        response: { 200: TrainingTopicListSchema, ...problemResponses },
      },
    },
    async () => ({ items: TRAINING_TOPICS.map((t) => ({ ...t })) }),
  );

  app.get(
    '/coverage',
    {
      config: { access: { permission: 'programme:read' } },
      schema: {
        tags,
        summary:
          'Tỷ lệ cán bộ đã tập huấn / cán bộ đang hoạt động và chủ thể đã tập huấn / chủ thể có sản phẩm OCOP (Bộ và cấp tỉnh)',
        querystring: TrainingCoverageQuery,
        response: { 200: TrainingCoverageSchema, ...problemResponses },
      },
    },
    async (request) => getTrainingCoverage(deps, requireSession(request).actor, request.query),
  );
};
