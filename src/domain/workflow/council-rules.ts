import type { DossierState, EvaluationLevel } from './dossier-states.ts';

export type CouncilSeatRole = 'chair' | 'member' | 'secretary' | 'advisor';
export type CouncilSeat = Readonly<{ userId: string; role: CouncilSeatRole }>;

export const DEFAULT_QUORUM_PERCENT = 75;

export const isScoringSeat = (seat: CouncilSeat): boolean => seat.role === 'chair' || seat.role === 'member';

export type Quorum = Readonly<{
  met: boolean;
  present: number;
  total: number;
  required: number;
  chairPresent: boolean;
  text: string;
}>;

/**
 * Quorum of a council on one dossier: the scoring members (chair included) whose sheet is in, against the
 * whole council. A recused member counts in the council but cannot be present, so a recusal may break quorum.
 */
export function quorumOf(
  seats: readonly CouncilSeat[],
  percent: number,
  submitted: ReadonlySet<string>,
): Quorum {
  const scoring = seats.filter(isScoringSeat);
  const total = scoring.length;
  const present = scoring.filter((s) => submitted.has(s.userId)).length;
  const required = Math.ceil((total * percent) / 100);
  const chairPresent = scoring.some((s) => s.role === 'chair' && submitted.has(s.userId));
  const met = total > 0 && present >= required && chairPresent;
  const share = total === 0 ? 0 : (present * 100) / total;
  const shareText = share.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
  const text =
    `${present}/${total} thành viên (${shareText}%), cần tối thiểu ${percent}% (${required} người)` +
    (chairPresent ? ', có Chủ tịch Hội đồng' : ', chưa có phiếu của Chủ tịch Hội đồng');
  return { met, present, total, required, chairPresent, text };
}

/** A council is ready for a dossier when it has a chair and enough scoring seats to reach quorum. */
export function isCouncilReady(seats: readonly CouncilSeat[], percent: number): boolean {
  const scoring = seats.filter(isScoringSeat);
  return scoring.some((s) => s.role === 'chair') && scoring.length >= 2 && percent <= 100;
}

const OPEN_AFTER: Record<EvaluationLevel, readonly DossierState[]> = {
  province: [
    'council_discussion',
    'council_proposed',
    'decision_drafted',
    'central_review',
    'central_scoring',
    'central_discussion',
    'central_proposed',
    'central_decision_drafted',
    'returned_to_province',
    'recognised',
    'not_recognised',
  ],
  central: [
    'central_discussion',
    'central_proposed',
    'central_decision_drafted',
    'returned_to_province',
    'recognised',
  ],
};

/** Whether the sheets of a level are no longer blind: the chair opened the discussion or the result is in. */
export const sheetsAreOpen = (state: DossierState, level: EvaluationLevel): boolean =>
  OPEN_AFTER[level].includes(state);

/**
 * Whether a viewer may read other members' sheets. A scoring member: only once their own sheet is in and the
 * sheets are open. Anyone else allowed to see the dossier (office, signer): once the sheets are open.
 */
export function canSeeOthersSheets(
  state: DossierState,
  level: EvaluationLevel,
  viewer: Readonly<{ isScoringMember: boolean; hasSubmitted: boolean }>,
): boolean {
  if (!sheetsAreOpen(state, level)) return false;
  return !viewer.isScoringMember || viewer.hasSubmitted;
}
