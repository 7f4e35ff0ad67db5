import type { ProducerTypeCode } from '../../api/types';

/** Producer types (Decision 26/2026 Art. 2.3); the last four only for community/eco-tourism (product set 26). */
export const PRODUCER_TYPES: readonly { code: ProducerTypeCode; tourismOnly: boolean }[] = [
  { code: 'cooperative', tourismOnly: false },
  { code: 'cooperative_group', tourismOnly: false },
  { code: 'sme', tourismOnly: false },
  { code: 'farm', tourismOnly: false },
  { code: 'household', tourismOnly: false },
  { code: 'society', tourismOnly: true },
  { code: 'association', tourismOnly: true },
  { code: 'operating_centre', tourismOnly: true },
  { code: 'equivalent_organisation', tourismOnly: true },
];

export function isProducerType(value: string): value is ProducerTypeCode {
  return PRODUCER_TYPES.some((type) => type.code === value);
}

type Translate = (key: `producerType.${ProducerTypeCode}`) => string;

/** The localised type name; an unknown code (newer server) is shown as sent. */
export function producerTypeLabel(t: Translate, code: string): string {
  return isProducerType(code) ? t(`producerType.${code}` as const) : code;
}
