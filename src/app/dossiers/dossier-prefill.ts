import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import type { ProducerRow } from '../../db/repositories/producers.repository.ts';
import type { ProductRow } from '../../db/repositories/products.repository.ts';
import { PRODUCER_TYPES } from '../../domain/registry/producer-types.ts';
import type { FormValues } from '../../domain/workflow/dossier-forms.ts';

/**
 * The forms a new dossier starts with: the last dossier of the product when there is one (an upgrade or
 * re-evaluation shows what changed since), else what the registry already knows.
 */
export function prefillForms(
  producer: ProducerRow,
  product: ProductRow,
  address: string,
  previous: DossierRow | undefined,
): { form01: FormValues; form02: FormValues } {
  if (previous) {
    return { form01: { ...(previous.form01 as FormValues) }, form02: { ...(previous.form02 as FormValues) } };
  }
  const type = PRODUCER_TYPES.find((t) => t.code === producer.type)?.labelVi ?? null;
  return {
    form01: {
      unitName: producer.name,
      legalRepresentative: producer.representativeName ?? null,
      address,
      phone: producer.phone ?? null,
      productName: product.name,
    },
    form02: {
      producerName: producer.name,
      organisationType: type,
      address,
      phone: producer.phone ?? null,
      representativeName: producer.representativeName ?? null,
      registrationNumber: producer.taxCode ?? null,
    },
  };
}
