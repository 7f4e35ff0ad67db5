import { describe, expect, it } from 'vitest';
import { producerNameCore, producerNameKey } from './name-key.ts';

describe('producerNameKey — same producer, different spellings', () => {
  it.each([
    ['HTX Chè Shan Tuyết', 'Hợp tác xã chè Shan tuyết', 'htx che shan tuyet'],
    ['H.T.X  Chè Shan-Tuyết', 'HTX. CHÈ SHAN TUYẾT', null],
    ['Công ty TNHH Mật ong Bạc Hà', 'Cty TNHH mật ong Bạc Hà', 'cty tnhh mat ong bac ha'],
    ['Công ty Trách nhiệm hữu hạn Mật ong Bạc Hà', 'CTY.TNHH Mật Ong Bạc Hà', 'cty tnhh mat ong bac ha'],
    ['Công ty cổ phần Trà Đà Lạt', 'CTCP Trà Đà Lạt', 'ctcp tra da lat'],
    ['Cty CP Trà Đà Lạt', 'Công ty CP Trà Đà Lạt', 'ctcp tra da lat'],
    [
      'Công ty TNHH MTV Nông sản Sạch',
      'Công ty TNHH một thành viên nông sản sạch',
      'cty tnhh mtv nong san sach',
    ],
    ['Tổ hợp tác Mây tre đan Phú Vinh', 'THT mây tre đan Phú Vinh', 'tht may tre dan phu vinh'],
    ['Liên hiệp HTX Thương mại Dịch vụ', 'Liên hiệp hợp tác xã TM DV', 'lhhtx tm dv'],
    ['Hộ kinh doanh Nguyễn Văn An', 'HKD Nguyễn Văn An', 'hkd nguyen van an'],
    ['Hộ sản xuất kinh doanh Lê Thị Hoa', 'Hộ SXKD Lê Thị Hoa', 'ho sx kd le thi hoa'],
    ['Doanh nghiệp tư nhân Đức Thành', 'DNTN Đức Thành', 'dntn duc thanh'],
    ['Công ty TNHH Sản xuất Thương mại Xuất nhập khẩu Việt', 'Cty TNHH SXTM xuất nhập khẩu Việt', null],
  ])('%j ≡ %j', (a, b, key) => {
    expect(producerNameKey(a)).toBe(producerNameKey(b));
    if (key !== null) expect(producerNameKey(a)).toBe(key);
  });
});

describe('producerNameKey — different producers stay different', () => {
  it.each([
    ['HTX Chè Shan Tuyết', 'Công ty TNHH Chè Shan Tuyết'],
    ['Công ty cổ phần Trà Đà Lạt', 'Công ty TNHH Trà Đà Lạt'],
    ['HTX Chè Shan Tuyết', 'HTX Chè Shan Tuyết Bản Mế'],
    ['Tổ hợp tác Mây tre', 'Hợp tác xã Mây tre'],
  ])('%j ≠ %j', (a, b) => {
    expect(producerNameKey(a)).not.toBe(producerNameKey(b));
  });

  it('does not rewrite words inside other words', () => {
    expect(producerNameKey('HTX Hoptacxa Cty')).toBe('htx hoptacxa cty');
    expect(producerNameKey('')).toBe('');
  });
});

describe('producerNameCore', () => {
  it.each([
    ['Công ty TNHH Chè Shan Tuyết', 'che shan tuyet'],
    ['HTX Chè Shan Tuyết', 'che shan tuyet'],
    ['Công ty TNHH MTV Nông sản Sạch', 'nong san sach'],
    ['Hộ kinh doanh Nguyễn Văn An', 'nguyen van an'],
  ])('%j → %j', (name, core) => {
    expect(producerNameCore(name)).toBe(core);
  });
});
