import { z } from 'zod';
import { type ErrorCode, ErrorCodes, type FieldError, type ProblemExtensions } from '../domain/errors.ts';

export const PROBLEM_BASE = 'https://ocop.gov.vn/problems/';

/** RFC 9457 problem details, as every error response of the API is shaped. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    /** On INVALID_TRANSITION: where the dossier is and what the caller may do there. */
    state: z.string().optional(),
    allowedActions: z.array(z.string()).optional(),
  })
  .meta({ id: 'Problem' });

export type Problem = z.infer<typeof ProblemSchema>;

export function buildProblem(
  code: ErrorCode,
  detail: string,
  extra: {
    instance?: string;
    requestId?: string;
    errors?: FieldError[] | undefined;
    extensions?: ProblemExtensions | undefined;
  } = {},
): Problem {
  const entry = ErrorCodes[code];
  return {
    type: `${PROBLEM_BASE}${code.toLowerCase().replaceAll('_', '-')}`,
    title: entry.title,
    status: entry.status,
    detail,
    code,
    ...(extra.instance ? { instance: extra.instance } : {}),
    ...(extra.requestId ? { requestId: extra.requestId } : {}),
    ...(extra.errors && extra.errors.length > 0 ? { errors: extra.errors } : {}),
    ...extra.extensions,
  };
}

/** The error responses every API route may give, for the OpenAPI document. */
export const problemResponses = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
  422: ProblemSchema,
  429: ProblemSchema,
  500: ProblemSchema,
} as const;
