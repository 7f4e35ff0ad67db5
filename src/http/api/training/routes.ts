import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.ts';
import { courseAttendanceWorkbook } from '../../../app/training/course-attendance.ts';
import { getCourseParticipants, setCourseParticipants } from '../../../app/training/course-participants.ts';
import { createTrainingCourse } from '../../../app/training/create-training-course.ts';
import { findTrainingCourses, getTrainingCourse } from '../../../app/training/find-training-courses.ts';
import { deleteTrainingCourse, updateTrainingCourse } from '../../../app/training/update-training-course.ts';
import { auditActorOf, requireSession } from '../../plugins/auth.ts';
import { problemResponses } from '../../problem.ts';
import { sendDocument } from '../../send-document.ts';
import { IdParams } from '../producers/schemas.ts';
import {
  CourseParticipantsSchema,
  CreateTrainingCourseBody,
  SetCourseParticipantsBody,
  TrainingCourseListQuery,
  TrainingCourseListSchema,
  TrainingCourseSchema,
  UpdateTrainingCourseBody,
} from './schemas.ts';

/** Training courses (tập huấn) for officials and producers, and who attended. */
export const trainingCourseRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const tags = ['programme'];
  const read = { access: { permission: 'registry:read' } } as const;
  const manage = { access: { permission: 'programme:manage' } } as const;

  app.get(
    '/',
    {
      config: read,
      schema: {
        tags,
        summary: 'Lớp tập huấn của tỉnh và toàn quốc, mới nhất trước; lọc theo chủ đề, thời gian',
        querystring: TrainingCourseListQuery,
        response: { 200: TrainingCourseListSchema, ...problemResponses },
      },
    },
    async (request) => findTrainingCourses(deps, requireSession(request).actor, request.query),
  );

  app.get(
    '/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'Một lớp tập huấn',
        params: IdParams,
        response: { 200: TrainingCourseSchema, ...problemResponses },
      },
    },
    async (request) => getTrainingCourse(deps, requireSession(request).actor, request.params.id),
  );

  app.post(
    '/',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi nhận lớp tập huấn của tỉnh mình (lớp toàn quốc: Bộ)',
        body: CreateTrainingCourseBody,
        response: { 201: TrainingCourseSchema, ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      return reply
        .status(201)
        .send(await createTrainingCourse(deps, session.actor, auditActorOf(session), request.body));
    },
  );

  app.patch(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Sửa lớp tập huấn',
        params: IdParams,
        body: UpdateTrainingCourseBody,
        response: { 200: TrainingCourseSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return updateTrainingCourse(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body,
      );
    },
  );

  app.delete(
    '/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Xoá lớp ghi nhầm (lớp đã có học viên: xoá danh sách trước)',
        params: IdParams,
        response: { 204: z.null().describe('Đã xoá'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await deleteTrainingCourse(deps, session.actor, auditActorOf(session), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/:id/attendance.xlsx',
    {
      config: read,
      schema: {
        tags,
        summary: 'Danh sách học viên để in, ký nhận (.xlsx): những người bạn được xem, như trên màn hình',
        params: IdParams,
        response: { 200: z.any().describe('Tệp .xlsx'), ...problemResponses },
      },
    },
    async (request, reply) => {
      const file = await courseAttendanceWorkbook(deps, requireSession(request).actor, request.params.id);
      return sendDocument(reply, file);
    },
  );

  app.get(
    '/:id/participants',
    {
      config: read,
      schema: {
        tags,
        summary: 'Học viên: cán bộ và người của chủ thể (chủ thể: người của mình; cán bộ xã: của xã)',
        params: IdParams,
        response: { 200: CourseParticipantsSchema, ...problemResponses },
      },
    },
    async (request) => getCourseParticipants(deps, requireSession(request).actor, request.params.id),
  );

  app.put(
    '/:id/participants',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Ghi danh sách học viên (gửi đủ danh sách)',
        params: IdParams,
        body: SetCourseParticipantsBody,
        response: { 200: CourseParticipantsSchema, ...problemResponses },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return setCourseParticipants(
        deps,
        session.actor,
        auditActorOf(session),
        request.params.id,
        request.body,
      );
    },
  );
};
