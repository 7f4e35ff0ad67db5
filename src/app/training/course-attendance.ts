import { renderAttendanceWorkbook } from '../../documents/attendance-workbook.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { formatVietnameseDate } from '../../domain/registry/calendar-date.ts';
import { TRAINING_TOPICS } from '../../domain/training/training-topics.ts';
import type { AppDeps } from '../deps.ts';
import { type DocumentFile, xlsxFile } from '../documents/document-file.ts';
import { loadReadableCourse } from './course-access.ts';
import { getCourseParticipants } from './course-participants.ts';

const dates = (from: string, to: string) =>
  from === to ? formatVietnameseDate(from) : `${formatVietnameseDate(from)} – ${formatVietnameseDate(to)}`;

/** A course's attendance list to print and sign (the attendees the actor may see, as on the screen). */
export async function courseAttendanceWorkbook(
  deps: AppDeps,
  actor: Actor,
  courseId: string,
): Promise<DocumentFile> {
  const course = await loadReadableCourse(deps, actor, courseId);
  const people = await getCourseParticipants(deps, actor, courseId);
  const details = [dates(course.startsOn, course.endsOn), course.place, course.organiser]
    .filter(Boolean)
    .join(' · ');
  const topics = (course.topics as string[])
    .map((code) => TRAINING_TOPICS.find((t) => t.code === code)?.labelVi ?? code)
    .join('; ');
  const bytes = await renderAttendanceWorkbook({
    title: course.title,
    details,
    topics,
    lines: [
      ...people.officials.map((o) => ({
        name: o.name,
        kind: 'official' as const,
        unit: o.organisation ?? '',
        commune: o.commune?.name ?? '',
        completed: o.completed,
      })),
      ...people.producers.map((p) => ({
        name: p.personName,
        kind: 'producer' as const,
        unit: p.producer.name,
        commune: p.commune?.name ?? '',
        completed: p.completed,
      })),
    ],
  });
  return xlsxFile(`Danh sách học viên - ${course.title}`, bytes);
}
