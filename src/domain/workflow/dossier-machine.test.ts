import { describe, expect, it } from 'vitest';
import type { Capacity, DossierFacts } from './dossier-facts.ts';
import { allowedActions, planTransition, statesInTable } from './dossier-machine.ts';
import { DOSSIER_STATES, type DossierState, TERMINAL_STATES } from './dossier-states.ts';
import type { DossierAction } from './transitions.ts';

const FACTS: DossierFacts = {
  registrationType: 'first',
  councilMode: 'meeting',
  missing: [],
  hasForm03: true,
  hasReason: true,
  councilReady: true,
  scoring: { quorumMet: true, quorumText: '4/4', divergent: false, sheetCount: 4, total: 77, stars: 4 },
  provinceResult: { total: 77, stars: 4 },
  centralResult: null,
};
const facts = (changes: Partial<DossierFacts> = {}): DossierFacts => ({ ...FACTS, ...changes });
const scoring = (changes: Partial<NonNullable<DossierFacts['scoring']>>) => ({
  scoring: { ...(FACTS.scoring as NonNullable<DossierFacts['scoring']>), ...changes },
});

type Row = [DossierState, DossierAction, Capacity, Partial<DossierFacts>, DossierState | string];

// [state, action, who, facts, expected next state — or the guard's error code, or 'illegal']
const ROWS: Row[] = [
  ['draft', 'submit', 'producer', {}, 'commune_review'],
  ['draft', 'submit', 'producer', { missing: ['Mẫu 01: Tên đơn vị'] }, 'DOSSIER_INCOMPLETE'],
  ['draft', 'submit', 'commune', {}, 'illegal'],
  ['draft', 'withdraw', 'producer', {}, 'withdrawn'],
  ['commune_review', 'forward', 'commune', {}, 'province_review'],
  ['commune_review', 'forward', 'commune', { hasForm03: false }, 'FORM03_INCOMPLETE'],
  ['commune_review', 'forward', 'province_office', {}, 'illegal'],
  ['commune_review', 'return', 'commune', {}, 'returned_by_commune'],
  ['commune_review', 'return', 'commune', { hasReason: false }, 'REASON_REQUIRED'],
  ['returned_by_commune', 'submit', 'producer', {}, 'commune_review'],
  ['province_review', 'request_supplement', 'province_office', {}, 'supplement_requested'],
  ['province_review', 'request_supplement', 'province_office', { hasReason: false }, 'REASON_REQUIRED'],
  ['supplement_requested', 'submit', 'producer', {}, 'province_review'],
  ['province_review', 'reject', 'province_office', {}, 'rejected'],
  ['province_review', 'send_to_council', 'province_office', {}, 'council_scoring'],
  ['province_review', 'send_to_council', 'province_office', { councilReady: false }, 'COUNCIL_NOT_READY'],
  ['province_review', 'send_to_council', 'central_office', {}, 'illegal'],
  ['province_review', 'withdraw', 'producer', {}, 'withdrawn'],
  ['council_scoring', 'withdraw', 'producer', {}, 'illegal'],
  ['council_scoring', 'open_discussion', 'council_chair', {}, 'council_discussion'],
  ['council_scoring', 'open_discussion', 'province_office', {}, 'illegal'],
  ['council_scoring', 'finalize', 'council_chair', {}, 'DISCUSSION_REQUIRED'],
  ['council_scoring', 'finalize', 'council_chair', { councilMode: 'written' }, 'council_proposed'],
  [
    'council_scoring',
    'finalize',
    'council_chair',
    { councilMode: 'written', ...scoring({ divergent: true }) },
    'SCORES_DIVERGENT',
  ],
  [
    'council_scoring',
    'finalize',
    'council_chair',
    { councilMode: 'written', ...scoring({ quorumMet: false }) },
    'QUORUM_NOT_MET',
  ],
  [
    'council_scoring',
    'finalize',
    'council_chair',
    { councilMode: 'written', scoring: null },
    'QUORUM_NOT_MET',
  ],
  ['council_discussion', 'finalize', 'council_chair', {}, 'council_proposed'],
  ['council_discussion', 'finalize', 'council_chair', scoring({ divergent: true }), 'SCORES_DIVERGENT'],
  ['council_discussion', 'request_rescore', 'council_chair', {}, 'council_scoring'],
  ['council_proposed', 'prepare_decision', 'province_office', {}, 'decision_drafted'],
  ['council_proposed', 'prepare_decision', 'council_chair', {}, 'illegal'],
  ['decision_drafted', 'sign', 'province_signer', {}, 'recognised'],
  [
    'decision_drafted',
    'sign',
    'province_signer',
    { provinceResult: { total: 49.5, stars: 2 } },
    'not_recognised',
  ],
  // Band 4★ at 72 points but a star minimum failed: 3★ is still recognised.
  ['decision_drafted', 'sign', 'province_signer', { provinceResult: { total: 72, stars: 3 } }, 'recognised'],
  [
    'decision_drafted',
    'sign',
    'province_signer',
    { provinceResult: { total: 90, stars: 5 } },
    'central_review',
  ],
  [
    'decision_drafted',
    'sign',
    'province_signer',
    { provinceResult: { total: 89.99, stars: 4 } },
    'recognised',
  ],
  ['decision_drafted', 'sign', 'province_office', {}, 'illegal'],
  ['decision_drafted', 'sign', 'central_signer', {}, 'illegal'],
  // Sent back by the ministry: the province signs the central council's stars and does not nominate again.
  [
    'decision_drafted',
    'sign',
    'province_signer',
    { provinceResult: { total: 92, stars: 5 }, centralResult: { total: 84, stars: 4 } },
    'recognised',
  ],
  ['central_review', 'send_to_council', 'central_office', {}, 'central_scoring'],
  ['central_review', 'send_to_council', 'province_office', {}, 'illegal'],
  ['central_review', 'return_to_province', 'central_office', {}, 'returned_to_province'],
  ['central_review', 'return_to_province', 'central_office', { hasReason: false }, 'REASON_REQUIRED'],
  ['central_scoring', 'open_discussion', 'central_chair', {}, 'central_discussion'],
  ['central_scoring', 'open_discussion', 'council_chair', {}, 'illegal'],
  ['central_discussion', 'finalize', 'central_chair', scoring({ total: 93 }), 'central_proposed'],
  ['central_discussion', 'finalize', 'central_chair', scoring({ total: 90 }), 'central_proposed'],
  ['central_discussion', 'finalize', 'central_chair', scoring({ total: 89.99 }), 'returned_to_province'],
  [
    'central_discussion',
    'finalize',
    'central_chair',
    scoring({ total: 84, quorumMet: false }),
    'QUORUM_NOT_MET',
  ],
  [
    'central_scoring',
    'finalize',
    'central_chair',
    { councilMode: 'written', ...scoring({ total: 95 }) },
    'central_proposed',
  ],
  ['central_scoring', 'finalize', 'central_chair', scoring({ total: 95 }), 'DISCUSSION_REQUIRED'],
  ['central_proposed', 'prepare_decision', 'central_office', {}, 'central_decision_drafted'],
  ['central_decision_drafted', 'sign', 'central_signer', {}, 'recognised'],
  ['central_decision_drafted', 'sign', 'province_signer', {}, 'illegal'],
  ['returned_to_province', 'prepare_decision', 'province_office', {}, 'decision_drafted'],
  ['returned_to_province', 're_evaluate', 'province_office', {}, 'council_scoring'],
  ['recognised', 'withdraw', 'producer', {}, 'illegal'],
];

