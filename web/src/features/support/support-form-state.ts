import type { CreateSupportRecordBody, SupportKind, SupportRecord } from '../../api/support';
import { formatVndInput, parseVnd } from './vnd-input';

/** The producer the support went to, as the chooser shows it. */
export interface ChosenProducer {
  id: string;
  name: string;
}

/** What the support form edits ("" = not given); the amount as typed ("1.500.000"). */
export interface SupportFormValues {
  producer: ChosenProducer | null;
  productId: string;
  kind: SupportKind | '';
  grantedOn: string;
  amount: string;
  fundingSource: string;
  description: string;
}

export function emptySupportForm(today: string, producer: ChosenProducer | null = null): SupportFormValues {
  return {
    producer,
    productId: '',
    kind: '',
    grantedOn: today,
    amount: '',
    fundingSource: '',
    description: '',
  };
}

export function supportToForm(record: SupportRecord): SupportFormValues {
  return {
    producer: record.producer,
    productId: record.product?.id ?? '',
    kind: record.kind,
    grantedOn: record.grantedOn,
    amount: formatVndInput(record.amountVnd),
    fundingSource: record.fundingSource ?? '',
    description: record.description ?? '',
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/**
 * The create/update body, or the fields the browser can already tell are wrong (an amount that is not a whole
 * number of đồng). An unchosen producer or kind is sent as it is, so the server's message shows beside it.
 */
export function formToSupportBody(
  values: SupportFormValues,
): { ok: true; body: CreateSupportRecordBody } | { ok: false; invalid: 'amountVnd' } {
  const amount = parseVnd(values.amount);
  if (!amount.ok || amount.value === null) return { ok: false, invalid: 'amountVnd' };
  return {
    ok: true,
    body: {
      producerId: values.producer?.id ?? '',
      productId: values.productId || null,
      kind: values.kind as SupportKind,
      grantedOn: values.grantedOn,
      amountVnd: amount.value,
      fundingSource: orNull(values.fundingSource),
      description: orNull(values.description),
    },
  };
}
