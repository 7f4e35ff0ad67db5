import { describe, expect, it } from 'vitest';
import { fromQueryKey, pageCount, pickFilters, readPage, toApiQuery, toQueryKey } from './list-query';

describe('readPage', () => {
  it('accepts positive integers only', () => {
    expect(readPage('3')).toBe(3);
    for (const bad of [undefined, '', '0', '-1', '2.5', 'abc']) expect(readPage(bad)).toBe(1);
  });
});

describe('pickFilters', () => {
  it('keeps known, non-blank filters, trimmed', () => {
    expect(pickFilters({ q: ' chè ', stars: '', page: '2', other: 'x' }, ['q', 'stars'])).toEqual({
      q: 'chè',
    });
  });
});

describe('toApiQuery', () => {
  it('maps the archive toggle and adds paging', () => {
    expect(toApiQuery({ q: 'che', archived: '1' }, 2, 20)).toEqual({
      q: 'che',
      includeArchived: 'true',
      page: '2',
      pageSize: '20',
    });
    expect(toApiQuery({}, 1, 20).includeArchived).toBeUndefined();
  });
});

describe('toQueryKey / fromQueryKey', () => {
  it('is independent of key order and round-trips', () => {
    const a = toQueryKey({ q: 'chè', page: '1', province: undefined });
    expect(a).toBe(toQueryKey({ page: '1', q: 'chè' }));
    expect(fromQueryKey(a)).toEqual({ page: '1', q: 'chè' });
  });
});

describe('pageCount', () => {
  it('is at least one', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });
});
