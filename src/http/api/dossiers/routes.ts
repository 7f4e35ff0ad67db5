import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addAdvisoryReport } from '../../../app/council-work/add-advisory-report.ts';
import { declareRecusal } from '../../../app/council-work/declare-recusal.ts';
import { submitScoreSheet } from '../../../app/council-work/submit-score-sheet.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { createDossier } from '../../../app/dossiers/create-dossier.ts';
import { getDossier } from '../../../app/dossiers/dossier-view.ts';
import { editDossier, saveForm03 } from '../../../app/dossiers/edit-dossier.ts';
import { listDossiers } from '../../../app/dossiers/list-dossiers.ts';
import { transitionDossier } from '../../../app/dossiers/transition-dossier.ts';
import { FORM_FIELDS } from '../../../domain/workflow/dossier-forms.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  AdvisoryReportBody,
  CreateDossierBody,
  DossierListItem,
  DossierListQuery,
  DossierSchema,
  EditDossierBody,
  Form03Body,
  IdParams,
  RecusalBody,
  ScoreSheetBody,
  TransitionBody,
} from './schemas.ts';

export const dossierRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['evaluation'];
  const read = { access: { permission: 'registry:read' } } as const;
  const write = { access: { permission: 'registry:write' } } as const;
  const anyone = { access: 'authenticated' } as const;
  const dossierReply = { 200: DossierSchema, ...problemResponses };
  const view = (request: Parameters<typeof requireSession>[0], id: string) =>
    getDossier(deps, requireSession(request).actor, id);

  app.get(
    '/forms',
    {
      config: read,
      schema: {
        tags,
        summary: 'Các mục của Mẫu 01, 02, 03 (Phụ lục III) và mục nào bắt buộc',
        response: {
          200: z.record(
            z.string(),
            z.array(
              z.object({
                key: z.string(),
                vi: z.string(),
                en: z.string(),
                type: z.string(),
                required: z.boolean(),
              }),
            ),
          ),
          ...problemResponses,
        },
      },
    },
    async () => Object.fromEntries(Object.entries(FORM_FIELDS).map(([code, fields]) => [code, [...fields]])),
  );

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Hồ sơ trong phạm vi của bạn (todo=true: đang chờ bạn; overdue=true: quá hạn)',
        querystring: DossierListQuery,
        response: {
          200: z.object({
            items: z.array(DossierListItem),
            total: z.number().int(),
            page: z.number().int(),
            pageSize: z.number().int(),
          }),
          ...problemResponses,
        },
      },
    },
    async (request) => {
      const { state, ...rest } = request.query;
      return listDossiers(deps, requireSession(request).actor, { ...rest, states: state });
    },
  );

  app.post(
    '/',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Lập hồ sơ đánh giá (lần đầu, nâng hạng, đánh giá lại); nâng hạng/đánh giá lại bắt đầu từ hồ sơ trước',
        body: CreateDossierBody,
        response: { 201: DossierSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const row = await createDossier(deps, session.actor, auditActorOf(session), request.body);
      return reply.status(201).send(await view(request, row.id));
    },
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một hồ sơ, với các thao tác bạn được làm',
        params: IdParams,
        response: dossierReply,
      },
    },
    async (request) => view(request, request.params.id),
  );

  app.patch(
    '/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Chủ thể điền Mẫu 01, 02 và bản tự chấm (Phần III)',
        params: IdParams,
        body: EditDossierBody,
        response: dossierReply,
      },
    },
    async (request) => {
      const session = requireSession(request);
      await editDossier(deps, session.actor, auditActorOf(session), request.params.id, request.body);
      return view(request, request.params.id);
    },
  );

  app.put(
    '/:id/form03',
    {
      config: write,
      schema: {
        tags,
        summary: 'UBND xã lập Báo cáo đánh giá (Mẫu 03)',
        params: IdParams,
        body: Form03Body,
        response: dossierReply,
      },
    },
    async (request) => {
      const session = requireSession(request);
      await saveForm03(deps, session.actor, auditActorOf(session), request.params.id, request.body);
      return view(request, request.params.id);
    },
  );

  app.post(
    '/:id/transitions',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Chuyển bước hồ sơ (409 kèm bước hiện tại và các thao tác được phép khi không hợp lệ)',
        params: IdParams,
        body: TransitionBody,
        response: dossierReply,
      },
    },
    async (request) => {
      const session = requireSession(request);
      await transitionDossier(deps, session.actor, auditActorOf(session), request.params.id, request.body);
      return view(request, request.params.id);
    },
  );

  app.post(
    '/:id/score-sheets',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Thành viên Hội đồng nộp phiếu chấm (độc lập; đã nộp thì không sửa, chấm lại là phiếu mới)',
        params: IdParams,
        body: ScoreSheetBody,
        response: { 201: DossierSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await submitScoreSheet(deps, session.actor, auditActorOf(session), request.params.id, request.body);
      return reply.status(201).send(await view(request, request.params.id));
    },
  );

  app.post(
    '/:id/recusals',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Thành viên khai báo xung đột lợi ích và không tham gia hồ sơ này',
        params: IdParams,
        body: RecusalBody,
        response: { 201: z.object({ id: z.uuid() }), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const row = await declareRecusal(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body.reason,
      );
      return reply.status(201).send({ id: row.id });
    },
  );

  app.post(
    '/:id/advisory-reports',
    {
      config: anyone,
      schema: {
        tags,
        summary: 'Tổ giúp việc ghi thẩm định, khảo sát thực tế, yêu cầu kiểm nghiệm bổ sung',
        params: IdParams,
        body: AdvisoryReportBody,
        response: { 201: DossierSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await addAdvisoryReport(deps, session.actor, auditActorOf(session), request.params.id, request.body);
      return reply.status(201).send(await view(request, request.params.id));
    },
  );
};
