// Bad input is a VALIDATION_FAILED DomainError naming the field; missing answers score 0; ticked gates.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { resolveCriteriaSet } from './catalog.ts';
import type { EvaluationInput } from './evaluation-types.ts';
import { parseEvaluationInput } from './input.ts';
import { decision26, maxAnswers, maxExcept, score, scoreInput } from './scoring.test-support.ts';

function failure(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const sheet = (answers: Record<string, unknown>, gates?: string[]) =>
  ({ answers, ...(gates ? { gates } : {}) }) as EvaluationInput['sheets'][number];

const BAD: { name: string; input: EvaluationInput; field: string; message: string }[] = [
  {
    name: 'unknown product set',
    input: { productSetId: 27, sheets: [sheet({})] },
    field: 'productSetId',
    message: 'Không có bộ sản phẩm số 27',
  },
  {
    name: 'product set 0',
    input: { productSetId: 0, sheets: [sheet({})] },
    field: 'productSetId',
    message: '(có 1–26)',
  },
  {
    name: 'no sheets',
    input: { productSetId: 1, sheets: [] },
    field: 'sheets',
    message: 'Cần ít nhất một phiếu chấm điểm',
  },
  {
    name: 'unknown criterion',
    input: { productSetId: 1, sheets: [sheet({ '3.9': 0 })] },
    field: 'sheets[0].answers.3.9',
    message: 'không có tiêu chí mã "3.9"',
  },
  {
    name: 'a section code with criteria',
    input: { productSetId: 1, sheets: [sheet({ '6': 0 })] },
    field: 'sheets[0].answers.6',
    message: 'không có tiêu chí mã "6"',
  },
  {
    name: 'a group code (set 11)',
    input: { productSetId: 11, sheets: [sheet({ '6.1': 0 })] },
    field: 'sheets[0].answers.6.1',
    message: 'không có tiêu chí mã "6.1"',
  },
  {
    name: 'index out of range',
    input: { productSetId: 1, sheets: [sheet({}), sheet({ '3.2': 2 })] },
    field: 'sheets[1].answers.3.2',
    message: 'Tiêu chí 3.2 có 2 phương án: chỉ số phải từ 0 đến 1, nhận được 2',
  },
  {
    name: 'negative index',
    input: { productSetId: 1, sheets: [sheet({ '1.1': -1 })] },
    field: 'sheets[0].answers.1.1',
    message: 'chỉ số phải từ 0 đến 2',
  },
  {
    name: 'fractional index',
    input: { productSetId: 1, sheets: [sheet({ '1.1': 1.5 })] },
    field: 'sheets[0].answers.1.1',
    message: 'Lựa chọn phải là số nguyên',
  },
  {
    name: 'index as text',
    input: { productSetId: 1, sheets: [sheet({ '1.1': '1' })] },
    field: 'sheets[0].answers.1.1',
    message: 'nhận được "1"',
  },
  {
    name: 'null index',
    input: { productSetId: 1, sheets: [sheet({ '1.1': null })] },
    field: 'sheets[0].answers.1.1',
    message: 'nhận được null',
  },
  {
    name: 'case key on a criterion without cases',
    input: { productSetId: 1, sheets: [sheet({ '1.1.a': 0 })] },
    field: 'sheets[0].answers.1.1.a',
    message: 'không có tiêu chí mã "1.1.a"',
  },
  {
    name: 'both cases of set 26 criterion 8',
    input: { productSetId: 26, sheets: [sheet({ '8.a': 1, '8.b': 3 })] },
    field: 'sheets[0].answers.8.b',
    message: 'Tiêu chí 8 chỉ được chấm theo một trong hai trường hợp (đã chọn cả a và b)',
  },
  {
    name: 'both cases, plain code and case key',
    input: { productSetId: 26, sheets: [sheet({ '15': 0, '15.b': 3 })] },
    field: 'sheets[0].answers.15.b',
    message: 'đã chọn cả a và b',
  },
  {
    name: 'the same case twice',
    input: { productSetId: 26, sheets: [sheet({ '9': 0, '9.a': 1 })] },
    field: 'sheets[0].answers.9.a',
    message: 'Tiêu chí 9 được trả lời hai lần',
  },
  {
    name: 'an option of the other case',
    input: { productSetId: 26, sheets: [sheet({ '9.b': 0 })] },
    field: 'sheets[0].answers.9.b',
    message: 'Phương án 0 của tiêu chí 9 thuộc trường hợp a, không thuộc trường hợp b',
  },
  {
    name: 'unknown case',
    input: { productSetId: 26, sheets: [sheet({ '9.c': 0 })] },
    field: 'sheets[0].answers.9.c',
    message: 'không có tiêu chí mã "9.c"',
  },
  {
    name: 'unknown gate',
    input: { productSetId: 1, sheets: [sheet({}, ['dossier', 'criterion:9'])] },
    field: 'sheets[0].gates[1]',
    message: 'không có điều kiện loại "criterion:9"',
  },
  {
    name: 'set 26 has no gates',
    input: { productSetId: 26, sheets: [sheet({}, ['dossier'])] },
    field: 'sheets[0].gates[0]',
    message: '(có: không có)',
  },
];

describe('bad input', () => {
  it.each(BAD)('$name → $field', ({ input, field, message }) => {
    const error = failure(() => scoreInput(input));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fieldErrors?.[0]?.field).toBe(field);
    expect(error.fieldErrors?.[0]?.message).toContain(message);
    expect(error.detail).toContain(field);
  });

  it('lists every problem of every sheet', () => {
    const error = failure(() =>
      scoreInput({ productSetId: 1, sheets: [sheet({ '1.1': 9, x: 0 }), sheet({ '2.2': 0.5 })] }),
    );
    expect(error.fieldErrors?.map((f) => f.field)).toEqual([
      'sheets[0].answers.1.1',
      'sheets[0].answers.x',
      'sheets[1].answers.2.2',
    ]);
    expect(error.detail).toContain('(và 2 lỗi khác)');
  });

  it.each([
    [null, '$'],
    [[], '$'],
    [{ sheets: [] }, 'productSetId'],
    [{ productSetId: '1', sheets: [] }, 'productSetId'],
    [{ productSetId: 1 }, 'sheets'],
    [{ productSetId: 1, sheets: [7] }, 'sheets[0]'],
    [{ productSetId: 1, sheets: [{ answers: [] }] }, 'sheets[0].answers'],
    [{ productSetId: 1, sheets: [{ answers: {}, gates: 'dossier' }] }, 'sheets[0].gates'],
    [{ productSetId: 1, criteriaSetId: 26, sheets: [] }, 'criteriaSetId'],
  ])('parseEvaluationInput(%j) fails on %s', (raw, field) => {
    expect(failure(() => parseEvaluationInput(raw)).fieldErrors?.[0]?.field).toBe(field);
  });

  it('resolves the criteria set by decision, defaulting to the latest', () => {
    expect(resolveCriteriaSet([decision26()]).id).toBe('26/2026/QĐ-TTg');
    expect(resolveCriteriaSet([decision26()], '26/2026/QĐ-TTg')).toBe(decision26());
    const error = failure(() => resolveCriteriaSet([decision26()], '148/QĐ-TTg'));
    expect(error.fieldErrors?.[0]).toEqual({
      field: 'criteriaSetId',
      message: 'Không có bộ tiêu chí "148/QĐ-TTg" (có: 26/2026/QĐ-TTg)',
    });
  });
});

