import { describe, expect, it } from 'vitest';
import { TtlCache } from './ttl-cache.ts';

describe('TtlCache', () => {
  it('serves entries younger than the TTL from the injected clock, keeps nulls, and caps its size', () => {
    let now = 1_000;
    const cache = new TtlCache<string | null>(5_000, 2, () => now);
    cache.set('a', 'A');
    cache.set('b', null);
    expect(cache.get('a')).toEqual({ value: 'A' });
    expect(cache.get('b')).toEqual({ value: null });
    expect(cache.get('c')).toBeUndefined();
    now += 4_999;
    expect(cache.get('a')?.value).toBe('A');
    now += 1;
    expect(cache.get('a')).toBeUndefined();
    cache.set('c', 'C');
    cache.set('d', 'D');
    cache.set('e', 'E');
    expect(cache.size).toBe(2);
    expect(cache.get('c')).toBeUndefined();
    now -= 10_000;
    expect(cache.get('e')).toBeUndefined();
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('drops expired entries as new ones come in', () => {
    let now = 0;
    const cache = new TtlCache<number>(1_000, 100, () => now);
    for (let i = 0; i < 10; i++) cache.set(`a${i}`, i);
    now = 1_500;
    cache.set('b', 1);
    expect(cache.size).toBe(1);
  });

  it('stores nothing with a zero TTL', () => {
    const cache = new TtlCache<number>(0, 10, () => 0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
