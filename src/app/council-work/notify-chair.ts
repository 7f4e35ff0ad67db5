import type { Tx } from '../../db/client.ts';
import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { councilStanding } from '../dossiers/council-standing.ts';
import { adminLink } from '../jobs/reminder-text.ts';
import { notifyOptionsOf, notifyUsers } from '../notifications/notify-users.ts';

/** When every scoring member not recused has a sheet in, the chair is told the result can be discussed. */
export async function notifyChairWhenAllIn(
  deps: AppDeps,
  tx: Tx,
  dossier: DossierRow,
  level: EvaluationLevel,
  councilId: string,
): Promise<void> {
  const standing = await councilStanding(deps, tx, dossier, level);
  if (!standing) return;
  const recused = new Set(standing.recusals.map((r) => r.memberId));
  const expected = standing.seats.filter(
    (s) => (s.role === 'chair' || s.role === 'member') && !recused.has(s.userId),
  );
  const inThisPass = new Set(
    standing.allSheets.filter((s) => s.pass === dossier.scoringPass).map((s) => s.memberId),
  );
  if (!expected.every((s) => inThisPass.has(s.userId))) return;
  const chair = standing.seats.find((s) => s.role === 'chair');
  if (!chair) return;
  await notifyUsers(
    tx,
    deps.now(),
    {
      userIds: [chair.userId],
      kind: 'council_sheets_complete',
      title: `Hồ sơ ${dossier.code}: đã đủ phiếu chấm`,
      body: `Các thành viên đã nộp đủ phiếu chấm lượt ${dossier.scoringPass} (${standing.quorum.text}).`,
      link: adminLink('dossiers', dossier.id),
      entity: 'dossier',
      entityId: dossier.id,
      dedupeKey: `sheets-complete:${dossier.id}:${level}:${dossier.scoringPass}:${councilId}`,
    },
    notifyOptionsOf(deps),
  );
}
