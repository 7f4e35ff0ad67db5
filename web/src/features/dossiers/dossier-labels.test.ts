import { describe, expect, it } from 'vitest';
import { activeLevel, councilLevelFor, formatPoints, isScoringState } from './dossier-labels';

describe('council levels of a dossier state', () => {
  it('names the council at work while scoring or discussing', () => {
    expect(activeLevel('council_scoring')).toBe('province');
    expect(activeLevel('council_discussion')).toBe('province');
    expect(activeLevel('central_discussion')).toBe('central');
    expect(activeLevel('council_proposed')).toBeNull();
    expect(isScoringState('central_scoring')).toBe(true);
    expect(isScoringState('council_discussion')).toBe(false);
  });

  it('sends to the central council only from the ministry review', () => {
    expect(councilLevelFor('central_review')).toBe('central');
    expect(councilLevelFor('province_review')).toBe('province');
  });
});

describe('formatPoints', () => {
  it('writes decimals the reader’s way', () => {
    expect(formatPoints(77.5, 'vi')).toBe('77,5');
    expect(formatPoints(77.5, 'en')).toBe('77.5');
    expect(formatPoints(80, 'vi')).toBe('80');
  });
});
