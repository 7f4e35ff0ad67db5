import { describe, expect, it } from 'vitest';
import type { SalePoint } from '../../api/types';
import {
  emptySalePointForm,
  formToSalePointBody,
  parseCoordinate,
  salePointToForm,
} from './sale-point-form-state';

const POINT: SalePoint = {
  id: '6d1f6f38-2a4c-4b59-9a43-0d3c1c7d0a11',
  slug: 'diem-ban-ocop-tuyen-quang',
  name: 'Điểm bán OCOP Tuyên Quang',
  address: '12 Đường 17/8',
  province: { code: '08', name: 'Tuyên Quang' },
  commune: { code: '02509', name: 'Phường Minh Xuân' },
  lat: 21.82,
  lon: 105.21,
  level: 'province',
  locationType: 'retail',
  phone: '+84912345678',
  openingHours: '7:00–21:00',
  website: null,
  recognisedBy: '123/QĐ-UBND',
  recognisedOn: '2026-01-15',
  isActive: true,
  productCount: 1,
  createdAt: '2026-01-15T02:00:00Z',
  updatedAt: '2026-01-15T02:00:00Z',
  products: [
    { id: 'b8f4b9f2-7c59-4f0e-9f9d-2d0f3a1e5c22', name: 'Chè', slug: 'che', stars: 4, status: 'valid' },
  ],
};

describe('sale point form state', () => {
  it('starts in the user’s province, active, with no products', () => {
    const values = emptySalePointForm({ provinceCode: '08', communeCode: null });
    expect(values.provinceCode).toBe('08');
    expect(values.isActive).toBe(true);
    expect(values.products).toEqual([]);
  });

  it('round-trips a sale point into the body the server takes', () => {
    expect(formToSalePointBody(salePointToForm(POINT))).toEqual({
      name: 'Điểm bán OCOP Tuyên Quang',
      address: '12 Đường 17/8',
      provinceCode: '08',
      communeCode: '02509',
      lat: 21.82,
      lon: 105.21,
      level: 'province',
      locationType: 'retail',
      phone: '+84912345678',
      openingHours: '7:00–21:00',
      website: null,
      recognisedBy: '123/QĐ-UBND',
      recognisedOn: '2026-01-15',
      isActive: true,
      productIds: ['b8f4b9f2-7c59-4f0e-9f9d-2d0f3a1e5c22'],
    });
  });

  it('turns blanks into null and reads a decimal comma', () => {
    const body = formToSalePointBody({
      ...emptySalePointForm({ provinceCode: null, communeCode: null }),
      lat: ' 21,5 ',
    });
    expect(body.lat).toBe(21.5);
    expect(body.lon).toBeNull();
    expect(body.communeCode).toBeNull();
    expect(body.recognisedOn).toBeNull();
    expect(parseCoordinate('abc')).toBeNaN();
  });
});
