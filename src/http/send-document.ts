import type { FastifyReply } from 'fastify';
import type { DocumentFile } from '../app/documents/document-file.ts';
import { contentDisposition } from '../domain/evidence/file-name.ts';

/** A generated document (PDF, xlsx) as a download: never sniffed, never cached (it carries names and figures). */
export function sendDocument(reply: FastifyReply, file: DocumentFile): FastifyReply {
  return reply
    .type(file.mimeType)
    .header('content-length', file.bytes.length)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(file.bytes);
}
