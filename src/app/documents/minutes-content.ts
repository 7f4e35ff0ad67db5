// The rows of the council minutes from the councils' standings: attendance, recusals, the aggregate table and
// a conclusion drafted from the results (the secretary may amend the printed minutes by hand).
import type { CouncilMemberRow } from '../../db/repositories/dossiers.repository.ts';
import { formatScore } from '../../documents/format.ts';
import type { AggregatedDossier, CouncilMember, Recusal } from '../../documents/types.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';
import type { CouncilStanding } from '../dossiers/council-standing.ts';
import { starCount } from './score-sheet-content.ts';

/** One dossier the minutes cover, with what its row prints. */
export type MinutesEntry = Readonly<{
  code: string;
  productName: string;
  producerName: string;
  standing: CouncilStanding;
}>;

const ROLE_ORDER = ['chair', 'member', 'secretary'] as const;
const RECUSED_ABSENCE = 'không tham gia chấm do xung đột lợi ích';

/** Chair, members, secretary (the advisory group does not sit on the council); present = has a sheet. */
export function minutesMembers(
  seats: readonly CouncilMemberRow[],
  names: ReadonlyMap<string, string>,
  entries: readonly MinutesEntry[],
): CouncilMember[] {
  const scored = new Set(entries.flatMap((e) => e.standing.sheets.map((s) => s.memberId)));
  const recusedEverywhere = (userId: string) =>
    entries.every((e) => e.standing.recusals.some((r) => r.memberId === userId));
  return seats
    .flatMap((seat) => {
      const role = ROLE_ORDER.find((r) => r === seat.role);
      if (!role) return [];
      const isPresent = role === 'secretary' || scored.has(seat.userId);
      const member: CouncilMember = {
        id: seat.userId,
        name: names.get(seat.userId) ?? '',
        role,
        isPresent,
        ...(seat.agency ? { agency: seat.agency } : {}),
        ...(!isPresent && recusedEverywhere(seat.userId) ? { absenceReason: RECUSED_ABSENCE } : {}),
      };
      return [member];
    })
    .sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.name.localeCompare(b.name, 'vi'),
    );
}

export const minutesRecusals = (entries: readonly MinutesEntry[]): Recusal[] =>
  entries.flatMap((e) =>
    e.standing.recusals.map((r) => ({ memberId: r.memberId, dossierCode: e.code, reason: r.reason })),
  );

/** Each member's latest sheet total, the mean, spread and proposed stars the engine computed. */
export function aggregatedRow(entry: MinutesEntry): AggregatedDossier {
  const { standing } = entry;
  const result = standing.result;
  return {
    dossierCode: entry.code,
    productName: entry.productName,
    producerName: entry.producerName,
    memberTotals: Object.fromEntries(standing.sheets.map((s) => [s.memberId, Number(s.total)])),
    mean: result?.total ?? 0,
    spread: result?.spread ?? 0,
    isDivergent: result?.divergent ?? false,
    proposedStars: starCount(result?.stars ?? 1),
  };
}

/** A line per dossier, then what the council proposes to the signing authority. */
export function conclusionLines(rows: readonly AggregatedDossier[], level: EvaluationLevel): string[] {
  const lines = rows.map(
    (r) =>
      `Hồ sơ ${r.dossierCode} (${r.productName}, ${r.producerName}): điểm trung bình ${formatScore(r.mean)}, ` +
      `đề xuất xếp hạng ${r.proposedStars} sao${r.isDivergent ? '; điểm các thành viên chênh lệch trên 10 điểm' : ''}.`,
  );
  const certified = rows.filter((r) => r.proposedStars >= 3);
  const signer =
    level === 'central' ? 'Bộ trưởng Bộ Nông nghiệp và Môi trường' : 'Chủ tịch Ủy ban nhân dân tỉnh';
  const counts = ([5, 4, 3] as const)
    .map((stars) => [stars, certified.filter((r) => r.proposedStars === stars).length] as const)
    .filter(([, n]) => n > 0)
    .map(([stars, n]) => `${String(n).padStart(2, '0')} sản phẩm đạt ${stars} sao`);
  lines.push(
    counts.length > 0
      ? `Hội đồng thống nhất đề nghị ${signer} xem xét, công nhận ${counts.join(', ')}.`
      : 'Không có sản phẩm đủ điều kiện đề nghị công nhận.',
  );
  return lines;
}
