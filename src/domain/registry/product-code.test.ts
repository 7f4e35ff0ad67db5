import { describe, expect, it } from 'vitest';
import { formatProductCode, parseProductCode } from './product-code.ts';

describe('formatProductCode', () => {
  it.each([
    [{ provinceCode: '01', communeCode: '00004', serial: 7, year: 2026 }, '01-00004-007-2026'],
    [{ provinceCode: '08', communeCode: '00691', serial: 1, year: 2026 }, '08-00691-001-2026'],
    [{ provinceCode: '82', communeCode: '28249', serial: 123, year: 2027 }, '82-28249-123-2027'],
    [{ provinceCode: '96', communeCode: '32248', serial: 1234, year: 2099 }, '96-32248-1234-2099'],
    [{ provinceCode: '79', communeCode: '25747', serial: 99_999, year: 2000 }, '79-25747-99999-2000'],
  ])('%j → %s', (parts, code) => {
    expect(formatProductCode(parts)).toEqual({ ok: true, value: code });
  });

  it.each([
    [{ provinceCode: '1', communeCode: '00004', serial: 7, year: 2026 }, /Mã tỉnh/],
    [{ provinceCode: '00', communeCode: '00004', serial: 7, year: 2026 }, /Mã tỉnh/],
    [{ provinceCode: 'HN', communeCode: '00004', serial: 7, year: 2026 }, /Mã tỉnh/],
    [{ provinceCode: '01', communeCode: '4', serial: 7, year: 2026 }, /Mã xã/],
    [{ provinceCode: '01', communeCode: '000004', serial: 7, year: 2026 }, /Mã xã/],
    [{ provinceCode: '01', communeCode: '00000', serial: 7, year: 2026 }, /Mã xã/],
    [{ provinceCode: '01', communeCode: '00004', serial: 0, year: 2026 }, /Số thứ tự/],
    [{ provinceCode: '01', communeCode: '00004', serial: -3, year: 2026 }, /Số thứ tự/],
    [{ provinceCode: '01', communeCode: '00004', serial: 1.5, year: 2026 }, /Số thứ tự/],
    [{ provinceCode: '01', communeCode: '00004', serial: 100_000, year: 2026 }, /Số thứ tự/],
    [{ provinceCode: '01', communeCode: '00004', serial: 7, year: 1999 }, /Năm/],
    [{ provinceCode: '01', communeCode: '00004', serial: 7, year: 2100 }, /Năm/],
    [{ provinceCode: '01', communeCode: '00004', serial: 7, year: 26 }, /Năm/],
  ])('%j is refused', (parts, message) => {
    const r = formatProductCode(parts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('parseProductCode', () => {
  it.each([
    ['01-00004-007-2026', '01', '00004', 7, 2026, '01-00004-007-2026'],
    ['01-00004-7-2026', '01', '00004', 7, 2026, '01-00004-007-2026'],
    ['01 - 00004 - 007 - 2026', '01', '00004', 7, 2026, '01-00004-007-2026'],
    ['01–00004–007–2026', '01', '00004', 7, 2026, '01-00004-007-2026'],
    ['82-28249-1234-2027', '82', '28249', 1234, 2027, '82-28249-1234-2027'],
    ['82-28249-00012-2027', '82', '28249', 12, 2027, '82-28249-012-2027'],
  ] as const)('%j → %s', (input, provinceCode, communeCode, serial, year, code) => {
    expect(parseProductCode(input)).toEqual({
      ok: true,
      value: { provinceCode, communeCode, serial, year, code },
    });
  });

  it.each([
    ['', /Chưa nhập/],
    ['01/00004/007/2026', /chỉ gồm chữ số/],
    ['HN-00004-007-2026', /chỉ gồm chữ số/],
    ['83-829-28249-3-2022', /mã cũ có cấp huyện/],
    ['01-00004-2026', /4 phần/],
    ['01-00004--2026', /4 phần/],
    ['01-00004-007-2026-1', /4 phần/],
    ['1-00004-007-2026', /Mã tỉnh/],
    ['01-4-007-2026', /Mã xã/],
    ['01-00004-000-2026', /Số thứ tự/],
    ['01-00004-123456-2026', /quá dài/],
    ['01-00004-007-26', /4 chữ số/],
    ['01-00004-007-1998', /2000 đến 2099/],
  ])('%j is refused', (input, message) => {
    const r = parseProductCode(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('round-trips with formatProductCode', () => {
    const parsed = parseProductCode('08-00691-42-2026');
    expect(parsed.ok && formatProductCode(parsed.value)).toEqual({ ok: true, value: '08-00691-042-2026' });
  });
});
