import type { DbOrTx } from '../../db/client.ts';
import { findProducerRefs } from '../../db/repositories/trade-event-records.repository.ts';
import type { CourseRow, NewCourseParticipantRow } from '../../db/repositories/training.repository.ts';
import { findUserRefs } from '../../db/repositories/training.repository.ts';
import { toneKey } from '../../domain/admin-units/normalize-name.ts';
import type { FieldError } from '../../domain/errors.ts';
import { oneLine } from '../../domain/registry/text-line.ts';
import { throwIfInvalid } from '../../domain/scoring/input.ts';

export type CourseParticipantsInput = {
  /** Officials: user accounts (of the course's province; any for a national course). */
  officials: { userId: string; organisation?: string | null | undefined; completed?: boolean | undefined }[];
  /** People of producers: the producer and the person's name (a producer may send several). */
  producers: { producerId: string; personName: string; completed?: boolean | undefined }[];
};

type Row = Omit<NewCourseParticipantRow, 'courseId'>;
const completedOf = (completed: boolean | undefined) => (completed === false ? 'no' : 'yes');

/** Validates a course's whole list of attendees; every problem with its field. */
export async function courseParticipantRows(
  db: DbOrTx,
  course: CourseRow,
  input: CourseParticipantsInput,
): Promise<Row[]> {
  const users = new Map(
    (await findUserRefs(db, [...new Set(input.officials.map((o) => o.userId))])).map((u) => [u.id, u]),
  );
  const producers = new Map(
    (await findProducerRefs(db, [...new Set(input.producers.map((p) => p.producerId))])).map((p) => [
      p.id,
      p,
    ]),
  );
  const errors: FieldError[] = [];
  const rows: Row[] = [];
  const seenUsers = new Set<string>();
  input.officials.forEach((official, i) => {
    const field = `body.officials.${i}.userId`;
    const user = users.get(official.userId);
    if (seenUsers.has(official.userId)) errors.push({ field, message: 'Cán bộ này đã có trong danh sách.' });
    else if (!user || user.role === 'producer')
      errors.push({ field, message: 'Không tìm thấy tài khoản cán bộ.' });
    else if (course.provinceCode !== null && user.provinceCode !== course.provinceCode)
      errors.push({ field, message: `Tài khoản "${user.displayName}" không thuộc tỉnh của lớp tập huấn.` });
    else
      rows.push({
        kind: 'official',
        userId: user.id,
        producerId: null,
        personName: user.displayName,
        organisation: oneLine(official.organisation),
        communeCode: user.communeCode,
        completed: completedOf(official.completed),
      });
    seenUsers.add(official.userId);
  });
  const seenPeople = new Set<string>();
  input.producers.forEach((person, i) => {
    const at = `body.producers.${i}`;
    const producer = producers.get(person.producerId);
    const personName = oneLine(person.personName);
    const key = `${person.producerId}|${toneKey(personName ?? '')}`;
    if (!producer) errors.push({ field: `${at}.producerId`, message: 'Không tìm thấy chủ thể.' });
    else if (course.provinceCode !== null && producer.provinceCode !== course.provinceCode)
      errors.push({
        field: `${at}.producerId`,
        message: `Chủ thể "${producer.name}" không thuộc tỉnh của lớp tập huấn.`,
      });
    if (!personName) errors.push({ field: `${at}.personName`, message: 'Chưa nhập họ tên học viên.' });
    else if (seenPeople.has(key))
      errors.push({ field: `${at}.personName`, message: 'Học viên này đã có trong danh sách.' });
    seenPeople.add(key);
    if (producer && personName)
      rows.push({
        kind: 'producer',
        userId: null,
        producerId: producer.id,
        personName,
        organisation: producer.name,
        communeCode: producer.communeCode,
        completed: completedOf(person.completed),
      });
  });
  throwIfInvalid(errors);
  return rows;
}
