import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { products } from '../../db/schema/index.ts';
import type { AppDeps } from '../deps.ts';
import { importFile } from '../import/import-file.ts';

export const DEMO_PRODUCTS_FILE = fileURLToPath(
  new URL('../../../data/demo/ocop-products-sample.csv', import.meta.url),
);

/**
 * On an empty registry, imports the real OCOP sample through the normal import path, so a new user sees real
 * products at once. Rows that would need a person's choice (only a district given…) are left out.
 */
export async function seedDemoProducts(deps: AppDeps): Promise<number> {
  const [existing] = await deps.db.select({ n: count() }).from(products);
  if ((existing?.n ?? 0) > 0) return 0;
  const bytes = await readFile(DEMO_PRODUCTS_FILE);
  const result = await importFile(
    deps,
    null,
    { id: null, label: 'system:demo-seed' },
    { name: 'ocop-products-sample.csv', bytes },
    { dryRun: false },
  );
  return result.summary.productsCreated;
}
