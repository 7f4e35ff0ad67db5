import type { Capacity, DossierFacts } from './dossier-facts.ts';
import { NOMINATION_MIN_POINTS } from './dossier-facts.ts';
import type { DossierState } from './dossier-states.ts';

export const DOSSIER_ACTIONS = [
  'submit',
  'withdraw',
  'return',
  'forward',
  'request_supplement',
  'reject',
  'send_to_council',
  'open_discussion',
  'request_rescore',
  'finalize',
  'prepare_decision',
  'sign',
  'return_to_province',
  're_evaluate',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Why a guard refused; `code` is a DomainError code. */
export type GuardFailure = Readonly<{ code: GuardCode; message: string }>;
export type GuardCode =
  | 'DOSSIER_INCOMPLETE'
  | 'REASON_REQUIRED'
  | 'FORM03_INCOMPLETE'
  | 'COUNCIL_NOT_READY'
  | 'QUORUM_NOT_MET'
  | 'SCORES_DIVERGENT'
  | 'DISCUSSION_REQUIRED';

type Guard = (facts: DossierFacts) => GuardFailure | null;

/**
 * One row of the table: in `from`, `by` may take `action` when `when` holds (rows of the same state and
 * action are alternatives picked by `when`), if every guard passes; the dossier then moves to `to`.
 */
export type Transition = Readonly<{
  from: DossierState;
  action: DossierAction;
  by: readonly Capacity[];
  when?: (facts: DossierFacts) => boolean;
  guards?: readonly Guard[];
  to: DossierState;
}>;

const complete: Guard = (f) =>
  f.missing.length === 0
    ? null
    : { code: 'DOSSIER_INCOMPLETE', message: `Hồ sơ còn thiếu: ${f.missing.join('; ')}.` };
const reason: Guard = (f) => (f.hasReason ? null : { code: 'REASON_REQUIRED', message: 'Cần ghi rõ lý do.' });
const form03: Guard = (f) =>
  f.hasForm03
    ? null
    : { code: 'FORM03_INCOMPLETE', message: 'Cần hoàn thành Báo cáo đánh giá của UBND xã (Mẫu 03).' };
const councilReady: Guard = (f) =>
  f.councilReady
    ? null
    : {
        code: 'COUNCIL_NOT_READY',
        message: 'Cần chọn Hội đồng đang hoạt động, có Chủ tịch và đủ thành viên chấm điểm.',
      };
const quorum: Guard = (f) =>
  f.scoring?.quorumMet
    ? null
    : {
        code: 'QUORUM_NOT_MET',
        message: `Chưa đủ số thành viên chấm điểm: ${f.scoring?.quorumText ?? 'chưa có phiếu nào'}.`,
      };
const converged: Guard = (f) =>
  f.scoring?.divergent
    ? {
        code: 'SCORES_DIVERGENT',
        message: 'Điểm các thành viên chênh nhau quá 10 điểm: Hội đồng thảo luận và chấm lại.',
      }
    : null;
const writtenOnly: Guard = (f) =>
  f.councilMode === 'written'
    ? null
    : {
        code: 'DISCUSSION_REQUIRED',
        message: 'Hội đồng họp: Chủ tịch mở phần thảo luận trước khi kết luận.',
      };

const total = (f: DossierFacts) => f.scoring?.total ?? 0;
/** The stars the province signs: the central council's when the ministry sent the product back. */
const signedStars = (f: DossierFacts) => (f.centralResult ?? f.provinceResult)?.stars ?? 0;
const nominates = (f: DossierFacts) =>
  f.centralResult === null && (f.provinceResult?.total ?? 0) >= NOMINATION_MIN_POINTS;

const BEFORE_COUNCIL: readonly DossierState[] = [
  'draft',
  'commune_review',
  'returned_by_commune',
  'province_review',
  'supplement_requested',
];

/** The whole workflow. Read top to bottom it is the procedure of Art. 7 (docs/adr/0011). */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', action: 'submit', by: ['producer'], guards: [complete], to: 'commune_review' },
  {
    from: 'returned_by_commune',
    action: 'submit',
    by: ['producer'],
    guards: [complete],
    to: 'commune_review',
  },
  { from: 'commune_review', action: 'return', by: ['commune'], guards: [reason], to: 'returned_by_commune' },
  { from: 'commune_review', action: 'forward', by: ['commune'], guards: [form03], to: 'province_review' },
  {
    from: 'province_review',
    action: 'request_supplement',
    by: ['province_office'],
    guards: [reason],
    to: 'supplement_requested',
  },
  {
    from: 'supplement_requested',
    action: 'submit',
    by: ['producer'],
    guards: [complete],
    to: 'province_review',
  },
  { from: 'province_review', action: 'reject', by: ['province_office'], guards: [reason], to: 'rejected' },
  {
    from: 'province_review',
    action: 'send_to_council',
    by: ['province_office'],
    guards: [councilReady],
    to: 'council_scoring',
  },
  { from: 'council_scoring', action: 'open_discussion', by: ['council_chair'], to: 'council_discussion' },
  { from: 'council_discussion', action: 'request_rescore', by: ['council_chair'], to: 'council_scoring' },
  {
    from: 'council_scoring',
    action: 'finalize',
    by: ['council_chair'],
    guards: [writtenOnly, quorum, converged],
    to: 'council_proposed',
  },
  {
    from: 'council_discussion',
    action: 'finalize',
    by: ['council_chair'],
    guards: [quorum, converged],
    to: 'council_proposed',
  },
  { from: 'council_proposed', action: 'prepare_decision', by: ['province_office'], to: 'decision_drafted' },
  {
    from: 'decision_drafted',
    action: 'sign',
    by: ['province_signer'],
    when: nominates,
    to: 'central_review',
  },
  {
    from: 'decision_drafted',
    action: 'sign',
    by: ['province_signer'],
    when: (f) => !nominates(f) && signedStars(f) >= 3,
    to: 'recognised',
  },
  {
    from: 'decision_drafted',
    action: 'sign',
    by: ['province_signer'],
    when: (f) => !nominates(f) && signedStars(f) < 3,
    to: 'not_recognised',
  },
  {
    from: 'central_review',
    action: 'return_to_province',
    by: ['central_office'],
    guards: [reason],
    to: 'returned_to_province',
  },
  {
    from: 'central_review',
    action: 'send_to_council',
    by: ['central_office'],
    guards: [councilReady],
    to: 'central_scoring',
  },
  { from: 'central_scoring', action: 'open_discussion', by: ['central_chair'], to: 'central_discussion' },
  { from: 'central_discussion', action: 'request_rescore', by: ['central_chair'], to: 'central_scoring' },
  ...(['central_scoring', 'central_discussion'] as const).flatMap((from): Transition[] => {
    const guards = from === 'central_scoring' ? [writtenOnly, quorum, converged] : [quorum, converged];
    return [
      {
        from,
        action: 'finalize',
        by: ['central_chair'],
        when: (f) => total(f) >= NOMINATION_MIN_POINTS,
        guards,
        to: 'central_proposed',
      },
      {
        from,
        action: 'finalize',
        by: ['central_chair'],
        when: (f) => total(f) < NOMINATION_MIN_POINTS,
        guards,
        to: 'returned_to_province',
      },
    ];
  }),
  {
    from: 'central_proposed',
    action: 'prepare_decision',
    by: ['central_office'],
    to: 'central_decision_drafted',
  },
  { from: 'central_decision_drafted', action: 'sign', by: ['central_signer'], to: 'recognised' },
  {
    from: 'returned_to_province',
    action: 'prepare_decision',
    by: ['province_office'],
    to: 'decision_drafted',
  },
  { from: 'returned_to_province', action: 're_evaluate', by: ['province_office'], to: 'council_scoring' },
  ...BEFORE_COUNCIL.map(
    (from): Transition => ({ from, action: 'withdraw', by: ['producer'], to: 'withdrawn' }),
  ),
];
