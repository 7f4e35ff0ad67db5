import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { findStampFlags, getStampFlag, handleStampFlag } from '../../../app/stamps/stamp-flags.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  HandleFlagBody,
  StampFlagDetailSchema,
  StampFlagListQuery,
  StampFlagListSchema,
  StampFlagSchema,
} from './schemas.ts';

/** Stamps that look copied (raised by detectCopiedStamps), for the province office of the product. */
export const stampFlagRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['stamps'];
  const config = { access: { permission: 'certificates:write' } } as const;

  app.get(
    '/',
    {
      config,
      schema: {
        tags,
        summary: 'Cảnh báo tem nghi bị sao chép trong phạm vi, mới nhất trước',
        querystring: StampFlagListQuery,
        response: { 200: StampFlagListSchema, ...problemResponses },
      },
    },
    async (request) => findStampFlags(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Một cảnh báo, với 50 lượt quét gần nhất của mã',
        params: IdParams,
        response: { 200: StampFlagDetailSchema, ...problemResponses },
      },
    },
    async (request) => getStampFlag(deps, requireSession(request).actor, request.params.id),
  );

  for (const [path, outcome, summary] of [
    ['/:id/dismiss', 'dismissed', 'Bỏ qua cảnh báo (không phải tem giả), ghi chú lý do'],
    ['/:id/confirm', 'confirmed', 'Xác nhận tem bị sao chép (xử lý tiếp: hủy lô, kiểm tra thị trường)'],
  ] as const) {
    app.post(
      path,
      {
        config,
        schema: {
          tags,
          summary,
          params: IdParams,
          body: HandleFlagBody,
          response: { 200: StampFlagSchema, ...problemResponses },
        },
      },
      async (request) => {
        const session = requireSession(request);
        const { id } = request.params;
        return handleStampFlag(deps, session.actor, auditActorOf(session), id, outcome, request.body.note);
      },
    );
  }
};
