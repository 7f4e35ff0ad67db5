import { describe, expect, it } from 'vitest';
import { guessProductSet } from './guess-product-set.ts';

type Expected = [id: number | null, confidence: 'high' | 'low'];

// 40 product names of shared/data/ocop-products-sample.csv, each checked by hand against the Decision
// 26/2026 product sets (data/criteria/decision-26-2026.json). 'low' where the name alone does not settle it.
const SAMPLE: [string, ...Expected][] = [
  ['Khô ếch Minh Nhựt', 8, 'high'],
  ['Cam sành', 1, 'high'],
  ['Chả ốc bươu', 8, 'high'],
  ['Bún sạch Tam Ngãi', 6, 'high'],
  ['Mứt chuối tá quạ', 7, 'high'],
  ['Trái chôm chôm tươi', 1, 'high'],
  ['Củ cải muối Chịt Sa', 7, 'high'],
  ['Ca cao cà phê', 13, 'high'],
  ['Chuối tá quạ sấy Ánh Dương', 7, 'high'],
  ['Lươn phi lê Thiện Nhân', 2, 'high'],
  ['Thủ công mỹ nghệ Thạch Su', 21, 'low'],
  ['Mật hoa dừa', 4, 'high'],
  ['Nước mắm Phú Quốc Khải Hoàn 40 độ đạm', 9, 'high'],
  ['Bộ bát đĩa hoa sen đỏ', 21, 'high'],
  ['Trà lài', 11, 'low'],
  ['Trà đen', 11, 'high'],
  ['Cao ống Atiso', 18, 'high'],
  ['Gạo sạch Liên Hưng (OM 5451)', 3, 'high'],
  ['Bột Chuối xiêm', 7, 'high'],
  ['Lạp Xưởng Mỹ Yến', 8, 'high'],
  ['Siro khóm Huy Minh', 17, 'high'],
  ['Trà mãng cầu xiêm – Nhan Hà', 12, 'high'],
  ['Rượu gấc Ng7', 15, 'high'],
  ['Rượu mú từn', 14, 'high'],
  ['Đông trùng hạ thảo tươi Lion', 18, 'low'],
  ['Cá thát lát tẩm gia vị', 8, 'high'],
  ['Cá thát lát rút xương', 2, 'high'],
  ['Chè Shan tuyết Cổng Thành', 11, 'high'],
  ['Trà túi lọc giảo cổ lam', 12, 'high'],
  ['Nhóm gương mây tre', 21, 'high'],
  ['Sà rông', 22, 'high'],
  ['Nước khoáng thiên nhiên SM', 16, 'high'],
  ['Tổ Yến Sào', 4, 'high'],
  ['Chè lam Phủ Quảng', 6, 'high'],
  ['Lá xông hơi cảm lạnh', 20, 'low'],
  ['Tinh dầu quế Nậm Đét', 20, 'high'],
  ['Đế Gò Đen 41%', 14, 'high'],
  ['Thực phẩm bảo vệ sức khỏe SAPHRATON', 18, 'high'],
  ['Tấm trải trang trí Thổ cẩm', 22, 'low'],
  ['Nước rửa chén sinh học', null, 'low'],
];

describe('guessProductSet on sample product names', () => {
  it.each(SAMPLE)('%s → %s (%s)', (name, id, confidence) => {
    const guess = guessProductSet(name, null);
    expect([guess.productSetId, guess.confidence]).toEqual([id, confidence]);
    expect(guess.reason).not.toBe('');
  });
});

