import { describe, expect, it } from 'vitest';
import type { ImportFieldInfo, ImportSummary } from '../../api/types';
import {
  assignColumn,
  checkImportFile,
  columnLetter,
  columnTargets,
  mappingFromTargets,
  missingRequired,
  outcomeCount,
  progressPercent,
  setResolution,
  wizardStep,
} from './import-state';

const fields: ImportFieldInfo[] = [
  { field: 'productName', label: 'Tên sản phẩm', required: true },
  { field: 'producerName', label: 'Tên chủ thể', required: true },
  { field: 'province', label: 'Tỉnh/thành phố', required: true },
  { field: 'stars', label: 'Hạng sao', required: false },
];

describe('checkImportFile', () => {
  it('accepts .xlsx and .csv up to 10 MB', () => {
    expect(checkImportFile({ name: 'ds-ocop-2023.XLSX', size: 2048 })).toBeNull();
    expect(checkImportFile({ name: 'a.csv', size: 1 })).toBeNull();
    expect(checkImportFile({ name: 'a.pdf', size: 1 })).toBe('type');
    expect(checkImportFile({ name: 'a.csv', size: 0 })).toBe('empty');
    expect(checkImportFile({ name: 'a.csv', size: 10 * 1024 * 1024 + 1 })).toBe('size');
  });
});

describe('progressPercent', () => {
  it('rounds down and handles missing progress', () => {
    expect(progressPercent({ done: 1, total: 3 })).toBe(33);
    expect(progressPercent({ done: 5, total: 5 })).toBe(100);
    expect(progressPercent({ done: 0, total: 0 })).toBe(0);
    expect(progressPercent(null)).toBe(0);
  });
});

describe('wizardStep', () => {
  it('follows the batch status unless the user opened the mapping', () => {
    expect(wizardStep(null, null)).toBe('upload');
    expect(wizardStep({ status: 'uploaded' }, null)).toBe('mapping');
    expect(wizardStep({ status: 'uploaded' }, false)).toBe('preview');
    expect(wizardStep({ status: 'previewed' }, null)).toBe('preview');
    expect(wizardStep({ status: 'previewed' }, true)).toBe('mapping');
    expect(wizardStep({ status: 'committing' }, null)).toBe('commit');
    expect(wizardStep({ status: 'committed' }, null)).toBe('commit');
    expect(wizardStep({ status: 'failed' }, null)).toBe('failed');
  });
});

describe('column mapping', () => {
  const batch = {
    columns: [
      { index: 0, header: 'STT', field: null },
      { index: 1, header: 'product_name', field: 'productName' },
      { index: 2, header: 'subject_name', field: 'producerName' },
    ],
    mapping: { productName: 1, producerName: 2, province: null, stars: null },
  };

  it('inverts the guessed mapping', () => {
    expect(columnTargets(batch)).toEqual({ 0: '', 1: 'productName', 2: 'producerName' });
  });

  it('moves a field to its new column and builds the PUT mapping', () => {
    const targets = assignColumn(columnTargets(batch), 0, 'productName');
    expect(targets).toEqual({ 0: 'productName', 1: '', 2: 'producerName' });
    expect(mappingFromTargets(fields, targets)).toEqual({
      productName: 0,
      producerName: 2,
      province: null,
      stars: null,
    });
  });

  it('reports required fields without a column; a default province counts', () => {
    const targets = columnTargets(batch);
    expect(missingRequired(fields, targets, '').map((f) => f.field)).toEqual(['province']);
    expect(missingRequired(fields, targets, '86')).toEqual([]);
  });
});

describe('columnLetter', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('outcomeCount / setResolution', () => {
  it('reads the summary key of an outcome', () => {
    const summary = { needsChoice: 2, duplicateInFile: 1 } as ImportSummary;
    expect(outcomeCount(summary, 'needs_choice')).toBe(2);
    expect(outcomeCount(summary, 'duplicate_in_file')).toBe(1);
  });

  it('adds and removes a row resolution', () => {
    const added = setResolution({}, 7, '29350');
    expect(added).toEqual({ '7': '29350' });
    expect(setResolution(added, 7, '')).toEqual({});
  });
});
