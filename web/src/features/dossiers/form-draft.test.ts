import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import type { DossierFormField } from '../../api/types';
import { displayValue, formErrors, fromDraft, toDraft } from './form-draft';

const field = (key: string, type: string): DossierFormField => ({
  key,
  vi: key,
  en: key,
  type,
  required: false,
});
const FIELDS = [
  field('name', 'text'),
  field('count', 'number'),
  field('papers', 'list'),
  field('ok', 'boolean'),
];

describe('form drafts', () => {
  it('turns stored values into input values', () => {
    expect(toDraft(FIELDS, { name: 'HTX', count: 5, papers: ['A', 'B'], ok: true })).toEqual({
      name: 'HTX',
      count: '5',
      papers: 'A\nB',
      ok: true,
    });
    expect(toDraft(FIELDS, null)).toEqual({ name: '', count: '', papers: '', ok: false });
  });

  it('types the values back, blanks as null', () => {
    expect(fromDraft(FIELDS, { name: ' HTX ', count: '7,5', papers: 'A\n\n B ', ok: false })).toEqual({
      name: 'HTX',
      count: 7.5,
      papers: ['A', 'B'],
      ok: false,
    });
    expect(fromDraft(FIELDS, { name: '', count: '', papers: '' })).toEqual({
      name: null,
      count: null,
      papers: null,
      ok: false,
    });
  });

  it('shows read-only values', () => {
    expect(displayValue(['A', 'B'])).toBe('A; B');
    expect(displayValue(null)).toBe('—');
    expect(displayValue(12)).toBe('12');
  });
});

describe('formErrors', () => {
  it('picks the messages of one form by field key', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { field: 'body.form01.phone', message: 'Sai kiểu' },
      { field: 'body.form02.revenue', message: 'Không phải số' },
    ]);
    expect(formErrors(error, '01')).toEqual({ phone: ['Sai kiểu'] });
    expect(formErrors(error, '02')).toEqual({ revenue: ['Không phải số'] });
    expect(formErrors(new Error('x'), '01')).toEqual({});
  });
});
