import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { verifyCertificate } from '../../../app/documents/verify-certificate.ts';
import { renderCertificateNotFoundPage, renderCertificatePage, VERIFY_PATH } from './certificate-page.ts';

/**
 * The public certificate verification page the certificate's QR code opens. Short shared caching: the status
 * is live (a revocation shows within half a minute).
 */
export async function verificationPageRoutes(
  app: FastifyInstance,
  { deps }: { deps: AppDeps },
): Promise<void> {
  app.get<{ Params: { id: string } }>(
    `${VERIFY_PATH}/:id`,
    { config: { access: 'public' }, schema: { hide: true } },
    async (request, reply) => {
      const found = await verifyCertificate(deps, request.params.id);
      const base = deps.config.publicBaseUrl;
      return reply
        .status(found ? 200 : 404)
        .type('text/html; charset=utf-8')
        .header('cache-control', 'public, max-age=30')
        .send(
          found ? renderCertificatePage(base, found) : renderCertificateNotFoundPage(base, request.params.id),
        );
    },
  );
}
