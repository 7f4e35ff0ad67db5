import { describe, expect, it } from 'vitest';
import { quorumOf, quorumStatement } from './quorum.ts';
import type { CouncilMember } from './types.ts';

function council(present: number, absent: number, isChairPresent = true): CouncilMember[] {
  const members: CouncilMember[] = [{ id: 'c', name: 'Chủ tịch', role: 'chair', isPresent: isChairPresent }];
  for (let i = 0; i < present - (isChairPresent ? 1 : 0); i++) {
    members.push({ id: `p${i}`, name: `Thành viên ${i}`, role: 'member', isPresent: true });
  }
  for (let i = 0; i < absent - (isChairPresent ? 0 : 1); i++) {
    members.push({ id: `a${i}`, name: `Vắng ${i}`, role: 'member', isPresent: false });
  }
  // The secretary keeps the minutes and does not count towards the quorum.
  members.push({ id: 's', name: 'Thư ký', role: 'secretary', isPresent: true });
  return members;
}

describe('quorum', () => {
  it('states the share of scoring members with the chair', () => {
    const q = quorumOf(council(6, 1), 75);
    expect(q).toMatchObject({ present: 6, total: 7, isChairPresent: true, isMet: true });
    expect(quorumStatement(q, 75)).toBe(
      '6/7 thành viên (85,7%) — đạt tỷ lệ tối thiểu 75%, có Chủ tịch Hội đồng',
    );
  });

  it('counts exactly 75% as met', () => {
    expect(quorumOf(council(3, 1), 75).isMet).toBe(true);
  });

  it('is not met below the share or without the chair', () => {
    const low = quorumOf(council(5, 2), 75);
    expect(low.isMet).toBe(false);
    expect(quorumStatement(low, 75)).toBe(
      '5/7 thành viên (71,4%) — không đạt tỷ lệ tối thiểu 75%, có Chủ tịch Hội đồng',
    );
    const noChair = quorumOf(council(6, 1, false), 75);
    expect(noChair.isMet).toBe(false);
    expect(quorumStatement(noChair, 75)).toContain('vắng Chủ tịch Hội đồng');
  });
});
