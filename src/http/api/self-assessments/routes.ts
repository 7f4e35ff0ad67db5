import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { scoreSelfAssessment } from '../../../app/scoring/score-self-assessment.ts';
import { problemResponses } from '../../problem.ts';
import { EvaluationResultSchema, SelfAssessmentBody } from './schemas.ts';

/** Public self-assessment: scores one sheet with the engine; nothing is stored. */
export const selfAssessmentRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  app.post(
    '/',
    {
      config: { access: 'public' },
      schema: {
        tags: ['criteria'],
        summary: 'Tự đánh giá: chấm thử một phiếu, dự kiến hạng sao và các tiêu chí còn thiếu (không lưu)',
        description:
          'Không cần đăng nhập. Câu trả lời sai (mã tiêu chí không có, chỉ số phương án ngoài phạm vi, ' +
          'trả lời cả hai trường hợp của một tiêu chí bộ 26) → 400 với trường `body.answers.<mã>`.',
        body: SelfAssessmentBody,
        response: { 200: EvaluationResultSchema, ...problemResponses },
      },
    },
    async (request) => scoreSelfAssessment(deps, request.body),
  );
};
