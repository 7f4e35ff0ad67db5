import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import {
  countProductPhotos,
  deleteProductPhoto,
  insertProductPhoto,
} from '../../db/repositories/product-photos.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { loadAccessibleProduct, productViewOf } from './load-product.ts';
import type { ProductView } from './product-view.ts';

export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS_PER_PRODUCT = 20;
const FULL_SIZE = 1600;
const THUMB_SIZE = 320;

/** Decodes, strips metadata (EXIF location), re-encodes to WebP at most 1600 px, plus a 320 px thumbnail. */
async function processImage(bytes: Buffer) {
  const image = sharp(bytes, { failOn: 'error', limitInputPixels: 40_000_000 }).rotate();
  const meta = await image.metadata().catch(() => null);
  if (!meta?.format || !['jpeg', 'png', 'webp', 'heif', 'avif'].includes(meta.format)) {
    throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Ảnh phải là JPEG, PNG, WebP hoặc HEIC.');
  }
  const full = await image
    .clone()
    .resize(FULL_SIZE, FULL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true });
  const thumb = await image
    .clone()
    .resize(THUMB_SIZE, THUMB_SIZE, { fit: 'cover' })
    .webp({ quality: 75 })
    .toBuffer();
  return { full: full.data, width: full.info.width, height: full.info.height, thumb };
}

function assertCanEdit(actor: Actor): void {
  if (actor.role === 'council_member')
    throw new DomainError('FORBIDDEN', 'Thành viên hội đồng chỉ xem hồ sơ.');
}

export async function addProductPhoto(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  productId: string,
  bytes: Buffer,
): Promise<ProductView> {
  assertCanEdit(actor);
  const product = await loadAccessibleProduct(deps.db, actor, productId);
  if (bytes.length === 0) throw new DomainError('VALIDATION_FAILED', 'Chưa có nội dung ảnh.');
  if (bytes.length > MAX_PHOTO_BYTES) throw new DomainError('PAYLOAD_TOO_LARGE', 'Ảnh lớn hơn 8 MB.');
  const position = await countProductPhotos(deps.db, productId);
  if (position >= MAX_PHOTOS_PER_PRODUCT) {
    throw new DomainError('VALIDATION_FAILED', `Mỗi sản phẩm tối đa ${MAX_PHOTOS_PER_PRODUCT} ảnh.`);
  }
  const image = await processImage(bytes);
  const fileKey = randomBytes(12).toString('hex');
  await deps.media.put(`${fileKey}.webp`, image.full);
  await deps.media.put(`${fileKey}-thumb.webp`, image.thumb);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertProductPhoto(tx, {
      productId,
      fileKey,
      width: image.width,
      height: image.height,
      bytes: image.full.length,
      position,
      createdAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'product_photo',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return productViewOf(deps, tx, product);
  });
}

export async function removeProductPhoto(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  productId: string,
  photoId: string,
): Promise<ProductView> {
  assertCanEdit(actor);
  const product = await loadAccessibleProduct(deps.db, actor, productId);
  const now = deps.now();
  const view = await deps.db.transaction(async (tx) => {
    const removed = await deleteProductPhoto(tx, productId, photoId);
    if (!removed) throw new DomainError('NOT_FOUND', 'Không tìm thấy ảnh của sản phẩm này.');
    await recordChange(tx, auditActor, now, {
      entity: 'product_photo',
      entityId: photoId,
      action: 'delete',
      before: removed,
    });
    return { view: await productViewOf(deps, tx, product), fileKey: removed.fileKey };
  });
  await deps.media.remove(`${view.fileKey}.webp`);
  await deps.media.remove(`${view.fileKey}-thumb.webp`);
  return view.view;
}
