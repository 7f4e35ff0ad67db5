import { describe, expect, it } from 'vitest';
import { productSet } from '../scoring/scoring.test-support.ts';
import { criterionCodesOf, isEvidenceEditable } from './dossier-evidence-rules.ts';

describe('isEvidenceEditable', () => {
  it.each([
    ['draft', true],
    ['returned_by_commune', true],
    ['supplement_requested', true],
    ['commune_review', false],
    ['province_review', false],
    ['council_scoring', false],
    ['recognised', false],
  ] as const)('%s → %s', (state, expected) => {
    expect(isEvidenceEditable(state)).toBe(expected);
  });
});

describe('criterionCodesOf (product set 11, tea)', () => {
  const codes = criterionCodesOf(productSet(11));
  it.each(['A', 'C', '1', '1.1', '3.5', '6', '6.1', '6.1.1', '11'])('knows %s', (code) => {
    expect(codes.has(code)).toBe(true);
  });
  it.each(['', 'Z', '1.9', '6.3', '99'])('does not know %j', (code) => {
    expect(codes.has(code)).toBe(false);
  });
});
