import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { CourseParticipants } from '../../api/training';
import type { User } from '../../api/types';
import {
  draftToBody,
  officialCandidates,
  officialOf,
  participantErrorsOf,
  participantsToDraft,
  personOf,
} from './participants-state';

const VIEW: CourseParticipants = {
  officials: [
    {
      userId: '11111111-1111-4111-8111-111111111111',
      name: 'Nguyễn Văn An',
      organisation: 'Phòng Kinh tế xã',
      commune: { code: '02248', name: 'Xã Na Hang' },
      completed: true,
    },
  ],
  producers: [
    {
      producer: { id: '22222222-2222-4222-8222-222222222222', name: 'HTX Chè Na Hang' },
      personName: 'Lò Thị Bình',
      commune: null,
      completed: false,
    },
  ],
};

const user = (id: string, displayName: string, overrides: Partial<User> = {}): User => ({
  id,
  username: `u-${id}`,
  displayName,
  role: 'commune_officer',
  provinceCode: '08',
  communeCode: null,
  producerId: null,
  email: null,
  isActive: true,
  ...overrides,
});

describe('course participants state', () => {
  it('round-trips the server’s list into the PUT body', () => {
    expect(draftToBody(participantsToDraft(VIEW))).toEqual({
      officials: [
        { userId: '11111111-1111-4111-8111-111111111111', organisation: 'Phòng Kinh tế xã', completed: true },
      ],
      producers: [
        { producerId: '22222222-2222-4222-8222-222222222222', personName: 'Lò Thị Bình', completed: false },
      ],
    });
  });

  it('adds officials and people completed, trims names and leaves an empty unit out', () => {
    const draft = {
      officials: [officialOf(user('a', 'Trần Văn Cường'))],
      producers: [
        { ...personOf({ id: 'p', name: 'HTX A' }), personName: '  Hà Văn Dũng ' },
        personOf({ id: 'p', name: 'HTX A' }),
      ],
    };
    const body = draftToBody(draft);
    expect(body.officials).toEqual([{ userId: 'a', organisation: null, completed: true }]);
    expect(body.producers.map((p) => p.personName)).toEqual(['Hà Văn Dũng', '']);
    expect(draft.producers[0]?.key).not.toBe(draft.producers[1]?.key);
  });

  it('offers the active officials not yet listed, by Vietnamese name', () => {
    const accounts = [
      user('1', 'Đỗ Minh'),
      user('2', 'Bùi An'),
      user('3', 'Cao Hà', { isActive: false }),
      user('4', 'An Khê'),
      user('5', 'Chủ thể', { role: 'producer' }),
    ];
    expect(officialCandidates(accounts, new Set(['4'])).map((u) => u.id)).toEqual(['2', '1']);
  });

  it('places the server’s field errors on their rows', () => {
    const error = new ApiError(422, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { field: 'body.producers.1.personName', message: 'Chưa nhập họ tên học viên.' },
      { field: 'body.producers.1.producerId', message: 'Không tìm thấy chủ thể.' },
      { field: 'body.officials.0.userId', message: 'Cán bộ này đã có trong danh sách.' },
      { field: 'body.officials', message: 'Quá nhiều.' },
    ]);
    expect(participantErrorsOf(error)).toEqual({
      officials: { 0: ['Cán bộ này đã có trong danh sách.'] },
      producers: { 1: ['Chưa nhập họ tên học viên.', 'Không tìm thấy chủ thể.'] },
      other: ['Quá nhiều.'],
    });
    expect(participantErrorsOf(new Error('x'))).toEqual({ officials: {}, producers: {}, other: [] });
  });
});