describe('dossier transition table', () => {
  it.each(ROWS)('%s + %s by %s (%j) → %s', (state, action, who, changes, expected) => {
    const plan = planTransition(state, action, [who], facts(changes));
    if (plan.ok) expect(plan.to).toBe(expected);
    else if (plan.kind === 'illegal') expect('illegal').toBe(expected);
    else expect(plan.failure.code).toBe(expected);
  });

  it('names the state and the actions allowed when a move is illegal', () => {
    const plan = planTransition('commune_review', 'submit', ['commune'], FACTS);
    expect(plan).toEqual({
      ok: false,
      kind: 'illegal',
      state: 'commune_review',
      allowedActions: ['return', 'forward'],
    });
  });

  it('lists actions per capacity; several capacities add up', () => {
    expect(allowedActions('draft', ['producer'])).toEqual(['submit', 'withdraw']);
    expect(allowedActions('draft', ['province_office'])).toEqual([]);
    expect(allowedActions('council_discussion', ['council_chair'])).toEqual(['request_rescore', 'finalize']);
    expect(allowedActions('province_review', ['province_office', 'producer'])).toEqual([
      'request_supplement',
      'reject',
      'send_to_council',
      'withdraw',
    ]);
  });

  it('reaches every state, and leaves every state but the terminal ones', () => {
    expect([...statesInTable()].sort()).toEqual([...DOSSIER_STATES].sort());
    for (const state of DOSSIER_STATES) {
      const leaves =
        DOSSIER_STATES.length > 0 &&
        (
          [
            'producer',
            'commune',
            'province_office',
            'province_signer',
            'council_chair',
            'central_office',
            'central_signer',
            'central_chair',
          ] as Capacity[]
        ).some((c) => allowedActions(state, [c]).length > 0);
      expect(leaves, state).toBe(!TERMINAL_STATES.includes(state));
    }
  });
});
