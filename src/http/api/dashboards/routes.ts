import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { nationalDashboard } from '../../../app/programme/national-dashboard.ts';
import { provinceDashboard } from '../../../app/programme/province-dashboard.ts';
import { requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import {
  DashboardQuery,
  NationalDashboardSchema,
  ProvinceDashboardSchema,
  ProvinceParams,
} from './schemas.ts';

/** Programme dashboards: a province (its own for province roles) and the country (the ministry). */
export const dashboardRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'programme:read' } } as const;

  app.get(
    '/province/:code',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Bảng điều khiển của tỉnh: chỉ số chính, theo hạng sao, nhóm, loại hình chủ thể, xã (độ phủ), lịch sử 24 tháng',
        params: ProvinceParams,
        querystring: DashboardQuery,
        response: { 200: ProvinceDashboardSchema, ...problemResponses },
      },
    },
    async (request) =>
      provinceDashboard(deps, requireSession(request).actor, request.params.code, request.query),
  );

  app.get(
    '/national',
    {
      config: read,
      schema: {
        tags,
        summary: 'Bảng điều khiển toàn quốc: 34 tỉnh, thành phố với các chỉ số chính và tổng cộng (Bộ)',
        querystring: DashboardQuery,
        response: { 200: NationalDashboardSchema, ...problemResponses },
      },
    },
    async (request) => nationalDashboard(deps, requireSession(request).actor, request.query),
  );
};
