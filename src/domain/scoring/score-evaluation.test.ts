// Every product set of 26/2026: the best sheet, the band edges, the 5.2 condition and the subtotals.
import { describe, expect, it } from 'vitest';
import {
  criterion,
  leaves,
  maxAnswers,
  maxExcept,
  mustHaveTotal,
  optionWith,
  PRODUCT_SET_IDS,
  productSet,
  score,
  sheetWithTotal,
} from './scoring.test-support.ts';

describe('the best sheet of every product set', () => {
  it.each(PRODUCT_SET_IDS)('set %i: 100 points, 5★, certifiable, nothing blocked', (id) => {
    const result = score(id, maxAnswers(id));
    expect(result).toMatchObject({
      total: 100,
      totalText: '100.00',
      bandStars: 5,
      stars: 5,
      certifiable: true,
    });
    expect(result.blockedBy).toEqual([]);
    expect(result.parts.map((p) => [p.code, p.points])).toEqual([
      ['A', 40],
      ['B', 25],
      ['C', 35],
    ]);
  });
});

// [total, bandStars]: 29/30, 49/50, 69/70 and 89/90 exactly. Sheets keep every floor of the band's level
// (of 5★ where possible), so stars = bandStars.
const EDGES: [number, number][] = [
  [29, 1],
  [30, 2],
  [49, 2],
  [50, 3],
  [69, 3],
  [70, 4],
  [89, 4],
  [90, 5],
];
const edgeRows = PRODUCT_SET_IDS.flatMap((id) => EDGES.map(([total, band]) => ({ id, total, band })));

describe('band edges on every product set', () => {
  it.each(edgeRows)('set $id, total $total → $band★', ({ id, total, band }) => {
    // The strictest floors that still allow the total (5★ first); none below 3★.
    const levels = [5, 4, 3].filter((level) => level >= band);
    const answers =
      levels.map((level) => sheetWithTotal(id, total, level)).find((a) => a !== undefined) ??
      mustHaveTotal(id, total);
    const result = score(id, answers);
    expect(result.total).toBe(total);
    expect(result.bandStars).toBe(band);
    expect(result.stars).toBe(band);
    expect(result.certifiable).toBe(band >= 3);
    expect(result.blockedBy).toEqual([]);
  });
});

describe('5.2 counts only when 5.1 scores above 0 ("Chỉ áp dụng khi có câu chuyện sản phẩm")', () => {
  const conditional = PRODUCT_SET_IDS.filter((id) => criterion(id, '5.2').appliesWhen !== undefined);

  it('is read from the note of sets 1–25 (set 26 has no such note)', () => {
    expect(conditional).toEqual(PRODUCT_SET_IDS.slice(0, 25));
    expect(criterion(1, '5.2').appliesWhen).toEqual({
      criterionCode: '5.1',
      reason: 'Chỉ áp dụng khi có câu chuyện sản phẩm',
    });
  });

  it.each(conditional)('set %i: no story → 5.2 scores 0 however it was answered', (id) => {
    const max52 = criterion(id, '5.2').maxPoints;
    const max51 = criterion(id, '5.1').maxPoints;
    const result = score(id, maxExcept(id, { '5.1': 0 }));
    const c52 = result.criteria.find((c) => c.code === '5.2');
    expect(c52).toMatchObject({ points: 0, sheetPoints: [0], notApplicableOn: [0], unansweredOn: [] });
    expect(result.total).toBe(100 - max51 - max52);
    const story = result.parts[1]?.sections.find((s) => s.code === '5');
    expect(story?.points).toBe(12 - max51 - max52);
  });

  it('applies per sheet: a sheet with a story keeps its 5.2', () => {
    const result = score(1, maxExcept(1, { '5.1': 0 }), maxAnswers(1));
    expect(result.criteria.find((c) => c.code === '5.2')).toMatchObject({
      sheetPoints: [0, 2],
      points: 1,
      notApplicableOn: [0],
    });
  });

  it('set 26: 5.2 counts with the lowest 5.1 (it has no 0-point option)', () => {
    const result = score(26, maxExcept(26, { '5.1': 1 }));
    expect(result.total).toBe(97);
    expect(result.criteria.find((c) => c.code === '5.2')?.notApplicableOn).toEqual([]);
  });
});

