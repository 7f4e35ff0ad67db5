import { describe, expect, it } from 'vitest';
import type { TrainingCourse, TrainingTopicCode } from '../../api/training';
import { courseToForm, emptyCourseForm, formToCourseBody, toggleTopic } from './course-form-state';

const COURSE: TrainingCourse = {
  id: '3f0c3d1e-2b7a-4c55-9d0a-6e3f3c2b1a10',
  title: 'Tập huấn chuyển đổi số cho chủ thể OCOP',
  province: { code: '08', name: 'Tuyên Quang' },
  topics: ['digital_transformation', 'traceability'],
  startsOn: '2026-04-10',
  endsOn: '2026-04-11',
  place: 'Hội trường Sở Nông nghiệp',
  organiser: null,
  participantCounts: { officials: 2, producers: 5 },
  createdAt: '2026-03-01T00:00:00Z',
  updatedAt: '2026-03-01T00:00:00Z',
};

const ORDER: TrainingTopicCode[] = [
  'digital_transformation',
  'packaging_labelling',
  'traceability',
  'food_safety',
];

describe('training course form state', () => {
  it('round-trips a course', () => {
    expect(formToCourseBody(courseToForm(COURSE))).toEqual({
      title: 'Tập huấn chuyển đổi số cho chủ thể OCOP',
      provinceCode: '08',
      topics: ['digital_transformation', 'traceability'],
      startsOn: '2026-04-10',
      endsOn: '2026-04-11',
      place: 'Hội trường Sở Nông nghiệp',
      organiser: null,
    });
  });

  it('sends a national course with a null province and a one-day course ending the day it starts', () => {
    const body = formToCourseBody({ ...emptyCourseForm(null), title: '  Lớp A  ', startsOn: '2026-06-01' });
    expect(body.provinceCode).toBeNull();
    expect(body.endsOn).toBe('2026-06-01');
    expect(body.title).toBe('Lớp A');
    expect(body.place).toBeNull();
  });

  it('starts a province officer’s course in their province, with no topic ticked', () => {
    const values = emptyCourseForm('08');
    expect(values.provinceCode).toBe('08');
    expect(values.topics).toEqual([]);
  });

  it('ticks and unticks topics in the order of the list, without duplicates', () => {
    const one = toggleTopic([], 'traceability', true, ORDER);
    const two = toggleTopic(one, 'digital_transformation', true, ORDER);
    expect(two).toEqual(['digital_transformation', 'traceability']);
    expect(toggleTopic(two, 'traceability', true, ORDER)).toEqual(two);
    expect(toggleTopic(two, 'digital_transformation', false, ORDER)).toEqual(['traceability']);
  });
});
