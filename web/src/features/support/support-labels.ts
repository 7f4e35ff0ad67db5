import type { SupportKind } from '../../api/support';

// Every kind exactly once, in the server's order (src/domain/support/support-kinds.ts): the record type makes a
// kind added to the API fail the type check here until it has a label.
const KIND_ORDER: Record<SupportKind, number> = {
  trademark_registration: 0,
  barcode_gs1: 1,
  packaging_label_design: 2,
  stamp_printing: 3,
  lab_tests: 4,
  credit_loans: 5,
  equipment: 6,
  training: 7,
  trade_promotion: 8,
  other: 9,
};

export const SUPPORT_KINDS = (Object.keys(KIND_ORDER) as SupportKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);

export const isSupportKind = (value: string | undefined): value is SupportKind =>
  value !== undefined && Object.hasOwn(KIND_ORDER, value);
