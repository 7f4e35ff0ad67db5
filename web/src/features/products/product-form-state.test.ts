import { describe, expect, it } from 'vitest';
import {
  emptyCertificateForm,
  emptyProductForm,
  formToCertificateBody,
  formToCreateBody,
  formToUpdateBody,
  parseLines,
} from './product-form-state';

describe('parseLines', () => {
  it('keeps trimmed, non-blank lines (CRLF too)', () => {
    expect(parseLines(' https://shopee.vn/a \r\n\n  \nhttps://tiki.vn/b')).toEqual([
      'https://shopee.vn/a',
      'https://tiki.vn/b',
    ]);
    expect(parseLines('')).toEqual([]);
  });
});

describe('product bodies', () => {
  const values = {
    ...emptyProductForm({ id: 'p-1', name: 'HTX A' }),
    name: ' Chè Shan tuyết ',
    productSetId: '11',
    gtin: ' 8930000000019 ',
    saleChannels: 'https://postmart.vn/x\n',
  };

  it('creates with the producer and nulls for blanks', () => {
    expect(formToCreateBody(values)).toEqual({
      producerId: 'p-1',
      name: 'Chè Shan tuyết',
      productSetId: 11,
      gtin: '8930000000019',
      saleChannels: ['https://postmart.vn/x'],
      packaging: null,
      unit: null,
      description: null,
      story: null,
    });
  });

  it('updates without the producer', () => {
    expect(formToUpdateBody(values)).not.toHaveProperty('producerId');
  });

  it('sends 0 for a missing product set so the server reports the field', () => {
    expect(formToCreateBody({ ...values, productSetId: '' }).productSetId).toBe(0);
  });
});

describe('formToCertificateBody', () => {
  it('leaves validTo out when blank (server default: 36 months)', () => {
    const body = formToCertificateBody({ ...emptyCertificateForm(), stars: '4', validFrom: '2025-06-15' });
    expect(body).toEqual({
      stars: 4,
      validFrom: '2025-06-15',
      number: null,
      decisionNumber: null,
      decisionDate: null,
      authorityName: null,
    });
  });

  it('sends validTo when given', () => {
    const body = formToCertificateBody({
      ...emptyCertificateForm(),
      stars: '3',
      validFrom: '2024-01-01',
      validTo: '2026-12-31',
    });
    expect(body.validTo).toBe('2026-12-31');
  });
});
