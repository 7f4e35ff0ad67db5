import { describe, expect, it } from 'vitest';
import { dayBefore, eventPhase } from './event-labels';

describe('eventPhase', () => {
  const event = { startsOn: '2026-05-10', endsOn: '2026-05-14' };

  it('tells upcoming, running and past events apart (both ends inclusive)', () => {
    expect(eventPhase(event, '2026-05-09')).toBe('upcoming');
    expect(eventPhase(event, '2026-05-10')).toBe('ongoing');
    expect(eventPhase(event, '2026-05-14')).toBe('ongoing');
    expect(eventPhase(event, '2026-05-15')).toBe('past');
  });
});

describe('dayBefore', () => {
  it('crosses months and leap days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });
});
