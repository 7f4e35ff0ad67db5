import type { StampBatchDetailRow } from '../../db/repositories/stamps.repository.ts';

export type StampBatchView = Readonly<{
  id: string;
  product: { id: string; name: string; gtin: string | null };
  certificate: { id: string; number: string | null; stars: number; validTo: string };
  provinceCode: string;
  quantity: number;
  serialFrom: number;
  serialTo: number;
  printedOn: string | null;
  status: 'issued' | 'printed' | 'void';
  note: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** The print sheet of the first stamps (ask for ?from=&to= for the rest). */
  sheetPath: string;
}>;

export function toStampBatchView(row: StampBatchDetailRow): StampBatchView {
  const { batch, product, certificate } = row;
  return {
    id: batch.id,
    product: { id: product.id, name: product.name, gtin: product.gtin },
    certificate,
    provinceCode: batch.provinceCode,
    quantity: batch.quantity,
    serialFrom: batch.serialFrom,
    serialTo: batch.serialTo,
    printedOn: batch.printedOn,
    status: batch.status,
    note: batch.note,
    createdBy: batch.createdBy,
    createdAt: batch.createdAt.toISOString(),
    updatedAt: batch.updatedAt.toISOString(),
    sheetPath: `/api/v1/stamp-batches/${batch.id}/sheet.pdf`,
  };
}
