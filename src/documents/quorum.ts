// Quorum of a council session: the share of scoring members (chair and members; the secretary does not score)
// who take part, against the council's minimum, with the chair required (provincial council rules, e.g. Tây Ninh:
// "≥ 75% of members including the chair").
import { formatPercent } from './format.ts';
import type { CouncilMember } from './types.ts';

export interface Quorum {
  present: number;
  total: number;
  percent: number;
  isChairPresent: boolean;
  isMet: boolean;
}

export const isScoringMember = (m: CouncilMember): boolean => m.role === 'chair' || m.role === 'member';

export function quorumOf(members: CouncilMember[], requiredPercent: number): Quorum {
  const scoring = members.filter(isScoringMember);
  const present = scoring.filter((m) => m.isPresent).length;
  const total = scoring.length;
  const isChairPresent = scoring.some((m) => m.role === 'chair' && m.isPresent);
  // Integer comparison: 6/7 against 75% must not depend on how 85.714… rounds.
  const isMet = total > 0 && present * 100 >= requiredPercent * total && isChairPresent;
  return { present, total, percent: total === 0 ? 0 : (present * 100) / total, isChairPresent, isMet };
}

/** "6/7 thành viên (85,7%) — đạt tỷ lệ tối thiểu 75%, có Chủ tịch Hội đồng". */
export function quorumStatement(q: Quorum, requiredPercent: number): string {
  const share = q.present * 100 >= requiredPercent * q.total ? 'đạt' : 'không đạt';
  const chair = q.isChairPresent ? 'có Chủ tịch Hội đồng' : 'vắng Chủ tịch Hội đồng';
  return `${q.present}/${q.total} thành viên (${formatPercent(q.percent)}) — ${share} tỷ lệ tối thiểu ${requiredPercent}%, ${chair}`;
}
