// The data of the `verify` scenario: certified products and their stamps, made through the use cases (the
// same path as the back-office), so the batch insert itself is measured too.
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../src/app/deps.ts';
import { createProducer } from '../src/app/producers/create-producer.ts';
import { addCertificate } from '../src/app/products/add-certificate.ts';
import { createProduct } from '../src/app/products/create-product.ts';
import { createStampBatch } from '../src/app/stamps/create-stamp-batch.ts';
import { createUser } from '../src/app/users/create-user.ts';
import { rowsOf } from '../src/db/client.ts';
import type { Actor } from '../src/domain/auth/roles.ts';
import { gs1CheckDigit } from '../src/domain/registry/gtin.ts';
import { STAMP_LIMITS } from '../src/domain/stamps/batch-rules.ts';

const AUDIT = { id: null, label: 'bench' };
const PRODUCTS = [
  'Chè Shan tuyết Suối Giàng',
  'Mật ong bạc hà Mèo Vạc',
  'Cam sành Hàm Yên',
  'Miến dong Bình Liêu',
  'Gạo Séng Cù Mường Khương',
];

export type StampData = { codes: string[]; batchMs: number[]; gtinLink: string };

/** A producer in Tuyên Quang with 5 certified products and `total` stamps in batches of at most 50,000. */
export async function createStampData(
  deps: AppDeps,
  total: number,
  progress: (m: string) => void,
): Promise<StampData> {
  const user = await createUser(deps, null, AUDIT, {
    username: `verify${process.pid}`,
    displayName: 'Bench',
    password: `Kiểm-thử-tải-${process.pid}!`,
    role: 'ministry_admin',
    provinceCode: null,
    communeCode: null,
    producerId: null,
  });
  const actor: Actor = { id: user.id, role: 'ministry_admin', provinceCode: null, communeCode: null };
  const commune = deps.adminUnits.communes2025Of('08')[0]?.code ?? '';
  const producer = await createProducer(deps, actor, AUDIT, {
    name: 'Hợp tác xã Nông sản Tuyên Quang',
    type: 'cooperative',
    communeCode: commune,
  });
  const productIds: string[] = [];
  for (const [i, name] of PRODUCTS.entries()) {
    const body = `8930000${String(10_000 + i)}`;
    const product = await createProduct(deps, actor, AUDIT, {
      producerId: producer.id,
      name,
      productSetId: 11,
      gtin: `${body}${gs1CheckDigit(body)}`,
    });
    await addCertificate(deps, actor, AUDIT, product.id, {
      stars: 3 + (i % 2),
      validFrom: '2025-06-15',
      number: `${100 + i}/GCN-UBND`,
    });
    productIds.push(product.id);
  }
  const batchMs: number[] = [];
  let made = 0;
  for (let i = 0; made < total; i++) {
    const quantity = Math.min(STAMP_LIMITS.maxBatchQuantity, total - made);
    const productId = productIds[i % productIds.length] ?? '';
    const started = performance.now();
    await createStampBatch(deps, actor, AUDIT, { productId, quantity }, STAMP_LIMITS);
    batchMs.push(performance.now() - started);
    made += quantity;
    progress(`verify: ${made.toLocaleString('en-US')} stamps`);
  }
  await deps.db.execute(sql`vacuum (analyze) stamps, stamp_batches, products, certificates, producers`);
  const rows = rowsOf<{ code: string }>(await deps.db.execute(sql`select code from stamps`));
  const body = '893000010000';
  return { codes: rows.map((r) => r.code), batchMs, gtinLink: `/01/0${body}${gs1CheckDigit(body)}/21/1` };
}

/** Fisher–Yates with a fixed seed, so every run asks for the codes in the same order. */
export function shuffled<T>(items: readonly T[], seed = 6): T[] {
  const out = [...items];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
