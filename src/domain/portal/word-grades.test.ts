import { describe, expect, it } from 'vitest';
import { withinDistance } from './edit-distance.ts';
import { GRADE_EXACT, GRADE_FUZZY, GRADE_NONE, GRADE_PREFIX, gradeWord } from './word-grades.ts';

describe('withinDistance', () => {
  it('counts insertions, deletions, substitutions and swaps, and stops past the bound', () => {
    expect(withinDistance('banh', 'bahn', 1)).toBe(true);
    expect(withinDistance('tuyet', 'tuyt', 1)).toBe(true);
    expect(withinDistance('tuyet', 'tuyett', 1)).toBe(true);
    expect(withinDistance('tuyet', 'tuxet', 1)).toBe(true);
    expect(withinDistance('tuyet', 'tu', 2)).toBe(false);
    expect(withinDistance('shan', 'tuyet', 2)).toBe(false);
    expect(withinDistance('', '', 0)).toBe(true);
  });
});

describe('gradeWord', () => {
  it('grades exact, prefix and typo matches; short words need to be exact or prefixes', () => {
    expect(gradeWord('che', 'che')).toBe(GRADE_EXACT);
    expect(gradeWord('ch', 'che')).toBe(GRADE_PREFIX);
    expect(gradeWord('cha', 'che')).toBe(GRADE_NONE);
    expect(gradeWord('bahn', 'banh')).toBe(GRADE_FUZZY);
    expect(gradeWord('onng', 'ong')).toBe(GRADE_FUZZY);
    expect(gradeWord('tuyett', 'tuyet')).toBe(GRADE_FUZZY);
    expect(gradeWord('shann', 'shanxi')).toBe(GRADE_FUZZY);
    expect(gradeWord('gao', 'gau')).toBe(GRADE_NONE);
    expect(gradeWord('st24', 'st25')).toBe(GRADE_NONE);
  });
});
