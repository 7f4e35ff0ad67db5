import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import {
  type ErrorCode,
  ErrorCodes,
  type FieldError,
  isDomainError,
  type ProblemExtensions,
} from '../../domain/errors.ts';
import { buildProblem } from '../problem.ts';

function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail: string,
  errors?: FieldError[],
  extensions?: ProblemExtensions,
) {
  const problem = buildProblem(code, detail, {
    instance: request.url.split('?')[0],
    requestId: request.id,
    errors,
    extensions,
  });
  return reply.status(ErrorCodes[code].status).type('application/problem+json; charset=utf-8').send(problem);
}

/** Fastify's own errors (bad JSON, wrong content type, rate limit…) to our stable codes. */
function frameworkErrorCode(error: FastifyError): { code: ErrorCode; detail: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'PAYLOAD_TOO_LARGE', detail: 'Dữ liệu gửi lên vượt quá giới hạn cho phép.' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'Hãy gửi dữ liệu dạng application/json.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { code: 'VALIDATION_FAILED', detail: 'Nội dung JSON trống hoặc không hợp lệ.' };
  }
  if (error.statusCode === 429) {
    return { code: 'RATE_LIMITED', detail: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.' };
  }
  if (error.statusCode === 400 && error instanceof SyntaxError) {
    return { code: 'VALIDATION_FAILED', detail: 'Nội dung JSON không hợp lệ.' };
  }
  return null;
}

/** One error model: every failure leaves as application/problem+json with a stable code; no stack traces. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      if (error.headers) reply.headers(error.headers);
      return sendProblem(request, reply, error.code, error.detail, error.fieldErrors, error.extensions);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const context = error.validationContext ?? 'request';
      const errors = error.validation.map((v) => ({
        field: [context, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        message: v.message ?? 'Giá trị không hợp lệ',
      }));
      return sendProblem(request, reply, 'VALIDATION_FAILED', 'Dữ liệu gửi lên không hợp lệ.', errors);
    }
    const mapped = frameworkErrorCode(error);
    if (mapped) {
      return sendProblem(request, reply, mapped.code, mapped.detail);
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      'INTERNAL',
      'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(
      request,
      reply,
      'NOT_FOUND',
      `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.`,
    ),
  );
}
