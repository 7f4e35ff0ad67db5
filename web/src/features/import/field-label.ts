import type { TranslateFn } from '../../i18n/i18n-context';

// Import fields the back office knows (src/domain/import/column-synonyms.ts); others use the server's label.
const KNOWN_FIELDS = [
  'productName',
  'producerName',
  'producerType',
  'address',
  'commune',
  'district',
  'province',
  'stars',
  'year',
  'productGroup',
  'productSetId',
  'decisionNumber',
  'decisionDate',
  'score',
  'taxCode',
  'phone',
] as const;

type KnownField = (typeof KNOWN_FIELDS)[number];
const isKnown = (field: string): field is KnownField => (KNOWN_FIELDS as readonly string[]).includes(field);

export function importFieldLabel(t: TranslateFn, field: string, serverLabel: string): string {
  return isKnown(field) ? t(`importField.${field}` as const) : serverLabel;
}
