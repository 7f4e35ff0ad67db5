// The public portal's routes: Vietnamese at the root, English under /en; HTML pages readable without
// JavaScript, shared caching for a short while (statuses are live within the snapshot's TTL + max-age).
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { createCatalogueSnapshot } from '../../../app/portal/catalogue-snapshot.ts';
import { getEventCalendar } from '../../../app/portal/events.ts';
import { getPublicHomePage } from '../../../app/portal/get-home-page.ts';
import { getPublicProducerPage } from '../../../app/portal/get-producer-page.ts';
import { getPublicProductPage } from '../../../app/portal/get-product-page.ts';
import { getPublicProvincePage } from '../../../app/portal/get-province-page.ts';
import { getPublicStatisticsPage } from '../../../app/portal/get-statistics-page.ts';
import { getPublicSalePointPage, listPublicSalePoints } from '../../../app/portal/sale-points.ts';
import { provinceOptions, searchPublicCatalogue } from '../../../app/portal/search-catalogue.ts';
import { classOptions } from '../../../domain/portal/product-classes.ts';
import { renderHomePage } from '../home-page.ts';
import type { Lang } from '../layout.ts';
import { portalAssetRoutes } from './assets.ts';
import { renderCataloguePage } from './catalogue-page.ts';
import { catalogueInput, readCatalogueParams } from './catalogue-query.ts';
import { renderEventsPage } from './events-page.ts';
import { renderNotFoundPage } from './not-found-page.ts';
import { renderOpenDataPage } from './open-data-page.ts';
import { openDataRoutes } from './open-data-routes.ts';
import { type PageKind, pathOf } from './paths.ts';
import { renderProducerPage } from './producer-page.ts';
import { renderProductPage } from './product-page.ts';
import { renderProvincePage } from './province-page.ts';
import { renderSalePointPage, renderSalePointsPage } from './sale-point-pages.ts';
import { renderStatisticsPage } from './statistics-page.ts';

const PAGE = { config: { access: 'public' as const }, schema: { hide: true } };
const LANGS: readonly Lang[] = ['vi', 'en'];

function sendHtml(reply: FastifyReply, body: string, maxAge = 60) {
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', `public, max-age=${maxAge}`)
    .send(body);
}

export async function portalRoutes(app: FastifyInstance, { deps }: { deps: AppDeps }): Promise<void> {
  const snapshot = createCatalogueSnapshot(deps);
  const base = deps.config.publicBaseUrl;
  const classes = classOptions(deps.productSets);
  const provinces = provinceOptions(deps);
  const notFound = (reply: FastifyReply, lang: Lang, kind: PageKind) =>
    sendHtml(reply.status(404), renderNotFoundPage(lang, base, kind), 60);

  for (const lang of LANGS) {
    app.get(pathOf(lang, 'home'), PAGE, async (_request, reply) =>
      sendHtml(reply, renderHomePage(lang, base, await getPublicHomePage(deps, snapshot))),
    );

    app.get(pathOf(lang, 'products'), PAGE, async (request, reply) => {
      const params = readCatalogueParams(request.query);
      const result = await searchPublicCatalogue(deps, snapshot, catalogueInput(params));
      const form = {
        action: pathOf(lang, 'products'),
        params,
        provinces,
        communes: result.communes,
        classes,
      };
      return sendHtml(reply, renderCataloguePage(lang, base, form, result));
    });

    app.get<{ Params: { slug: string } }>(
      `${pathOf(lang, 'products')}/:slug`,
      PAGE,
      async (request, reply) => {
        const page = await getPublicProductPage(deps, request.params.slug);
        return page
          ? sendHtml(reply, renderProductPage(lang, base, page), 30)
          : notFound(reply, lang, 'products');
      },
    );

    app.get<{ Params: { key: string } }>(
      `${pathOf(lang, 'producers')}/:key`,
      PAGE,
      async (request, reply) => {
        const page = await getPublicProducerPage(deps, snapshot, request.params.key);
        return page
          ? sendHtml(reply, renderProducerPage(lang, base, page))
          : notFound(reply, lang, 'producers');
      },
    );

    app.get<{ Params: { code: string } }>(
      `${pathOf(lang, 'provinces')}/:code`,
      PAGE,
      async (request, reply) => {
        const { page } = readCatalogueParams(request.query);
        const data = await getPublicProvincePage(deps, snapshot, request.params.code, page);
        return data
          ? sendHtml(reply, renderProvincePage(lang, base, data))
          : notFound(reply, lang, 'provinces');
      },
    );

    app.get(pathOf(lang, 'salePoints'), PAGE, async (_request, reply) =>
      sendHtml(reply, renderSalePointsPage(lang, base, await listPublicSalePoints(deps))),
    );

    app.get<{ Params: { slug: string } }>(
      `${pathOf(lang, 'salePoints')}/:slug`,
      PAGE,
      async (request, reply) => {
        const page = await getPublicSalePointPage(deps, snapshot, request.params.slug);
        return page
          ? sendHtml(reply, renderSalePointPage(lang, base, page))
          : notFound(reply, lang, 'salePoints');
      },
    );

    app.get(pathOf(lang, 'events'), PAGE, async (_request, reply) =>
      sendHtml(reply, renderEventsPage(lang, base, await getEventCalendar(deps)), 300),
    );

    app.get(pathOf(lang, 'statistics'), PAGE, async (_request, reply) =>
      sendHtml(reply, renderStatisticsPage(lang, base, await getPublicStatisticsPage(deps, snapshot))),
    );

    app.get(pathOf(lang, 'openData'), PAGE, async (_request, reply) =>
      sendHtml(reply, renderOpenDataPage(lang, base), 3600),
    );
  }

  await app.register(openDataRoutes, { deps, snapshot });
  await app.register(portalAssetRoutes);
}
