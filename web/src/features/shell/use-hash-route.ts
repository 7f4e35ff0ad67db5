import { useMemo, useSyncExternalStore } from 'react';

// Routes live in the hash (#/products/123?q=che) so the server only has to serve /admin/index.html.
// The part after "?" holds list filters, so a filtered list survives "back" and can be bookmarked.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function getHash(): string {
  return window.location.hash;
}

function splitHash(hash: string): [path: string, search: string] {
  const at = hash.indexOf('?');
  return at === -1 ? [hash, ''] : [hash.slice(0, at), hash.slice(at + 1)];
}

/** "#/admin-units/08" → ["admin-units", "08"]; anything not starting with "#/" → []; "?…" is ignored. */
export function parseHash(hash: string): string[] {
  const [path] = splitHash(hash);
  if (!path.startsWith('#/')) return [];
  return path
    .slice(2)
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** The "?a=1&b=2" part of the hash as a plain record (first value of each name). */
export function parseHashQuery(hash: string): Record<string, string> {
  const [, search] = splitHash(hash);
  return Object.fromEntries(new URLSearchParams(search));
}

export type RouteQuery = Record<string, string | undefined>;

export function routeHref(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

/** Like routeHref, with a query string (empty values left out). */
export function routeHrefWithQuery(segments: readonly string[], query: RouteQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, value);
  }
  const search = params.toString();
  return `${routeHref(...segments)}${search ? `?${search}` : ''}`;
}

export function navigate(...segments: string[]): void {
  window.location.hash = routeHref(...segments);
}

export function navigateWithQuery(segments: readonly string[], query: RouteQuery): void {
  window.location.hash = routeHrefWithQuery(segments, query);
}

export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return useMemo(() => parseHash(hash), [hash]);
}

export function useHashQuery(): Record<string, string> {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return useMemo(() => parseHashQuery(hash), [hash]);
}
