import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { CriteriaSheet } from '../../api/types';
import { answerErrors, sheetProgress } from './criteria-sheet';

const option = (index: number, points: number) => ({
  index,
  label: `${points} điểm`,
  points,
  minStarFor: null,
});

const sheet = {
  maxPoints: 10,
  parts: [
    {
      code: 'A',
      name: 'Phần A',
      maxPoints: 10,
      sections: [
        {
          code: '1',
          name: 'Mục 1',
          maxPoints: 10,
          criteria: [
            { code: '1.1', name: 'Một', maxPoints: 5, options: [option(0, 0), option(1, 2.5), option(2, 5)] },
            { code: '1.2', name: 'Hai', maxPoints: 5, options: [option(0, 1), option(1, 5)] },
          ],
        },
      ],
    },
  ],
} as unknown as CriteriaSheet;

describe('sheetProgress', () => {
  it('adds the points of the chosen options and counts the answered criteria', () => {
    expect(sheetProgress(sheet, {})).toEqual({ total: 0, answered: 0, count: 2 });
    expect(sheetProgress(sheet, { '1.1': 1 })).toEqual({ total: 2.5, answered: 1, count: 2 });
    expect(sheetProgress(sheet, { '1.1': 2, '1.2': 1 })).toEqual({ total: 10, answered: 2, count: 2 });
  });
});

describe('answerErrors', () => {
  it('groups the messages by criterion code', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { field: 'body.answers.1.1', message: 'Chưa chấm tiêu chí này.' },
      { field: 'body.selfAssessment.answers.6.2', message: 'Sai phương án' },
      { field: 'body.opinion', message: 'Quá dài' },
    ]);
    expect(answerErrors(error)).toEqual({ '1.1': ['Chưa chấm tiêu chí này.'], '6.2': ['Sai phương án'] });
  });
});
