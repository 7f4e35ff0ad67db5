import { describe, expect, it } from 'vitest';
import { EVIDENCE_TYPES, evidenceTypeInfo, isEvidenceType } from './evidence-types.ts';

describe('EVIDENCE_TYPES', () => {
  it('has unique codes, and Vietnamese and English labels for each', () => {
    const codes = EVIDENCE_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const type of EVIDENCE_TYPES) {
      expect(type.label.length).toBeGreaterThan(3);
      expect(type.labelEn.length).toBeGreaterThan(3);
    }
  });

  it.each([
    ['food_safety_certificate', true],
    ['lab_test_report', true],
    ['ip_trademark', true],
    ['qms_certificate', true],
    ['business_registration', false],
    ['award', false],
    ['other', false],
  ])('%s expects an expiry: %s', (code, expected) => {
    expect(evidenceTypeInfo(code).expectsExpiry).toBe(expected);
  });

  it('labels the food-safety facility certificate as on Form 02', () => {
    expect(evidenceTypeInfo('food_safety_certificate').label).toBe(
      'Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
    );
  });

  it.each([
    ['award', true],
    ['other', true],
    ['passport', false],
    ['', false],
  ])('isEvidenceType(%j) → %s', (code, expected) => {
    expect(isEvidenceType(code)).toBe(expected);
  });

  it('reads an unknown code as "other"', () => {
    expect(evidenceTypeInfo('retired_type').code).toBe('other');
  });
});