describe('missing answers', () => {
  it.each([
    { name: 'an empty sheet', id: 1, answers: {}, total: 0, stars: 1 },
    { name: 'a sheet without answers', id: 26, answers: undefined, total: 0, stars: 1 },
    {
      name: 'one unmarked criterion (1.4)',
      id: 1,
      answers: maxExcept(1, { '1.4': null }),
      total: 97,
      stars: 5,
    },
    {
      name: 'one *** criterion (set 9, 1.1)',
      id: 9,
      answers: maxExcept(9, { '1.1': null }),
      total: 95,
      stars: 2,
    },
    {
      name: 'one **** criterion (set 12, 2.3)',
      id: 12,
      answers: maxExcept(12, { '2.3': null }),
      total: 97,
      stars: 2,
    },
    {
      name: 'a set-26 case criterion (15)',
      id: 26,
      answers: maxExcept(26, { '15': null }),
      total: 97,
      stars: 5,
    },
  ])('$name → $total, $stars★', ({ id, answers, total, stars }) => {
    const result = scoreInput({
      productSetId: id,
      sheets: [answers ? { answers } : ({} as EvaluationInput['sheets'][number])],
    });
    expect([result.total, result.stars]).toEqual([total, stars]);
  });

  it('reports which sheets left a criterion unanswered', () => {
    const result = score(1, maxExcept(1, { '1.4': null }), maxAnswers(1), {});
    expect(result.criteria.find((c) => c.code === '1.4')?.unansweredOn).toEqual([0, 2]);
    expect(result.criteria.find((c) => c.code === '1.1')?.unansweredOn).toEqual([2]);
  });
});

describe('gates ticked by evaluators', () => {
  it('are listed with the sheets that ticked them, in sheet order of the rules; scores are untouched', () => {
    const input: EvaluationInput = {
      productSetId: 7,
      sheets: [
        { answers: maxAnswers(7), gates: ['criterion:6.1', 'dossier', 'dossier'] },
        { answers: maxAnswers(7) },
        { answers: maxAnswers(7), gates: ['criterion:6.1'] },
      ],
    };
    const result = scoreInput(input);
    expect(result.gates.map((g) => [g.id, g.effect, g.sheets])).toEqual([
      ['dossier', 'reject', [0]],
      ['criterion:6.1', 'stopEvaluation', [0, 2]],
    ]);
    expect(result.gates[1]?.criterionCode).toBe('6.1');
    expect([result.total, result.stars]).toEqual([100, 5]);
  });

  it.each([
    [1, 'criterion:2.1', 'notEvaluated'],
    [16, 'section:6', 'stopEvaluation'],
    [21, 'criterion:6.2', 'reject'],
    [11, 'criterion:6.1.1', 'stopEvaluation'],
  ])('set %i: %s (%s)', (id, gate, effect) => {
    const result = scoreInput({ productSetId: id, sheets: [{ answers: {}, gates: [gate] }] });
    expect(result.gates.map((g) => [g.id, g.effect])).toEqual([[gate, effect]]);
  });
});
