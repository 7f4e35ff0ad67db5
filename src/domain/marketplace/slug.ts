import { foldName } from '../admin-units/normalize-name.ts';

/**
 * A readable, URL-safe slug from a Vietnamese name, made unique by a piece of the record's id:
 * "Điểm bán sản phẩm OCOP Tân Trào" → "diem-ban-san-pham-ocop-tan-trao-3f2a9c". Stable: not rebuilt on rename.
 */
export function slugOf(name: string, id: string, fallback: string): string {
  const words = foldName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return `${words || fallback}-${id.replace(/-/g, '').slice(0, 6)}`;
}
