import type { CreateCertificateBody, CreateProductBody, Product, UpdateProductBody } from '../../api/types';

/** What the product form edits ("" = not given); sale channels one URL per line. */
export interface ProductFormValues {
  producerId: string;
  producerName: string;
  name: string;
  productSetId: string;
  gtin: string;
  saleChannels: string;
  packaging: string;
  unit: string;
  description: string;
  story: string;
}

export function emptyProductForm(producer?: { id: string; name: string }): ProductFormValues {
  return {
    producerId: producer?.id ?? '',
    producerName: producer?.name ?? '',
    name: '',
    productSetId: '',
    gtin: '',
    saleChannels: '',
    packaging: '',
    unit: '',
    description: '',
    story: '',
  };
}

export function productToForm(product: Product): ProductFormValues {
  return {
    producerId: product.producer.id,
    producerName: product.producer.name,
    name: product.name,
    productSetId: product.productSetId === null ? '' : String(product.productSetId),
    gtin: product.gtin ?? '',
    saleChannels: product.saleChannels.map((channel) => channel.url).join('\n'),
    packaging: product.packaging ?? '',
    unit: product.unit ?? '',
    description: product.description ?? '',
    story: product.story ?? '',
  };
}

/** Non-blank, trimmed lines. */
export function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

function commonFields(values: ProductFormValues) {
  return {
    name: values.name.trim(),
    // An unset set is sent as 0 so the server's `body.productSetId` error shows next to the select.
    productSetId: values.productSetId === '' ? 0 : Number(values.productSetId),
    gtin: orNull(values.gtin),
    saleChannels: parseLines(values.saleChannels),
    packaging: orNull(values.packaging),
    unit: orNull(values.unit),
    description: orNull(values.description),
    story: orNull(values.story),
  };
}

export const formToCreateBody = (values: ProductFormValues): CreateProductBody => ({
  producerId: values.producerId,
  ...commonFields(values),
});

export const formToUpdateBody = (values: ProductFormValues): UpdateProductBody => commonFields(values);

/** The add-certificate form; an empty "valid to" lets the server apply the 36-month default. */
export interface CertificateFormValues {
  stars: string;
  number: string;
  decisionNumber: string;
  decisionDate: string;
  authorityName: string;
  validFrom: string;
  validTo: string;
}

export const emptyCertificateForm = (): CertificateFormValues => ({
  stars: '',
  number: '',
  decisionNumber: '',
  decisionDate: '',
  authorityName: '',
  validFrom: '',
  validTo: '',
});

export function formToCertificateBody(values: CertificateFormValues): CreateCertificateBody {
  const body: CreateCertificateBody = {
    stars: Number(values.stars),
    validFrom: values.validFrom,
    number: orNull(values.number),
    decisionNumber: orNull(values.decisionNumber),
    decisionDate: orNull(values.decisionDate),
    authorityName: orNull(values.authorityName),
  };
  if (values.validTo !== '') body.validTo = values.validTo;
  return body;
}
