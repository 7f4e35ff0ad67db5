import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { productPhotos } from '../schema/index.ts';

export type ProductPhotoRow = typeof productPhotos.$inferSelect;

export async function listProductPhotos(db: DbOrTx, productId: string): Promise<ProductPhotoRow[]> {
  return db
    .select()
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId))
    .orderBy(asc(productPhotos.position), asc(productPhotos.createdAt));
}

export async function countProductPhotos(db: DbOrTx, productId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(productPhotos)
    .where(eq(productPhotos.productId, productId));
  return row?.n ?? 0;
}

export async function insertProductPhoto(
  db: DbOrTx,
  row: typeof productPhotos.$inferInsert,
): Promise<ProductPhotoRow> {
  const [inserted] = await db.insert(productPhotos).values(row).returning();
  if (!inserted) throw new Error('insert product_photos returned no row');
  return inserted;
}

export async function deleteProductPhoto(
  db: DbOrTx,
  productId: string,
  photoId: string,
): Promise<ProductPhotoRow | undefined> {
  const [row] = await db
    .delete(productPhotos)
    .where(and(eq(productPhotos.id, photoId), eq(productPhotos.productId, productId)))
    .returning();
  return row;
}
