// Splits a one-line Vietnamese address ("Xã Thông Hòa, huyện Cầu Kè, tỉnh Trà Vinh", "thôn X, xã Y, huyện Z",
// "Phường 1, TP Trà Vinh, Trà Vinh", "Phường Bến Nghé, Quận 1, TP.HCM") into commune / district / province,
// reading the parts from the right by their unit words:
// - commune: xã, phường, thị trấn, đặc khu (ends the walk; what is left of it is the street/village);
// - district: huyện, quận, thị xã, and "thành phố" unless it is a centrally governed city;
// - province: tỉnh, a centrally governed "thành phố", or a bare last part ("…, Trà Vinh").
// The parts keep the spelling of the input (unit word included); the resolver matches them later.

import { foldName, splitUnitPrefix } from '../admin-units/normalize-name.ts';

export interface AddressParts {
  readonly commune: string | null;
  readonly district: string | null;
  readonly province: string | null;
  /** What is left of the commune part: house number, street, village (thôn, ấp, bản…). */
  readonly rest: string | null;
}

type Level = 'commune' | 'district' | 'province' | 'city';

const LEVEL_OF_TYPE: Readonly<Record<string, Level>> = {
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'commune',
  'dac khu': 'commune',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho': 'city',
  tinh: 'province',
};

/** Centrally governed cities (folded), which are provinces, not districts. */
const CENTRAL_CITIES: ReadonlySet<string> = new Set([
  'ha noi',
  'ho chi minh',
  'hcm',
  'hai phong',
  'da nang',
  'can tho',
  'hue',
  'dong nai',
]);

const COUNTRY = /^(viet nam|vn|vietnam)$/;

interface PartLevel {
  readonly level: Level | null;
  readonly rest: string;
}

// Parts such as "huyện Cầu Kè" or "tỉnh Trà Vinh" repeat on most rows of a sheet.
const levelMemo = new Map<string, PartLevel>();
const LEVEL_MEMO_LIMIT = 5000;

function levelOf(part: string): PartLevel {
  const known = levelMemo.get(part);
  if (known !== undefined) return known;
  const computed = computeLevel(part);
  if (levelMemo.size < LEVEL_MEMO_LIMIT) levelMemo.set(part, computed);
  return computed;
}

function computeLevel(part: string): PartLevel {
  const folded = foldName(part);
  const { type, rest } = splitUnitPrefix(folded);
  const compact = folded.replace(/^tp ?hcm$/, 'thanh pho hcm');
  if (compact !== folded) return { level: 'city', rest: 'hcm' };
  return { level: type === null ? null : (LEVEL_OF_TYPE[type] ?? null), rest };
}

const UNIT_WORD = /(^|\s)(thị trấn|thị xã|thành phố|đặc khu|phường|huyện|quận|tỉnh|xã|tp\.?)\s+/giu;

/** Splits a part without commas before each unit word that starts a name ("xã Y huyện Z tỉnh W"). */
function splitOnUnitWords(text: string): string[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(UNIT_WORD)) {
    const start = (m.index ?? 0) + (m[1]?.length ?? 0);
    const next = text[(m.index ?? 0) + m[0].length] ?? '';
    if (start > 0 && /[\p{Lu}\d]/u.test(next)) cuts.push(start);
  }
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function addressParts(text: string): string[] {
  const parts = text
    .split(/[,;\n]|\s[-–]\s/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  while (parts.length > 1 && COUNTRY.test(foldName(parts[parts.length - 1] ?? ''))) parts.pop();
  return parts.length === 1 ? splitOnUnitWords(parts[0] ?? '') : parts;
}

/** See the header. Unrecognised text leaves the fields null. */
export function splitAddress(text: string): AddressParts {
  const parts = addressParts(text.normalize('NFC'));
  const found: { commune: string | null; district: string | null; province: string | null } = {
    commune: null,
    district: null,
    province: null,
  };
  // What may still be found: 0 = province, 1 = district, 2 = commune only.
  let stage = 0;
  let used = parts.length;
  const levels = parts.map(levelOf);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const { level, rest } = levels[i] ?? { level: null, rest: '' };
    const left = levels[i - 1]?.level ?? null;
    if (level === 'commune') {
      found.commune = part;
      used = i;
      break;
    }
    if (level === 'district' && stage <= 1) {
      found.district = part;
      stage = 2;
    } else if ((level === 'province' || (level === null && CENTRAL_CITIES.has(rest))) && stage === 0) {
      found.province = part;
      stage = 1;
    } else if (level === 'city' && stage === 0 && (CENTRAL_CITIES.has(rest) || left === 'district')) {
      found.province = part;
      stage = 1;
    } else if (level === 'city' && stage <= 1) {
      found.district = part;
      stage = 2;
    } else if (level === null && stage === 0 && i === parts.length - 1 && parts.length > 1) {
      found.province = part;
      stage = 1;
    } else if (level === null && stage === 1 && left === 'commune') {
      found.district = part;
      stage = 2;
    } else {
      break;
    }
    used = i;
  }
  const rest = parts.slice(0, used).join(', ');
  return { ...found, rest: rest === '' ? null : rest };
}
