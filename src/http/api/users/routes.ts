import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../app/deps.ts';
import { createUser } from '../../../app/users/create-user.ts';
import { findUsers, getUser } from '../../../app/users/find-users.ts';
import { updateUser } from '../../../app/users/update-user.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { UserSchema } from '../auth/schemas.ts';
import { CreateUserBody, ListUsersQuery, UpdateUserBody, UserIdParams, UserListSchema } from './schemas.ts';

export const userRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['users'];

  app.get(
    '/',
    {
      config: { access: { permission: 'users:read' } },
      schema: {
        tags,
        summary: 'Người dùng trong phạm vi địa bàn của bạn',
        querystring: ListUsersQuery,
        response: { 200: UserListSchema, ...problemResponses },
      },
    },
    async (request) => findUsers(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: { access: 'authenticated' },
      schema: {
        tags,
        summary: 'Một người dùng (chính mình, hoặc trong phạm vi quản lý)',
        params: UserIdParams,
        response: { 200: UserSchema, ...problemResponses },
      },
    },
    async (request) => getUser(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: { access: { permission: 'users:write' } },
      schema: {
        tags,
        summary: 'Tạo người dùng (cần X-CSRF-Token)',
        body: CreateUserBody,
        response: {
          201: UserSchema,
          ...problemResponses,
          409: problemResponses[400],
          422: problemResponses[400],
        },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      const user = await createUser(deps, session.actor, auditActorOf(session), request.body);
      return reply.status(201).send(user);
    },
  );

  app.patch(
    '/:id',
    {
      config: { access: { permission: 'users:write' } },
      schema: {
        tags,
        summary: 'Sửa tên, khóa/mở khóa hoặc đặt lại mật khẩu (cần X-CSRF-Token)',
        params: UserIdParams,
        body: UpdateUserBody,
        response: { 200: UserSchema, ...problemResponses, 422: problemResponses[400] },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateUser(deps, session.actor, auditActorOf(session), request.params.id, request.body);
    },
  );
};
