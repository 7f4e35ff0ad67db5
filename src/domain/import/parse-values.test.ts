import { describe, expect, it } from 'vitest';
import {
  findDate,
  type Parsed,
  parseDecisionDate,
  parseProductSetId,
  parseScore,
  parseStars,
  parseYear,
  starsForScore,
} from './parse-values.ts';

const outcome = <T>(parsed: Parsed<T> | null): T | 'error' | null =>
  parsed === null ? null : 'error' in parsed ? 'error' : parsed.value;

describe('parseStars', () => {
  it.each([
    ['3', 3],
    ['4', 4],
    ['5', 5],
    ['3.0', 3],
    ['3 sao', 3],
    ['3 Sao', 3],
    ['3*', 3],
    ['4 *', 4],
    ['3★', 3],
    ['★★★', 3],
    ['★★★★★', 5],
    ['⭐⭐⭐⭐', 4],
    ['Ba sao', 3],
    ['bốn sao', 4],
    ['Hạng 4 sao', 4],
    ['4 sao (tiềm năng 5 sao)', 4],
    ['5 sao (quốc gia)', 5],
    ['Đạt 3 sao', 3],
    ['1 sao', 'error'],
    ['2', 'error'],
    ['★★', 'error'],
    ['6 sao', 'error'],
    ['tiềm năng 5 sao', 'error'],
    ['Đề nghị 4 sao', 'error'],
    ['đạt', 'error'],
    ['3,5', 'error'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(parseStars(text))).toBe(expected);
  });

  it('explains why 1–2 stars are refused', () => {
    expect(parseStars('2 sao')).toEqual({
      error: 'Hạng 2 sao không được công nhận OCOP: chỉ nhập sản phẩm đạt 3, 4 hoặc 5 sao.',
    });
  });
});

describe('parseYear', () => {
  it.each([
    ['2023', 2023],
    ['2023.0', 2023],
    ['Năm 2021', 2021],
    [' 2000 ', 2000],
    ['2100', 2100],
    ['15/03/2023', 2023],
    ['1999', 'error'],
    ['2101', 'error'],
    ['23', 'error'],
    ['20233', 'error'],
    ['chưa rõ', 'error'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(parseYear(text))).toBe(expected);
  });
});

describe('parseDecisionDate / findDate', () => {
  it.each([
    ['15/3/2023', '2023-03-15'],
    ['05/06/2023', '2023-06-05'],
    ['5/6/2023', '2023-06-05'],
    ['5-6-2023', '2023-06-05'],
    ['05.06.2023', '2023-06-05'],
    ['2023-06-05', '2023-06-05'],
    ['ngày 5 tháng 6 năm 2023', '2023-06-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', 'error'],
    ['31/04/2023', 'error'],
    ['13/13/2023', 'error'],
    ['06/2023', 'error'],
    ['01/01/1999', 'error'],
    ['hôm qua', 'error'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(parseDecisionDate(text))).toBe(expected);
  });

  it('finds the date inside a decision number', () => {
    expect(findDate('348/QĐ-UBND ngày 15/3/2023 của UBND tỉnh')).toBe('2023-03-15');
    expect(findDate('348/QĐ-UBND')).toBeNull();
  });
});

describe('parseScore', () => {
  it.each([
    ['85', 85],
    ['85,5', 85.5],
    ['85.5', 85.5],
    ['72 điểm', 72],
    ['0', 0],
    ['100', 100],
    ['101', 'error'],
    ['-5', 'error'],
    ['khá', 'error'],
  ])('%s → %s', (text, expected) => {
    expect(outcome(parseScore(text))).toBe(expected);
  });

  it.each([
    [95, 5],
    [90, 5],
    [89.9, 4],
    [70, 4],
    [69.5, 3],
    [50, 3],
    [49, 2],
    [10, 1],
  ])('score %d is in the %d-star band', (score, stars) => {
    expect(starsForScore(score)).toBe(stars);
  });
});

describe('parseProductSetId', () => {
  it.each([
    ['11', 11],
    ['01', 1],
    ['Bộ 11', 11],
    ['Bộ sản phẩm 26', 26],
    ['11 - Chè tươi, chè chế biến', 11],
    ['0', 'error'],
    ['27', 'error'],
    ['Chè', null],
    ['I.5.a', null],
  ])('%s → %s', (text, expected) => {
    expect(outcome(parseProductSetId(text))).toBe(expected);
  });
});
