// Machine-readable outputs of the portal: open data files, sitemap, robots.txt. Built from the catalogue
// snapshot and cached per snapshot generation and day (a status flips at midnight).
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import type { CatalogueSnapshot } from '../../../app/portal/catalogue-snapshot.ts';
import { OPEN_DATA_LICENCE, openDataRecords } from '../../../app/portal/open-data.ts';
import { sitemapEntries } from '../../../app/portal/sitemap-entries.ts';
import { vietnamDate } from '../../../domain/registry/calendar-date.ts';
import { openDataCsv, openDataJson } from './open-data-files.ts';
import { robotsTxt, sitemapDocuments, sitemapPairs } from './sitemap.ts';

const PAGE = { config: { access: 'public' as const }, schema: { hide: true } };

/** Sale points are read from the database, not the snapshot: rebuild the sitemap at least this often. */
const SITEMAP_MAX_AGE_MS = 10 * 60_000;

/** Memoises `build` per snapshot generation and day (and at most maxAgeMs). */
function cachedBy<T>(
  deps: AppDeps,
  snapshot: CatalogueSnapshot,
  build: () => Promise<T>,
  maxAgeMs = Infinity,
) {
  let cache: { key: string; at: number; value: T } | null = null;
  return async (): Promise<T> => {
    await snapshot.current(); // refreshes the generation first
    const now = deps.now().getTime();
    const key = `${snapshot.generation()}:${vietnamDate(deps.now())}`;
    if (cache && cache.key === key && now - cache.at >= 0 && now - cache.at < maxAgeMs) return cache.value;
    const value = await build();
    cache = { key, at: now, value };
    return value;
  };
}

export async function openDataRoutes(
  app: FastifyInstance,
  { deps, snapshot }: { deps: AppDeps; snapshot: CatalogueSnapshot },
): Promise<void> {
  const base = deps.config.publicBaseUrl;
  const licenceLink = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;
  const files = cachedBy(deps, snapshot, async () => {
    const { generatedOn, records } = await openDataRecords(deps, snapshot);
    return { csv: openDataCsv(generatedOn, records), json: openDataJson(generatedOn, base, records) };
  });
  const sitemaps = cachedBy(
    deps,
    snapshot,
    async () => sitemapDocuments(base, sitemapPairs(await sitemapEntries(deps, snapshot))),
    SITEMAP_MAX_AGE_MS,
  );

  app.get('/open-data/products.csv', PAGE, async (_request, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'inline; filename="ocop-products.csv"')
      .header('link', licenceLink)
      .header('cache-control', 'public, max-age=300')
      .send((await files()).csv),
  );
  app.get('/open-data/products.json', PAGE, async (_request, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .header('link', licenceLink)
      .header('access-control-allow-origin', '*')
      .header('cache-control', 'public, max-age=300')
      .send((await files()).json),
  );
  app.get('/sitemap.xml', PAGE, async (_request, reply) =>
    reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send((await sitemaps()).get('sitemap.xml')),
  );
  app.get<{ Params: { part: string } }>('/sitemap-:part', PAGE, async (request, reply) => {
    const document = /^\d{1,4}\.xml$/.test(request.params.part)
      ? (await sitemaps()).get(`sitemap-${request.params.part}`)
      : undefined;
    if (!document) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(document);
  });
  app.get('/robots.txt', PAGE, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(robotsTxt(base)),
  );
}
