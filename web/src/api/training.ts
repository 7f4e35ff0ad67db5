// Training courses (tập huấn) for officials and producers, their attendees and the coverage indicators.
// Types come from the generated OpenAPI schema (web/src/api/schema.d.ts) like web/src/api/types.ts.
import { buildUrl, fetchJson, type QueryParams } from './http';
import type { components, paths } from './schema';
import type { Role, UserListResponse } from './types';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;
type JsonOk<T> = T extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;

export type TrainingCourse = Schemas['TrainingCourse'];
export type TrainingTopicCode = TrainingCourse['topics'][number];
export type TrainingTopic = JsonOk<paths['/api/v1/training/topics']['get']>['items'][number];
export type TrainingCourseList = JsonOk<paths['/api/v1/training-courses']['get']>;
export type TrainingCourseListQuery = NonNullable<
  paths['/api/v1/training-courses']['get']['parameters']['query']
>;
export type CreateTrainingCourseBody = JsonBody<paths['/api/v1/training-courses']['post']>;
export type UpdateTrainingCourseBody = JsonBody<paths['/api/v1/training-courses/{id}']['patch']>;
export type CourseParticipants = Schemas['TrainingCourseParticipants'];
export type CourseOfficial = CourseParticipants['officials'][number];
export type CourseProducerPerson = CourseParticipants['producers'][number];
export type SetCourseParticipantsBody = JsonBody<paths['/api/v1/training-courses/{id}/participants']['put']>;
export type TrainingCoverage = Schemas['TrainingCoverage'];

const coursePath = (id: string) => `/training-courses/${encodeURIComponent(id)}`;

/** The fixed list of topics, with their Vietnamese and English labels. */
export async function fetchTrainingTopics(signal?: AbortSignal): Promise<TrainingTopic[]> {
  const body = await fetchJson<{ items: TrainingTopic[] }>('/training/topics', { signal });
  return body.items;
}

/** Courses of the user's province and national ones (the ministry: all, or one province), latest first. */
export function fetchTrainingCourses(query: QueryParams, signal?: AbortSignal): Promise<TrainingCourseList> {
  return fetchJson<TrainingCourseList>('/training-courses', { query, signal });
}

export function fetchTrainingCourse(id: string, signal?: AbortSignal): Promise<TrainingCourse> {
  return fetchJson<TrainingCourse>(coursePath(id), { signal });
}

export function createTrainingCourse(body: CreateTrainingCourseBody): Promise<TrainingCourse> {
  return fetchJson<TrainingCourse>('/training-courses', { method: 'POST', body });
}

export function updateTrainingCourse(id: string, body: UpdateTrainingCourseBody): Promise<TrainingCourse> {
  return fetchJson<TrainingCourse>(coursePath(id), { method: 'PATCH', body });
}

/** 409 while the course still has attendees. */
export function deleteTrainingCourse(id: string): Promise<void> {
  return fetchJson<void>(coursePath(id), { method: 'DELETE' });
}

export function fetchCourseParticipants(id: string, signal?: AbortSignal): Promise<CourseParticipants> {
  return fetchJson<CourseParticipants>(`${coursePath(id)}/participants`, { signal });
}

/** Replaces the whole list of attendees. */
export function setCourseParticipants(
  id: string,
  body: SetCourseParticipantsBody,
): Promise<CourseParticipants> {
  return fetchJson<CourseParticipants>(`${coursePath(id)}/participants`, { method: 'PUT', body });
}

/** Officials and producers trained in a period (default: this year to today) of a province or the country. */
export function fetchTrainingCoverage(
  query: { provinceCode?: string | undefined; from?: string | undefined; to?: string | undefined },
  signal?: AbortSignal,
): Promise<TrainingCoverage> {
  return fetchJson<TrainingCoverage>('/training/coverage', { query, signal });
}

/** Accounts of one role in a province (null: any province, the ministry only), up to 200. */
export function fetchAccounts(
  provinceCode: string | null,
  role: Role,
  signal?: AbortSignal,
  /** Part of the name or username. */
  q?: string,
): Promise<UserListResponse> {
  return fetchJson<UserListResponse>('/users', {
    query: { provinceCode: provinceCode ?? undefined, role, q: q || undefined, pageSize: '200' },
    signal,
  });
}

/** The attendance list to print and sign (.xlsx; the session cookie goes along). */
export const courseAttendanceUrl = (id: string): string =>
  buildUrl(`/training-courses/${encodeURIComponent(id)}/attendance.xlsx`);
