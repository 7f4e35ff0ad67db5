import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { login } from '../../../app/auth/login.ts';
import { logout } from '../../../app/auth/logout.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { requireSession, SESSION_COOKIE } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { LoginBodySchema, SessionResponseSchema } from './schemas.ts';

export const authRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const cookieOptions = {
    httpOnly: true,
    secure: deps.config.cookieSecure,
    sameSite: 'lax' as const,
    path: '/',
    signed: true,
  };

  app.post(
    '/login',
    {
      config: {
        access: 'public',
        rateLimit: { max: deps.config.login.rateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập (mở phiên cookie)',
        body: LoginBodySchema,
        response: { 200: SessionResponseSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const result = await login(deps, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      reply.setCookie(SESSION_COOKIE, result.token, { ...cookieOptions, expires: result.expiresAt });
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Người dùng hiện tại và mã CSRF của phiên',
        response: { 200: SessionResponseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return { user: session.user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/logout',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Đăng xuất (cần X-CSRF-Token)',
        response: { 204: z.null().describe('Đã đăng xuất'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await logout(deps, { id: session.user.id, label: session.user.username }, session.sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );
};
