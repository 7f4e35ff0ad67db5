import { describe, expect, it } from 'vitest';
import { type CouncilSeat, canSeeOthersSheets, isCouncilReady, quorumOf } from './council-rules.ts';
import type { DossierState } from './dossier-states.ts';

const seats = (members: number, extra: CouncilSeat[] = []): CouncilSeat[] => [
  { userId: 'chair', role: 'chair' },
  ...Array.from({ length: members }, (_, i): CouncilSeat => ({ userId: `m${i + 1}`, role: 'member' })),
  ...extra,
];

describe('quorum (default 75% of the scoring members, chair included)', () => {
  // [scoring members besides the chair, who submitted, percent, present, required, met]
  const rows: [number, string[], number, number, number, boolean][] = [
    [3, ['chair', 'm1', 'm2', 'm3'], 75, 4, 3, true],
    [3, ['chair', 'm1', 'm2'], 75, 3, 3, true],
    [3, ['chair', 'm1'], 75, 2, 3, false],
    [3, ['m1', 'm2', 'm3'], 75, 3, 3, false], // no chair
    [6, ['chair', 'm1', 'm2', 'm3', 'm4'], 75, 5, 6, false], // 5/7 = 71.4%
    [6, ['chair', 'm1', 'm2', 'm3', 'm4', 'm5'], 75, 6, 6, true], // 6/7 = 85.7%
    [3, ['chair', 'm1', 'm2'], 100, 3, 4, false],
    [4, ['chair', 'm1', 'm2'], 60, 3, 3, true],
  ];
  it.each(rows)(
    '%i members + chair, sheets of %j at %i%% → %i present, %i required, met %s',
    (n, submitted, percent, present, required, met) => {
      const quorum = quorumOf(seats(n), percent, new Set(submitted));
      expect(quorum).toMatchObject({ present, required, met, total: n + 1 });
    },
  );

  it('does not count secretaries and advisors, nor their sheets', () => {
    const council = seats(3, [
      { userId: 'sec', role: 'secretary' },
      { userId: 'adv', role: 'advisor' },
    ]);
    expect(quorumOf(council, 75, new Set(['chair', 'm1', 'sec', 'adv']))).toMatchObject({
      total: 4,
      present: 2,
      met: false,
    });
  });

  it('writes the standing in Vietnamese', () => {
    expect(quorumOf(seats(6), 75, new Set(['chair', 'm1', 'm2', 'm3', 'm4', 'm5'])).text).toBe(
      '6/7 thành viên (85,7%), cần tối thiểu 75% (6 người), có Chủ tịch Hội đồng',
    );
  });

  it('needs a chair and two scoring seats before a council takes dossiers', () => {
    expect(isCouncilReady(seats(1), 75)).toBe(true);
    expect(isCouncilReady(seats(0), 75)).toBe(false);
    expect(
      isCouncilReady(
        [
          { userId: 'a', role: 'member' },
          { userId: 'b', role: 'member' },
        ],
        75,
      ),
    ).toBe(false);
  });
});

describe('blind scoring', () => {
  const rows: [DossierState, 'province' | 'central', boolean, boolean, boolean][] = [
    ['council_scoring', 'province', true, true, false],
    ['council_scoring', 'province', false, false, false], // not even the office sees scores while blind
    ['council_discussion', 'province', true, false, false], // a member who has not scored
    ['council_discussion', 'province', true, true, true],
    ['council_discussion', 'province', false, false, true],
    ['council_proposed', 'province', true, true, true],
    ['recognised', 'province', false, false, true],
    ['central_scoring', 'province', false, false, true], // the province's sheets stay open at central level
    ['central_scoring', 'central', true, true, false],
    ['central_discussion', 'central', true, true, true],
  ];
  it.each(rows)(
    '%s, %s sheets, scoring member %s, has scored %s → sees others %s',
    (state, level, isScoringMember, hasSubmitted, sees) => {
      expect(canSeeOthersSheets(state, level, { isScoringMember, hasSubmitted })).toBe(sees);
    },
  );
});
