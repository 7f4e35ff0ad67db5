import { useSyncExternalStore } from 'react';

// Routes live in the hash (#/admin-units/08) so the server only has to serve /admin/index.html.

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function getHash(): string {
  return window.location.hash;
}

/** "#/admin-units/08" → ["admin-units", "08"]; anything not starting with "#/" → []. */
export function parseHash(hash: string): string[] {
  if (!hash.startsWith('#/')) return [];
  return hash
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

export function routeHref(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

export function navigate(...segments: string[]): void {
  window.location.hash = routeHref(...segments);
}

export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '');
  return parseHash(hash);
}
