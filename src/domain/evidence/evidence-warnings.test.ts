import { describe, expect, it } from 'vitest';
import { evidenceWarning, evidenceWarnings } from './evidence-warnings.ts';

const doc = (validTo: string | null, id = 'e1') => ({ id, title: 'Giấy ATTP', validTo });
const today = '2026-06-01';

describe('evidenceWarning', () => {
  it.each([
    // validTo, decision deadline, expected kind
    [null, '2026-12-31', null],
    ['2026-05-31', '2026-12-31', 'expired'],
    ['2026-05-31', null, 'expired'],
    ['2026-06-01', '2026-12-31', 'expires_before_decision'], // valid today, lapses before the decision
    ['2026-12-30', '2026-12-31', 'expires_before_decision'],
    ['2026-12-31', '2026-12-31', null], // valid on the decision day itself
    ['2027-06-01', '2026-12-31', null],
    ['2026-07-01', null, null], // no round: only 'expired'
  ])('validTo %s, decision %s → %s', (validTo, decisionDeadline, kind) => {
    expect(evidenceWarning(doc(validTo), { decisionDeadline, today })?.kind ?? null).toBe(kind);
  });

  it('writes the dates the Vietnamese way', () => {
    const expired = evidenceWarning(doc('2026-05-31'), { decisionDeadline: null, today });
    expect(expired?.message).toBe(
      'Tài liệu "Giấy ATTP" đã hết hiệu lực từ ngày 31/05/2026; cần bổ sung bản còn hiệu lực.',
    );
    const lapsing = evidenceWarning(doc('2026-09-30'), { decisionDeadline: '2026-11-15', today });
    expect(lapsing).toMatchObject({
      evidenceId: 'e1',
      kind: 'expires_before_decision',
      validTo: '2026-09-30',
    });
    expect(lapsing?.message).toContain('hết hiệu lực ngày 30/09/2026, trước hạn ra quyết định');
    expect(lapsing?.message).toContain('(15/11/2026)');
  });
});

describe('evidenceWarnings', () => {
  it('warns once per document, in order, skipping those without a problem', () => {
    const documents = [
      doc('2026-01-01', 'a'),
      doc('2030-01-01', 'b'),
      doc('2026-01-01', 'a'),
      doc('2026-07-01', 'c'),
    ];
    const warnings = evidenceWarnings(documents, { decisionDeadline: '2026-12-31', today });
    expect(warnings.map((w) => [w.evidenceId, w.kind])).toEqual([
      ['a', 'expired'],
      ['c', 'expires_before_decision'],
    ]);
  });

  it('returns nothing for an empty list', () => {
    expect(evidenceWarnings([], { decisionDeadline: '2026-12-31', today })).toEqual([]);
  });
});
