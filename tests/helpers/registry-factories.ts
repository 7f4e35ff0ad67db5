import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../src/app/deps.ts';
import { createProducer } from '../../src/app/producers/create-producer.ts';
import type { ProducerInput } from '../../src/app/producers/producer-input.ts';
import type { ProducerView } from '../../src/app/producers/producer-view.ts';
import { addCertificate, type CertificateInput } from '../../src/app/products/add-certificate.ts';
import { createProduct } from '../../src/app/products/create-product.ts';
import type { ProductInput } from '../../src/app/products/product-input.ts';
import type { ProductView } from '../../src/app/products/product-view.ts';
import type { Actor } from '../../src/domain/auth/roles.ts';
import { buildUser } from './factories.ts';

const AUDIT = { id: null, label: 'test-factory' };

/** A ministry account to create registry records with (records reference their creator). */
export async function buildRegistrar(deps: AppDeps): Promise<Actor> {
  const user = await buildUser(deps, { role: 'ministry_admin' });
  return { id: user.id, role: 'ministry_admin', provinceCode: null, communeCode: null };
}

/** A real commune code of a 2025 province. */
export function communeOf(deps: AppDeps, provinceCode: string, index = 0): string {
  const commune = deps.adminUnits.communes2025Of(provinceCode)[index];
  if (!commune) throw new Error(`province ${provinceCode} has no commune #${index}`);
  return commune.code;
}

export async function buildProducer(
  deps: AppDeps,
  actor: Actor,
  overrides: Partial<ProducerInput> = {},
): Promise<ProducerView> {
  return createProducer(deps, actor, AUDIT, {
    name: `HTX thử nghiệm ${randomUUID().slice(0, 8)}`,
    type: 'cooperative',
    communeCode: communeOf(deps, '08'),
    ...overrides,
  });
}

export async function buildProduct(
  deps: AppDeps,
  actor: Actor,
  producerId: string,
  overrides: Partial<ProductInput> = {},
): Promise<ProductView> {
  return createProduct(deps, actor, AUDIT, {
    producerId,
    name: `Sản phẩm thử ${randomUUID().slice(0, 6)}`,
    productSetId: 11,
    ...overrides,
  });
}

export async function certify(
  deps: AppDeps,
  actor: Actor,
  productId: string,
  input: Partial<CertificateInput> = {},
): Promise<ProductView> {
  return addCertificate(deps, actor, AUDIT, productId, { stars: 4, validFrom: '2025-06-15', ...input });
}
