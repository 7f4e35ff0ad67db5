// Static files of the public portal, served from memory after the first read: Leaflet (from its npm
// package, under a versioned path so browsers keep it for a year) and the small map script.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';

const require = createRequire(import.meta.url);
const LEAFLET_DIST = dirname(require.resolve('leaflet/dist/leaflet.js'));
const LEAFLET_VERSION = (require('leaflet/package.json') as { version: string }).version;

/** Where the map script finds leaflet.js and leaflet.css. */
export const LEAFLET_BASE = `/assets/leaflet-${LEAFLET_VERSION}`;
export const MAP_SCRIPT_PATH = '/assets/portal-map.js';

const MAP_SCRIPT = fileURLToPath(new URL('../assets/portal-map.js', import.meta.url));

type Asset = { file: string; type: string; cache: string };

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ASSETS: ReadonlyMap<string, Asset> = new Map([
  [
    `${LEAFLET_BASE}/leaflet.js`,
    { file: join(LEAFLET_DIST, 'leaflet.js'), type: 'text/javascript; charset=utf-8', cache: IMMUTABLE },
  ],
  [
    `${LEAFLET_BASE}/leaflet.css`,
    { file: join(LEAFLET_DIST, 'leaflet.css'), type: 'text/css; charset=utf-8', cache: IMMUTABLE },
  ],
  ...['marker-icon.png', 'marker-icon-2x.png', 'marker-shadow.png', 'layers.png', 'layers-2x.png'].map(
    (name): [string, Asset] => [
      `${LEAFLET_BASE}/images/${name}`,
      { file: join(LEAFLET_DIST, 'images', name), type: 'image/png', cache: IMMUTABLE },
    ],
  ),
  [
    MAP_SCRIPT_PATH,
    { file: MAP_SCRIPT, type: 'text/javascript; charset=utf-8', cache: 'public, max-age=3600' },
  ],
]);

export async function portalAssetRoutes(app: FastifyInstance): Promise<void> {
  const loaded = new Map<string, Buffer>();
  for (const [path, asset] of ASSETS) {
    app.get(path, { config: { access: 'public' }, schema: { hide: true } }, async (_request, reply) => {
      let bytes = loaded.get(path);
      if (!bytes) {
        bytes = await readFile(asset.file);
        loaded.set(path, bytes);
      }
      return reply.type(asset.type).header('cache-control', asset.cache).send(bytes);
    });
  }
}
