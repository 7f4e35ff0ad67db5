// Keys for comparing producer (chủ thể) names, e.g. to warn about a duplicate registration ("same name in the
// same commune"): "HTX Chè Shan Tuyết" and "Hợp tác xã chè Shan tuyết" get the same key.
//
// producerNameKey = foldName (no accents/tones, "đ" → "d", lower case, punctuation → spaces, see
// admin-units/normalize-name.ts) + legal-form and common business words rewritten to one spelling
// ("Công ty cổ phần" / "Cty CP" / "CTCP" → "ctcp"). The key keeps the legal form, so an HTX and a company of
// the same name stay different; producerNameCore drops it for looser "possibly the same" matching.

import { foldName } from '../admin-units/normalize-name.ts';

/** [folded spellings, canonical words]; multi-word spellings are matched before shorter ones. */
const ALIASES: readonly (readonly [readonly string[], string])[] = [
  [['lien hiep hop tac xa', 'lien hiep htx', 'lhhtx'], 'lhhtx'],
  [['hop tac xa', 'htx', 'h t x'], 'htx'],
  [['to hop tac', 'tht'], 'tht'],
  [['cong ty co phan', 'cty co phan', 'cong ty cp', 'cty cp', 'ctcp'], 'ctcp'],
  [
    ['cong ty trach nhiem huu han', 'cty trach nhiem huu han', 'cong ty tnhh', 'cty tnhh', 'ctytnhh'],
    'cty tnhh',
  ],
  [['cong ty', 'cty'], 'cty'],
  [['trach nhiem huu han'], 'tnhh'],
  [['mot thanh vien'], 'mtv'],
  [['doanh nghiep tu nhan', 'dntn'], 'dntn'],
  [['ho kinh doanh', 'hkd'], 'hkd'],
  [['san xuat kinh doanh', 'sxkd'], 'sx kd'],
  [['thuong mai dich vu', 'tmdv'], 'tm dv'],
  [['san xuat thuong mai', 'sxtm'], 'sx tm'],
  [['xuat nhap khau'], 'xnk'],
  [['thuong mai'], 'tm'],
  [['dich vu'], 'dv'],
  [['san xuat'], 'sx'],
  [['kinh doanh'], 'kd'],
];

/** Canonical words that name a legal form (removed by producerNameCore). */
export const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set([
  'lhhtx',
  'htx',
  'tht',
  'ctcp',
  'cty',
  'tnhh',
  'mtv',
  'dntn',
  'hkd',
]);

const PHRASES = ALIASES.flatMap(([spellings, canonical]) =>
  spellings.map((s) => ({ words: s.split(' '), canonical: canonical.split(' ') })),
).sort((a, b) => b.words.length - a.words.length);

/** Rewrites folded words so that every legal-form spelling becomes its canonical form. */
export function canonicalWords(folded: string): string[] {
  const words = folded === '' ? [] : folded.split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const hit = PHRASES.find((p) => p.words.every((w, k) => words[i + k] === w));
    if (hit === undefined) {
      out.push(words[i] ?? '');
      i += 1;
    } else {
      out.push(...hit.canonical);
      i += hit.words.length;
    }
  }
  return out;
}

/** Accent-folded, lower-case, punctuation-free key with legal forms normalised. */
export function producerNameKey(name: string): string {
  return canonicalWords(foldName(name)).join(' ');
}

/** producerNameKey without legal-form words: "Công ty TNHH Chè Shan" → "che shan". */
export function producerNameCore(name: string): string {
  return canonicalWords(foldName(name))
    .filter((w) => !LEGAL_FORM_WORDS.has(w))
    .join(' ');
}
