import { describe, expect, it } from 'vitest';
import { checkProducerEligibility, guessProducerType, PRODUCER_TYPES } from './producer-types.ts';

describe('PRODUCER_TYPES', () => {
  it('lists the five general and four tourism-only types of Điều 2.3, with unique codes', () => {
    expect(PRODUCER_TYPES.filter((t) => !t.tourismOnly).map((t) => t.code)).toEqual([
      'cooperative',
      'cooperative_group',
      'sme',
      'farm',
      'household',
    ]);
    expect(PRODUCER_TYPES.filter((t) => t.tourismOnly)).toHaveLength(4);
    expect(new Set(PRODUCER_TYPES.map((t) => t.code)).size).toBe(PRODUCER_TYPES.length);
  });
});

describe('checkProducerEligibility', () => {
  it.each([
    ['cooperative', 1, true],
    ['household', 26, true],
    ['association', 26, true],
    ['operating_centre', 26, true],
    ['association', 11, false],
    ['society', 1, false],
    ['equivalent_organisation', 25, false],
  ] as const)('%s for set %i → %s', (code, set, allowed) => {
    expect(checkProducerEligibility(code, set).ok).toBe(allowed);
  });
});

describe('guessProducerType', () => {
  it.each([
    ['Công ty TNHH Chè Shan Tuyết', 'sme', 'cty', false],
    ['CÔNG TY CỔ PHẦN NÔNG SẢN BẢO LÂM', 'sme', 'ctcp', false],
    ['CTCP Trà Đà Lạt', 'sme', 'ctcp', false],
    ['Cty TNHH MTV Mật ong', 'sme', 'cty', false],
    ['Doanh nghiệp tư nhân Đức Thành', 'sme', 'dntn', false],
    ['Nhà máy chè Mộc Châu', 'sme', 'nha may', false],
    ['Chi nhánh Công ty TNHH ABC', 'sme', 'cty', false],
    ['Chi nhánh HTX Nông nghiệp Tân Lập', 'cooperative', 'htx', false],
    ['Chi nhánh Tân Lập', 'sme', 'chi nhanh', true],
    ['HTX Chè Shan Tuyết', 'cooperative', 'htx', false],
    ['Hợp tác xã Nông nghiệp Dịch vụ Tân Lập', 'cooperative', 'htx', false],
    ['hop tac xa che tan cuong', 'cooperative', 'htx', false],
    ['Liên hiệp HTX Thương mại Tây Nguyên', 'cooperative', 'lhhtx', true],
    ['Tổ hợp tác Mây tre đan Phú Vinh', 'cooperative_group', 'tht', false],
    ['THT nuôi ong Bắc Sơn', 'cooperative_group', 'tht', false],
    ['Hộ kinh doanh Nguyễn Văn An', 'household', 'hkd', false],
    ['Hộ SXKD Lê Thị Hoa', 'household', 'ho sx', false],
    ['Hộ sản xuất Trần Văn Bình', 'household', 'ho sx', false],
    ['Hộ gia đình ông Lò Văn Sáng', 'household', 'ho gia dinh', false],
    ['Hộ ông Nguyễn Văn Tư', 'household', 'ho', false],
    ['Cơ sở sản xuất nước mắm Hưng Thịnh', 'household', 'co so', true],
    ['Co so banh trang Tuy Phong', 'household', 'co so', true],
    ['Trang trại bò sữa Hồng Hà', 'farm', 'trang trai', false],
    ['Hiệp hội du lịch cộng đồng Mai Châu', 'association', 'hiep hoi', false],
    ['Hội Nông dân xã Tả Van', 'society', 'hoi', false],
    ['Trung tâm điều hành du lịch Pù Luông', 'operating_centre', 'trung tam dieu hanh', false],
  ] as const)('%j → %s', (name, type, matched, ambiguous) => {
    expect(guessProducerType(name)).toEqual({ ok: true, value: { type, matched, ambiguous } });
  });

  it.each([
    'Nguyễn Văn An',
    'Hồ Văn Nam', // surname Hồ is not "Hộ"
    'Ho Van Nam', // without diacritics "Ho" cannot be told apart
    'Bánh tráng Tuy Phong có sở thích', // "co so" not at the start
    '',
  ])('%j → no guess', (name) => {
    expect(guessProducerType(name)).toMatchObject({ ok: false, message: expect.stringMatching(/loại hình/) });
  });
});
