import { describe, expect, it } from 'vitest';
import { type DedupeInputRow, groupProducers } from './producer-dedupe.ts';

const row = (
  rowNumber: number,
  producerName: string,
  communeCode: string | null,
  taxCode: string | null = null,
): DedupeInputRow => ({ rowNumber, producerName, communeCode, taxCode });

const summary = (rows: DedupeInputRow[]) =>
  groupProducers(rows).map((g) => [g.key, g.rowNumbers, g.matchedBy]);

describe('groupProducers', () => {
  it('joins the same name key in the same commune', () => {
    const groups = groupProducers([
      row(5, 'HTX Chè Shan Tuyết', '00745'),
      row(6, 'Hợp tác xã chè Shan tuyết', '00745'),
      row(7, 'HTX Chè Shan Tuyết', '00748'),
    ]);
    expect(groups).toEqual([
      {
        key: 'xa:00745:htx che shan tuyet',
        rowNumbers: [5, 6],
        producerName: 'HTX Chè Shan Tuyết',
        taxCode: null,
        communeCode: '00745',
        matchedBy: ['nameInCommune'],
      },
      {
        key: 'xa:00748:htx che shan tuyet',
        rowNumbers: [7],
        producerName: 'HTX Chè Shan Tuyết',
        taxCode: null,
        communeCode: '00748',
        matchedBy: [],
      },
    ]);
  });

  it('joins the same tax code whatever the name and commune', () => {
    expect(
      summary([
        row(3, 'Công ty TNHH Minh Nhựt', '29245', '0100047516'),
        row(4, 'Cty Minh Nhựt (chi nhánh)', null, '0100047516'),
        row(9, 'Công ty cổ phần Minh Nhựt', '29245', '0100109106'),
      ]),
    ).toEqual([
      ['mst:0100047516', [3, 4], ['taxCode']],
      ['mst:0100109106', [9], []],
    ]);
  });

  it('never joins two different tax codes, even with the same name in the same commune', () => {
    expect(
      summary([
        row(2, 'HTX Thông Hòa', '29245', '0100047516'),
        row(3, 'HTX Thông Hòa', '29245', '0100109106'),
        row(4, 'Hợp tác xã Thông Hòa', '29245'),
      ]),
    ).toEqual([
      ['mst:0100047516', [2, 4], ['nameInCommune']],
      ['mst:0100109106', [3], []],
    ]);
  });

  it('chains tax code and name matches into one group', () => {
    expect(
      summary([
        row(2, 'HTX Thông Hòa', '29245', '0100047516'),
        row(3, 'Hợp tác xã Thông Hòa', '29245'),
        row(4, 'HTX Nông nghiệp Thông Hòa', null, '0100047516'),
      ]),
    ).toEqual([['mst:0100047516', [2, 3, 4], ['nameInCommune', 'taxCode']]]);
  });

  it('keeps rows without commune and tax code apart, and ignores empty names', () => {
    expect(
      summary([
        row(2, 'HTX Thông Hòa', null),
        row(3, 'HTX Thông Hòa', null),
        row(4, '', '29245'),
        row(5, '', '29245'),
      ]),
    ).toEqual([
      ['dong:2', [2], []],
      ['dong:3', [3], []],
      ['dong:4', [4], []],
      ['dong:5', [5], []],
    ]);
  });

  it('gives the same groups and keys whatever the order of the input', () => {
    const rows = [
      row(8, 'HTX Chè Shan Tuyết', '00745'),
      row(2, 'Hợp tác xã chè Shan tuyết', '00745', '0100047516'),
      row(5, 'Cty CP Trà Việt', '00745'),
      row(6, 'Công ty cổ phần Trà Việt', '00745'),
    ];
    const forward = groupProducers(rows);
    expect(groupProducers([...rows].reverse())).toEqual(forward);
    expect(forward.map((g) => [g.key, g.rowNumbers])).toEqual([
      ['mst:0100047516', [2, 8]],
      ['xa:00745:ctcp tra viet', [5, 6]],
    ]);
  });

  it('returns nothing for no rows', () => {
    expect(groupProducers([])).toEqual([]);
  });
});
