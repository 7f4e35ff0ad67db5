import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { DomainError } from '../../domain/errors.ts';
import { sniffImage } from '../../domain/stamps/image-kind.ts';
import type { AppDeps } from '../deps.ts';

export const MAX_REPORT_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_SIDE = 1600;

/** Report photos live beside product photos but under a name the public media route never serves. */
export const reportPhotoFile = (key: string): string => `report-${key}.webp`;

/** Decodes a base64 photo (a data: URL prefix is accepted); 413 beyond 5 MB of image bytes. */
export function decodeBase64Photo(text: string): Buffer {
  const base64 = text.replace(/^data:[\w/+.-]+;base64,/, '').replace(/\s+/g, '');
  if (base64.length > Math.ceil(MAX_REPORT_PHOTO_BYTES / 3) * 4 + 4) {
    throw new DomainError('PAYLOAD_TOO_LARGE', 'Ảnh lớn hơn 5 MB.');
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) {
    throw new DomainError('VALIDATION_FAILED', 'Ảnh phải được mã hóa base64.', {
      fieldErrors: [{ field: 'body.photoBase64', message: 'Không phải base64.' }],
    });
  }
  return Buffer.from(base64, 'base64');
}

/**
 * Checks the bytes are a photo (JPEG, PNG, WebP, HEIC; sniffed, not trusted from the client), re-encodes it
 * to WebP at most 1600 px without metadata (no EXIF position of the reporter), stores it, returns its key.
 */
export async function storeReportPhoto(deps: AppDeps, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw new DomainError('VALIDATION_FAILED', 'Ảnh trống.');
  if (bytes.length > MAX_REPORT_PHOTO_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', 'Ảnh lớn hơn 5 MB.');
  if (!sniffImage(bytes)) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Ảnh phải là JPEG, PNG, WebP hoặc HEIC.');
  }
  const encoded = await sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 })
    .rotate()
    .resize(MAX_SIDE, MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer()
    .catch(() => {
      throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Không đọc được ảnh.');
    });
  const key = randomBytes(12).toString('hex');
  await deps.media.put(reportPhotoFile(key), encoded);
  return key;
}