describe('guessProductSet rules', () => {
  it.each<[string, ...Expected]>([
    ['Chè xanh Tân Cương', 11, 'high'],
    ['Trà hoa vàng Ba Chẽ', 12, 'high'],
    ['Trà gừng', 12, 'high'],
    ['Rượu nếp cẩm', 15, 'high'],
    ['Rượu vang sim', 15, 'high'],
    ['Rượu ngô men lá', 14, 'high'],
    ['Nước mắm cá cơm', 9, 'high'],
    ['Xì dầu', 9, 'high'],
    ['Muối tôm Tây Ninh', 10, 'high'],
    ['Tỏi Lý Sơn', 10, 'high'],
    ['Hồ tiêu Chư Sê', 10, 'high'],
    ['Xoài sấy dẻo', 7, 'high'],
    ['Nước ép thanh long', 17, 'high'],
    ['Tinh dầu sả chanh', 20, 'high'],
    ['Thịt trâu gác bếp', 8, 'high'],
    ['Thịt bò tươi', 2, 'high'],
    ['Bánh phở khô', 6, 'high'],
    ['Xà phòng thảo dược', 19, 'high'],
    ['Nón lá Huế', 21, 'high'],
    ['Lụa tơ tằm Vạn Phúc', 22, 'high'],
    ['Hoa lan hồ điệp', 23, 'high'],
    ['Bonsai mini', 24, 'high'],
    ['Cá cảnh Koi', 25, 'high'],
    ['Homestay Pù Luông', 26, 'high'],
    ['Vải thiều Thanh Hà', 1, 'high'],
    ['Gạo ST25 Trà Vinh', 3, 'high'],
    ['Hải Tình Coffee', 13, 'low'],
  ])('%s → %s (%s)', (name, id, confidence) => {
    const guess = guessProductSet(name);
    expect([guess.productSetId, guess.confidence]).toEqual([id, confidence]);
  });

  it('tells accented words apart: cam (orange) / cẩm / cảm, cá (fish) / cà', () => {
    expect(guessProductSet('Thổ cẩm dệt tay').productSetId).toBe(22);
    expect(guessProductSet('Cà phê Cầu Đất').productSetId).toBe(13);
    expect(guessProductSet('Cá lóc đồng').productSetId).toBe(2);
  });

  it('matches names typed without accents; an accent-exact key then gives only a low guess', () => {
    expect(guessProductSet('Nuoc mam Phu Quoc')).toMatchObject({ productSetId: 9, confidence: 'high' });
    expect(guessProductSet('Ca phe bot')).toMatchObject({ productSetId: 13, confidence: 'high' });
    expect(guessProductSet('Mat ong rung')).toMatchObject({ productSetId: 4, confidence: 'high' });
    expect(guessProductSet('Cam sanh')).toMatchObject({ productSetId: 1, confidence: 'low' });
    expect(guessProductSet('Ca loc dong')).toMatchObject({ productSetId: 2, confidence: 'low' });
  });

  it('does not take the place name "Trà Vinh" for tea', () => {
    expect(guessProductSet('Đặc sản Trà Vinh').productSetId).toBeNull();
  });

  it('explains the guess in Vietnamese', () => {
    expect(guessProductSet('Nước mắm Cửa Khe').reason).toBe(
      'Tên có "Nước mắm": bộ 9 – Tương, nước mắm, gia vị dạng lỏng khác.',
    );
    expect(guessProductSet('Sản phẩm X').reason).toBe(
      'Không nhận ra loại sản phẩm từ tên; hãy chọn bộ sản phẩm.',
    );
  });
});

describe('guessProductSet with a product group text', () => {
  it.each<[string, string, ...Expected]>([
    ['Chè búp tím Thanh Ba', 'Thực phẩm', 11, 'high'],
    ['Điểm du lịch cộng đồng Cồn Chim', 'Dịch vụ du lịch nông thôn, bán hàng', 26, 'high'],
    ['Cồn Chim', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 26, 'high'],
    ['Dầu dừa nguyên chất Kokofi', 'Dược liệu và sản phẩm từ dược liệu', 20, 'low'],
    ['Gừng sẻ', 'Dược liệu và sản phẩm từ dược liệu', 20, 'low'],
    ['Nước đông trùng hạ thảo', 'Dược liệu và sản phẩm từ dược liệu', 18, 'low'],
    ['Trà gừng', 'Đồ uống', null, 'low'],
    ['Sản phẩm X', 'Chè tươi, chè chế biến', 11, 'high'],
    ['Trà hoa vàng', 'Chè tươi, chè chế biến', 11, 'low'],
    ['Rượu X', 'Đồ uống có cồn', 14, 'high'],
    ['Giỏ tre', 'Thủ công mỹ nghệ', 21, 'high'],
    ['Sản phẩm X', 'Sinh vật cảnh', null, 'low'],
    ['Cam sành', 'Nhóm lạ', 1, 'high'],
  ])('%s + "%s" → %s (%s)', (name, group, id, confidence) => {
    const guess = guessProductSet(name, group);
    expect([guess.productSetId, guess.confidence]).toEqual([id, confidence]);
  });
});
