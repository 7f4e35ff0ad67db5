import { lockDossier } from '../../db/repositories/dossiers.repository.ts';
import {
  insertRecusal,
  listScoreSheets,
  type RecusalRow,
} from '../../db/repositories/score-sheets.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { councilLevelOf } from '../../domain/workflow/dossier-states.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { councilIdAt } from '../dossiers/council-standing.ts';
import { accessTo } from '../dossiers/dossier-access.ts';

/**
 * A council member declares a conflict of interest with a dossier (a relative's product, a consultancy…):
 * from then on they neither score nor see it. Only before they have scored it at that level.
 */
export async function declareRecusal(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  dossierId: string,
  reason: string,
): Promise<RecusalRow> {
  if (reason.trim().length < 5)
    throw validationError([{ field: 'body.reason', message: 'Nêu rõ lý do xung đột lợi ích.' }]);
  return deps.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, dossierId);
    if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    const access = await accessTo(tx, actor, dossier);
    const level = councilLevelOf(dossier.state);
    const councilId = level ? councilIdAt(dossier, level) : null;
    const seat = access.seats.find((s) => s.level === level);
    if (!level || !councilId || !seat)
      throw new DomainError('NOT_ASSIGNED', 'Hồ sơ không ở Hội đồng bạn tham gia.');
    const scored = (await listScoreSheets(tx, dossierId, level)).some((s) => s.memberId === actor.id);
    if (scored)
      throw new DomainError('SHEET_ALREADY_SUBMITTED', 'Bạn đã chấm hồ sơ này; không khai báo rút được nữa.');
    const now = deps.now();
    const row = await insertRecusal(tx, {
      dossierId,
      councilId,
      memberId: actor.id,
      reason: reason.trim(),
      declaredAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'council_recusal',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}
