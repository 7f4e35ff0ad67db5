import { describe, expect, it } from 'vitest';
import { parseHash, parseHashQuery, routeHref, routeHrefWithQuery } from './use-hash-route';

describe('hash routes', () => {
  it('splits the path and ignores the query', () => {
    expect(parseHash('#/products/abc?q=che&page=2')).toEqual(['products', 'abc']);
    expect(parseHash('#/admin-units/08')).toEqual(['admin-units', '08']);
    expect(parseHash('')).toEqual([]);
  });

  it('reads the query of the hash', () => {
    expect(parseHashQuery('#/products?q=ch%C3%A8+shan&stars=4')).toEqual({ q: 'chè shan', stars: '4' });
    expect(parseHashQuery('#/products')).toEqual({});
  });

  it('builds links with a query, leaving empty values out', () => {
    expect(routeHref('producers', 'new')).toBe('#/producers/new');
    expect(routeHrefWithQuery(['products'], { q: 'chè', stars: '', page: undefined })).toBe(
      '#/products?q=ch%C3%A8',
    );
    const href = routeHrefWithQuery(['products', 'new'], { producer: 'p-1' });
    expect(parseHash(href)).toEqual(['products', 'new']);
    expect(parseHashQuery(href)).toEqual({ producer: 'p-1' });
  });
});
