import { describe, expect, it } from 'vitest';
import { reportUrl } from './programme';

const window = { asOf: '2026-06-30', from: '2026-01-01', to: '2026-06-30' };

describe('reportUrl', () => {
  it('links the workbook and the PDF of a province or of the country for the period shown', () => {
    expect(reportUrl('xlsx', '08', window)).toBe(
      '/api/v1/reports/workbook.xlsx?scope=province&provinceCode=08&from=2026-01-01&to=2026-06-30&asOf=2026-06-30',
    );
    expect(reportUrl('pdf', null, window)).toBe(
      '/api/v1/reports/summary.pdf?scope=national&from=2026-01-01&to=2026-06-30&asOf=2026-06-30',
    );
  });
});
