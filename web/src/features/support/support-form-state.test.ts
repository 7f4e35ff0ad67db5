import { describe, expect, it } from 'vitest';
import type { SupportRecord } from '../../api/support';
import { emptySupportForm, formToSupportBody, supportToForm } from './support-form-state';
import { SUPPORT_KINDS } from './support-labels';

const RECORD: SupportRecord = {
  id: '4f1c2a8e-3b7d-4c55-9e0a-1d2b3c4d5e6f',
  kind: 'packaging_label_design',
  producer: { id: '0b6f7e0e-5d7b-4d55-8d0a-6e3f3c2b1a10', name: 'HTX Chè Shan Tuyết Na Hang' },
  product: { id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', name: 'Chè Shan tuyết' },
  province: { code: '08', name: 'Tuyên Quang' },
  commune: { code: '02269', name: 'Xã Na Hang' },
  description: 'Thiết kế lại hộp quà Tết',
  amountVnd: 15_000_000,
  fundingSource: 'Ngân sách tỉnh',
  grantedOn: '2026-03-15',
  createdAt: '2026-03-16T00:00:00Z',
  updatedAt: '2026-03-16T00:00:00Z',
};

describe('support form state', () => {
  it('round-trips a record, the amount shown with dots', () => {
    const values = supportToForm(RECORD);
    expect(values.amount).toBe('15.000.000');
    expect(formToSupportBody(values)).toEqual({
      ok: true,
      body: {
        producerId: RECORD.producer.id,
        productId: RECORD.product?.id,
        kind: 'packaging_label_design',
        grantedOn: '2026-03-15',
        amountVnd: 15_000_000,
        fundingSource: 'Ngân sách tỉnh',
        description: 'Thiết kế lại hộp quà Tết',
      },
    });
  });

  it('reads an amount typed with dots and sends blanks as null', () => {
    const values = {
      ...emptySupportForm('2026-04-01', { id: RECORD.producer.id, name: RECORD.producer.name }),
      kind: 'barcode_gs1' as const,
      amount: '1.500.000',
      fundingSource: '  ',
    };
    const result = formToSupportBody(values);
    expect(result).toMatchObject({
      ok: true,
      body: { amountVnd: 1_500_000, productId: null, fundingSource: null, grantedOn: '2026-04-01' },
    });
  });

  it('stops a missing or mistyped amount before sending', () => {
    expect(formToSupportBody(emptySupportForm('2026-04-01'))).toEqual({ ok: false, invalid: 'amountVnd' });
    expect(formToSupportBody({ ...emptySupportForm('2026-04-01'), amount: '1.5' })).toEqual({
      ok: false,
      invalid: 'amountVnd',
    });
  });

  it('sends an unchosen producer as an empty id for the server to flag', () => {
    const result = formToSupportBody({ ...emptySupportForm('2026-04-01'), amount: '0' });
    expect(result).toMatchObject({ ok: true, body: { producerId: '', amountVnd: 0 } });
  });

  it('lists every kind once, in the catalogue order', () => {
    expect(SUPPORT_KINDS[0]).toBe('trademark_registration');
    expect(SUPPORT_KINDS.at(-1)).toBe('other');
    expect(new Set(SUPPORT_KINDS).size).toBe(10);
  });
});
