import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { fieldErrorsOf, fieldKey, unplacedErrors } from './field-errors';

describe('fieldKey', () => {
  it('drops the location prefix and array indexes', () => {
    expect(fieldKey('body.taxCode')).toBe('taxCode');
    expect(fieldKey('body.saleChannels.2')).toBe('saleChannels');
    expect(fieldKey('query.q')).toBe('q');
    expect(fieldKey('name')).toBe('name');
  });
});

describe('fieldErrorsOf', () => {
  it('groups problem errors by field without duplicates', () => {
    const error = new ApiError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ', [
      { field: 'body.taxCode', message: 'Sai mã số thuế' },
      { field: 'body.saleChannels.0', message: 'Sai liên kết' },
      { field: 'body.saleChannels.1', message: 'Sai liên kết' },
      { field: 'body', message: 'Không có gì để cập nhật' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ taxCode: ['Sai mã số thuế'], saleChannels: ['Sai liên kết'] });
  });

  it('is empty for other errors', () => {
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
    expect(fieldErrorsOf(new ApiError(500, 'INTERNAL', ''))).toEqual({});
  });
});

describe('unplacedErrors', () => {
  it('lists messages of fields the form does not show', () => {
    expect(unplacedErrors({ name: ['a'], issuingLevel: ['b'] }, ['name'])).toEqual(['issuingLevel: b']);
  });
});
