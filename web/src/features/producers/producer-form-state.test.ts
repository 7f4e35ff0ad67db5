import { describe, expect, it } from 'vitest';
import type { Producer } from '../../api/types';
import { emptyProducerForm, formToProducerBody, producerToForm } from './producer-form-state';

const producer: Producer = {
  id: '7f1c0a52-6b0e-4a8e-9a54-2f0e3d1c9b11',
  name: 'HTX Chè Shan Tuyết',
  type: 'cooperative',
  taxCode: '5100123456',
  representativeName: null,
  representativeGender: 'female',
  representativeEthnicity: 'Dao',
  commune: { code: '02245', name: 'Xã Thông Nguyên' },
  province: { code: '08', name: 'Tuyên Quang' },
  street: null,
  phone: null,
  email: null,
  website: null,
  isArchived: false,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('producer form state', () => {
  it('starts in the user scope', () => {
    expect(emptyProducerForm({ provinceCode: '08', communeCode: null })).toMatchObject({
      provinceCode: '08',
      communeCode: '',
    });
  });

  it('round-trips a producer, blanks as null', () => {
    const body = formToProducerBody(producerToForm(producer));
    expect(body).toEqual({
      name: 'HTX Chè Shan Tuyết',
      type: 'cooperative',
      taxCode: '5100123456',
      representativeName: null,
      representativeGender: 'female',
      representativeEthnicity: 'Dao',
      communeCode: '02245',
      street: null,
      phone: null,
      email: null,
      website: null,
    });
  });

  it('trims text and turns whitespace into null', () => {
    const values = { ...emptyProducerForm({ provinceCode: null, communeCode: null }), name: '  Hộ ông A ' };
    const body = formToProducerBody({ ...values, phone: '   ', representativeGender: '' });
    expect(body.name).toBe('Hộ ông A');
    expect(body.phone).toBeNull();
    expect(body.representativeGender).toBeNull();
  });
});
