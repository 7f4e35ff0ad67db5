import { describe, expect, it } from 'vitest';
import { FORM_FIELDS, formChanges, formProblems, missingFieldItems, missingFields } from './dossier-forms.ts';

describe('forms 01–03', () => {
  it('lists the blank required fields by label', () => {
    expect(missingFields('03', { localRawMaterials: 'Chè của xã', localLabour: '  ' })).toEqual([
      'Mẫu 03: Sử dụng lao động địa phương',
      'Mẫu 03: Nguồn gốc ý tưởng sản phẩm',
      'Mẫu 03: Tính đặc trưng, bản sắc địa phương',
      'Mẫu 03: Kết luận và kiến nghị của UBND xã',
    ]);
    expect(missingFields('01', null)).toHaveLength(FORM_FIELDS['01'].filter((f) => f.required).length);
  });

  it('names them in English too, for the English interface', () => {
    const items = missingFieldItems('03', { localRawMaterials: 'Chè của xã', localLabour: '  ' });
    expect(items[0]?.vi).toBe('Mẫu 03: Sử dụng lao động địa phương');
    expect(items.every((item) => /^Form 03: [A-Z]/.test(item.en) && !/[ạ-ỹ]/.test(item.en))).toBe(true);
    expect(items.map((item) => item.vi)).toEqual(missingFields('03', { localRawMaterials: 'Chè của xã' }));
  });

  it.each([
    ['01', { unitName: 'HTX' }, []],
    ['01', { sampleCount: '5' }, [['sampleCount', '"Sản phẩm mẫu (số lượng)" không đúng kiểu dữ liệu.']]],
    ['02', { foundedOn: '12/05/2019' }, [['foundedOn', '"Ngày thành lập" không đúng kiểu dữ liệu.']]],
    [
      '02',
      { legalPapers: ['ATTP', 3] },
      [['legalPapers', '"Giấy tờ pháp lý đã có" không đúng kiểu dữ liệu.']],
    ],
    ['02', { markets: null }, []],
    ['03', { colour: 'xanh' }, [['colour', 'Mẫu 03 không có mục "colour".']]],
  ] as const)('Form %s with %j → %j', (code, values, problems) => {
    expect(formProblems(code, values)).toEqual(problems);
  });

  it('reports what changed, field by field, in form order', () => {
    const changes = formChanges(
      '02',
      { markets: 'Hà Nội', revenue: 100 },
      { markets: 'Nhật Bản', revenue: 100, history: 'Mới' },
    );
    expect(changes.map((c) => [c.key, c.before, c.after])).toEqual([
      ['history', null, 'Mới'],
      ['markets', 'Hà Nội', 'Nhật Bản'],
    ]);
  });
});
