// Producer types (chủ thể OCOP), Decision 26/2026/QĐ-TTg, Điều 2 khoản 3 (verbatim): "hợp tác xã; tổ hợp tác;
// doanh nghiệp nhỏ và vừa; trang trại, hộ sản xuất, hộ gia đình có đăng ký kinh doanh. Đối với nhóm sản phẩm
// dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch bao gồm thêm: hội, hiệp hội, trung tâm điều
// hành hoặc tổ chức tương đương." The tourism group is product set 26 (shared/data/criteria/README.md).
// "Hộ sản xuất" and "hộ gia đình có đăng ký kinh doanh" are one type here: the score sheets (criterion 3.1)
// and the sample data treat them alike. "Liên hiệp hợp tác xã" is not in the list; it is guessed as a
// cooperative, flagged ambiguous.

import { foldName } from '../admin-units/normalize-name.ts';
import { canonicalWords } from './name-key.ts';
import { fail, ok, type Result } from './result.ts';

export const TOURISM_PRODUCT_SET_ID = 26;

export const PRODUCER_TYPES = [
  { code: 'cooperative', labelVi: 'Hợp tác xã', labelEn: 'Cooperative', tourismOnly: false },
  { code: 'cooperative_group', labelVi: 'Tổ hợp tác', labelEn: 'Cooperative group', tourismOnly: false },
  {
    code: 'sme',
    labelVi: 'Doanh nghiệp nhỏ và vừa',
    labelEn: 'Small or medium-sized enterprise',
    tourismOnly: false,
  },
  { code: 'farm', labelVi: 'Trang trại', labelEn: 'Farm', tourismOnly: false },
  {
    code: 'household',
    labelVi: 'Hộ sản xuất, hộ gia đình có đăng ký kinh doanh',
    labelEn: 'Production household or registered household business',
    tourismOnly: false,
  },
  { code: 'society', labelVi: 'Hội', labelEn: 'Society', tourismOnly: true },
  { code: 'association', labelVi: 'Hiệp hội', labelEn: 'Association', tourismOnly: true },
  {
    code: 'operating_centre',
    labelVi: 'Trung tâm điều hành',
    labelEn: 'Operating centre',
    tourismOnly: true,
  },
  {
    code: 'equivalent_organisation',
    labelVi: 'Tổ chức tương đương',
    labelEn: 'Equivalent organisation',
    tourismOnly: true,
  },
] as const;

export type ProducerType = (typeof PRODUCER_TYPES)[number];
export type ProducerTypeCode = ProducerType['code'];

export const producerType = (code: ProducerTypeCode): ProducerType =>
  PRODUCER_TYPES.find((t) => t.code === code) ?? PRODUCER_TYPES[0];

/** Whether a producer of this type may register a product of this set (1–26). */
export function checkProducerEligibility(code: ProducerTypeCode, productSetId: number): Result<ProducerType> {
  const type = producerType(code);
  if (type.tourismOnly && productSetId !== TOURISM_PRODUCT_SET_ID) {
    return fail(
      `Loại hình "${type.labelVi}" chỉ được đăng ký sản phẩm nhóm dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch.`,
      `"${type.labelEn}" may only register community/eco-tourism products (set 26).`,
    );
  }
  return ok(type);
}

export interface ProducerTypeGuess {
  readonly type: ProducerTypeCode;
  /** The wording that decided it, in canonical folded form ("htx", "cty tnhh", "co so"). */
  readonly matched: string;
  /** True when the wording does not settle the type (Cơ sở, Liên hiệp HTX, Chi nhánh alone): ask the user. */
  readonly ambiguous: boolean;
}

interface Rule {
  readonly words: readonly string[];
  readonly type: ProducerTypeCode;
  readonly ambiguous?: boolean;
  /** Only counts when nothing else matches ("Chi nhánh HTX …" is a cooperative). */
  readonly weak?: boolean;
  /** Only counts as the first word(s) of the name. */
  readonly atStart?: boolean;
}

// Per shared/data/SOURCES.md (`subject_type`): Công ty/CTCP/Cty/Chi nhánh/Nhà máy/Doanh nghiệp → enterprise;
// HTX/Hợp tác xã → cooperative; Tổ hợp tác; Hộ kinh doanh/Hộ SXKD/Hộ sản xuất → household; Cơ sở → household
// (ambiguous: SOURCES keeps "Cơ sở sản xuất" apart, but an unincorporated cơ sở is usually a household business).
// Matched on canonical words (see name-key.ts), so "Cty", "Công ty" and "CTCP" behave the same.
const RULES: readonly Rule[] = [
  { words: ['lhhtx'], type: 'cooperative', ambiguous: true },
  { words: ['htx'], type: 'cooperative' },
  { words: ['tht'], type: 'cooperative_group' },
  { words: ['ctcp'], type: 'sme' },
  { words: ['cty'], type: 'sme' },
  { words: ['dntn'], type: 'sme' },
  { words: ['doanh', 'nghiep'], type: 'sme' },
  { words: ['nha', 'may'], type: 'sme' },
  { words: ['chi', 'nhanh'], type: 'sme', ambiguous: true, weak: true },
  { words: ['hkd'], type: 'household' },
  { words: ['ho', 'sx'], type: 'household' },
  { words: ['ho', 'gia', 'dinh'], type: 'household' },
  { words: ['trang', 'trai'], type: 'farm' },
  { words: ['co', 'so'], type: 'household', ambiguous: true, atStart: true },
  { words: ['hiep', 'hoi'], type: 'association', atStart: true },
  { words: ['trung', 'tam', 'dieu', 'hanh'], type: 'operating_centre', atStart: true },
];

// "Hộ" and "Hội" fold to "ho"/"hoi" like the surname Hồ: recognised only with their diacritics, first word.
const ACCENTED_START: readonly (readonly [RegExp, ProducerTypeCode, string])[] = [
  [/^hộ(?=\s)/u, 'household', 'ho'],
  [/^hội(?=\s)/u, 'society', 'hoi'],
];

/** Guesses the producer type from the wording of its name (accent-insensitive except "Hộ"/"Hội"). */
export function guessProducerType(name: string): Result<ProducerTypeGuess> {
  const words = canonicalWords(foldName(name));
  let weakHit: ProducerTypeGuess | undefined;
  for (let i = 0; i < words.length; i++) {
    for (const rule of RULES) {
      if (rule.atStart === true && i !== 0) continue;
      if (!rule.words.every((w, k) => words[i + k] === w)) continue;
      const guess = { type: rule.type, matched: rule.words.join(' '), ambiguous: rule.ambiguous === true };
      if (rule.weak !== true) return ok(guess);
      weakHit ??= guess;
    }
  }
  if (weakHit !== undefined) return ok(weakHit);
  const lower = name.normalize('NFC').trim().toLowerCase();
  for (const [pattern, type, matched] of ACCENTED_START) {
    if (pattern.test(lower)) return ok({ type, matched, ambiguous: false });
  }
  return fail(
    'Không xác định được loại hình chủ thể từ tên; vui lòng chọn loại hình.',
    'The producer type cannot be told from the name; please choose it.',
  );
}