const GROUP_ROWS: { id: number; except: Record<string, number | null>; groups: Record<string, number> }[] = [
  { id: 11, except: {}, groups: { '6.1': 4, '6.2': 11 } },
  { id: 11, except: { '6.1.1': 1, '6.2.3': 3, '6.2.1': 2 }, groups: { '6.1': 3, '6.2': 8 } },
  { id: 11, except: { '6.1.2': null, '6.2.2': 0 }, groups: { '6.1': 2, '6.2': 8 } },
  { id: 13, except: {}, groups: { '6.1': 10, '6.2': 5 } },
  { id: 13, except: { '6.1.2': 1, '6.1.5': 1, '6.2.2': 1 }, groups: { '6.1': 8, '6.2': 3 } },
  { id: 13, except: { '6.1.3': null, '6.1.4': 1, '6.1.1': 2 }, groups: { '6.1': 7, '6.2': 5 } },
];

describe('sets 11 and 13: section 6 has groups of leaves', () => {
  it.each(GROUP_ROWS)('set $id with $except → groups $groups', ({ id, except, groups }) => {
    const result = score(id, maxExcept(id, except));
    const six = result.parts[2]?.sections.find((s) => s.code === '6');
    const section = Object.values(groups).reduce((a, b) => a + b, 0);
    expect(six?.points).toBe(section);
    expect(Object.fromEntries(six?.groups?.map((g) => [g.code, g.points]) ?? [])).toEqual(groups);
    expect(six?.groups?.map((g) => g.maxPoints)).toEqual(id === 11 ? [4, 11] : [10, 5]);
    expect(result.total).toBe(100 - 15 + section);
  });

  it('the groups are leaves of section 6 only (criteria never double count)', () => {
    for (const id of [11, 13]) {
      const six = productSet(id).parts[2]?.sections.find((s) => s.code === '6');
      expect(six?.criteria.every((c) => c.group !== undefined)).toBe(true);
      expect(leaves(id).filter((c) => c.group).length).toBe(six?.criteria.length);
    }
  });
});

describe('set 26: criteria 8, 9 and 15 take an option of one case', () => {
  it.each([
    { name: 'case a by plain code', answers: { '8': optionWith(26, '8', 3, 'a') }, points: 3 },
    { name: 'case b by plain code', answers: { '8': optionWith(26, '8', 1, 'b') }, points: 1 },
    { name: 'case b by case key', answers: { '8.b': optionWith(26, '8', 3, 'b') }, points: 3 },
    { name: 'case a by case key', answers: { '8.a': optionWith(26, '8', 1, 'a') }, points: 1 },
    { name: 'unanswered', answers: { '8': null }, points: 0 },
  ])('criterion 8, $name → $points', ({ answers, points }) => {
    const sheet = { ...maxAnswers(26) } as Record<string, number>;
    delete sheet['8'];
    for (const [key, value] of Object.entries(answers)) if (value !== null) sheet[key] = value;
    const result = score(26, sheet);
    expect(result.criteria.find((c) => c.code === '8')?.points).toBe(points);
    expect(result.total).toBe(97 + points);
  });

  it('mixes cases across criteria and across sheets', () => {
    const a = { ...maxAnswers(26), '9': optionWith(26, '9', 2, 'b'), '15': optionWith(26, '15', 1, 'b') };
    const b = { ...maxAnswers(26), '8': optionWith(26, '8', 1, 'b') };
    const result = score(26, a, b);
    expect(result.sheetTotals).toEqual([98, 98]);
    expect(result.criteria.find((c) => c.code === '8')?.sheetPoints).toEqual([3, 1]);
  });
});
