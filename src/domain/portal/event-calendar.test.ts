import { describe, expect, it } from 'vitest';
import { splitCalendar } from './event-calendar.ts';
import { producerIdOfKey, producerKey } from './public-paths.ts';

describe('splitCalendar', () => {
  it('keeps running and coming events by start date and groups the past by month, latest first', () => {
    const e = (name: string, startsOn: string, endsOn: string) => ({ name, startsOn, endsOn });
    const { upcoming, pastByMonth } = splitCalendar(
      [
        e('A', '2026-12-01', '2026-12-03'),
        e('running', '2026-11-18', '2026-11-22'),
        e('B', '2026-10-02', '2026-10-04'),
        e('C', '2026-10-20', '2026-10-21'),
        e('D', '2026-08-01', '2026-08-01'),
      ],
      '2026-11-20',
    );
    expect(upcoming.map((x) => x.name)).toEqual(['running', 'A']);
    expect(pastByMonth.map((m) => [m.month, m.events.map((x) => x.name)])).toEqual([
      ['2026-10', ['C', 'B']],
      ['2026-08', ['D']],
    ]);
  });
});

describe('producer keys', () => {
  it('reads the id back from a readable key or a bare id', () => {
    const id = '3f2a9c1e-1b2c-4d5e-8f90-123456789abc';
    const key = producerKey({ id, name: 'HTX Chè Shan tuyết Suối Giàng' });
    expect(key).toBe(`htx-che-shan-tuyet-suoi-giang-${id}`);
    expect(producerIdOfKey(key)).toBe(id);
    expect(producerIdOfKey(id.toUpperCase())).toBe(id);
    expect(producerIdOfKey('htx-che')).toBeNull();
  });
});
