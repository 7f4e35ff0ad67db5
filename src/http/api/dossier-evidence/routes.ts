import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { openDossierEvidenceFile } from '../../../app/evidence/open-evidence-file.ts';
import { getDossierEvidence, setDossierEvidence } from '../../../app/evidence/set-dossier-evidence.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendEvidenceFile } from '../evidence/routes.ts';
import {
  DossierEvidenceFileParams,
  DossierEvidenceSchema,
  DossierIdParams,
  SetDossierEvidenceBody,
} from './schemas.ts';

/** Which wallet documents a dossier relies on (per criterion), with expiry warnings against the round. */
export const dossierEvidenceRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['registry'];

  app.get(
    '/:id/evidence',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Minh chứng của hồ sơ, kèm cảnh báo tài liệu hết hạn hoặc hết hạn trước hạn ra quyết định',
        params: DossierIdParams,
        response: { 200: DossierEvidenceSchema, ...problemResponses },
      },
    },
    async (request) => getDossierEvidence(deps, requireSession(request).actor, request.params.id),
  );

  app.put(
    '/:id/evidence',
    {
      config: { access: { permission: 'registry:write' } },
      schema: {
        tags,
        summary: 'Chọn minh chứng từ kho của chủ thể cho hồ sơ (thay toàn bộ danh sách)',
        description:
          'Chỉ khi hồ sơ đang soạn, bị xã trả lại hoặc được tỉnh yêu cầu bổ sung; khác → 409 DOSSIER_NOT_EDITABLE. ' +
          'Tài liệu không thuộc chủ thể của hồ sơ, đã lưu trữ, hoặc mã tiêu chí không có trên phiếu → 400.',
        params: DossierIdParams,
        body: SetDossierEvidenceBody,
        response: { 200: DossierEvidenceSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return setDossierEvidence(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body.items,
      );
    },
  );

  app.get(
    '/:id/evidence/:evidenceId/file',
    {
      config: { access: { permission: 'registry:read' } },
      schema: {
        tags,
        summary: 'Tải tệp minh chứng của hồ sơ (chủ thể, cán bộ phụ trách, thành viên Hội đồng được giao)',
        params: DossierEvidenceFileParams,
        response: { 200: z.any().describe('Nội dung tệp'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { id, evidenceId } = request.params;
      const file = await openDossierEvidenceFile(deps, requireSession(request).actor, id, evidenceId);
      return sendEvidenceFile(reply, file);
    },
  );
};
