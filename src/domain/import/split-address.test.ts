import { describe, expect, it } from 'vitest';
import { type AddressParts, splitAddress } from './split-address.ts';

const parts = (
  commune: string | null,
  district: string | null,
  province: string | null,
  rest: string | null = null,
): AddressParts => ({ commune, district, province, rest });

describe('splitAddress', () => {
  it.each([
    ['Xã Thông Hòa, huyện Cầu Kè, tỉnh Trà Vinh', parts('Xã Thông Hòa', 'huyện Cầu Kè', 'tỉnh Trà Vinh')],
    ['thôn X, xã Y, huyện Z', parts('xã Y', 'huyện Z', null, 'thôn X')],
    [
      'ấp Mỹ Văn, xã Thông Hòa, huyện Cầu Kè, Trà Vinh',
      parts('xã Thông Hòa', 'huyện Cầu Kè', 'Trà Vinh', 'ấp Mỹ Văn'),
    ],
    [
      'Số 12 đường Lê Lợi, Phường 1, TP Trà Vinh, tỉnh Trà Vinh',
      parts('Phường 1', 'TP Trà Vinh', 'tỉnh Trà Vinh', 'Số 12 đường Lê Lợi'),
    ],
    ['Phường 1, TP Trà Vinh, Trà Vinh', parts('Phường 1', 'TP Trà Vinh', 'Trà Vinh')],
    ['Phường Bến Nghé, Quận 1, TP.HCM', parts('Phường Bến Nghé', 'Quận 1', 'TP.HCM')],
    [
      'Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh',
      parts('Phường Bến Nghé', 'Quận 1', 'Thành phố Hồ Chí Minh'),
    ],
    ['xã Tân Lập, huyện Đan Phượng, Hà Nội', parts('xã Tân Lập', 'huyện Đan Phượng', 'Hà Nội')],
    [
      'Thị trấn Cầu Kè, huyện Cầu Kè, tỉnh Trà Vinh, Việt Nam',
      parts('Thị trấn Cầu Kè', 'huyện Cầu Kè', 'tỉnh Trà Vinh'),
    ],
    ['phường Tân An, thị xã Buôn Hồ, Đắk Lắk', parts('phường Tân An', 'thị xã Buôn Hồ', 'Đắk Lắk')],
    ['Xã Thông Hòa, tỉnh Vĩnh Long', parts('Xã Thông Hòa', null, 'tỉnh Vĩnh Long')],
    ['Đặc khu Phú Quốc, tỉnh An Giang', parts('Đặc khu Phú Quốc', null, 'tỉnh An Giang')],
    ['Phường Hòa Cường, Thành phố Đà Nẵng', parts('Phường Hòa Cường', null, 'Thành phố Đà Nẵng')],
    ['xã Y, Cầu Kè, Trà Vinh', parts('xã Y', 'Cầu Kè', 'Trà Vinh')],
    ['Xã Thông Hòa huyện Cầu Kè tỉnh Trà Vinh', parts('Xã Thông Hòa', 'huyện Cầu Kè', 'tỉnh Trà Vinh')],
    ['Ấp 3 xã Tân Phú huyện Châu Thành', parts('xã Tân Phú', 'huyện Châu Thành', null, 'Ấp 3')],
    ['Khóm 2 - Phường 5 - TP Sóc Trăng', parts('Phường 5', 'TP Sóc Trăng', null, 'Khóm 2')],
    ['X. Thông Hòa, H. Cầu Kè, T. Trà Vinh', parts('X. Thông Hòa', 'H. Cầu Kè', 'T. Trà Vinh')],
    ['huyện Cầu Kè', parts(null, 'huyện Cầu Kè', null)],
    ['Cầu Kè', parts(null, null, null, 'Cầu Kè')],
    ['', parts(null, null, null)],
  ])('%s', (text, expected) => {
    expect(splitAddress(text)).toEqual(expected);
  });
});
