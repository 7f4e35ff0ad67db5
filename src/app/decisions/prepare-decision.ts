import { insertDecision } from '../../db/repositories/decisions.repository.ts';
import { lockDossier } from '../../db/repositories/dossiers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { applyTransition } from '../dossiers/apply-transition.ts';
import { authorityName } from '../dossiers/unit-names.ts';
import { type DecisionView, decisionViewOf } from './decision-view.ts';

export type PrepareDecisionInput = Readonly<{
  level: 'province' | 'central';
  dossierIds: readonly string[];
  title?: string | undefined;
}>;

/**
 * The OCOP office drafts one recognition decision over the dossiers the council proposed (and, at the
 * province, those the ministry sent back under 90 points): all of them move, or none.
 */
export async function prepareDecision(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: PrepareDecisionInput,
): Promise<DecisionView> {
  const ids = [...new Set(input.dossierIds)].sort();
  if (ids.length === 0)
    throw validationError([{ field: 'body.dossierIds', message: 'Chọn ít nhất một hồ sơ.' }]);
  const provinceCode = input.level === 'province' ? actor.provinceCode : null;
  if (input.level === 'province' && actor.role !== 'province_officer') {
    throw new DomainError('FORBIDDEN', 'Cơ quan OCOP tỉnh dự thảo quyết định cấp tỉnh.');
  }
  if (input.level === 'central' && actor.role !== 'ministry_admin') {
    throw new DomainError('FORBIDDEN', 'Văn phòng OCOP của Bộ dự thảo quyết định 5 sao.');
  }
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const decision = await insertDecision(tx, {
      level: input.level,
      provinceCode,
      title:
        input.title?.trim() ||
        (input.level === 'province'
          ? 'Quyết định công nhận kết quả đánh giá, phân hạng sản phẩm OCOP'
          : 'Quyết định công nhận sản phẩm OCOP 5 sao'),
      authorityName: authorityName(deps.adminUnits, input.level, provinceCode),
      preparedBy: auditActor.id,
      createdAt: now,
      updatedAt: now,
    });
    for (const id of ids) {
      const dossier = await lockDossier(tx, id);
      if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', `Không tìm thấy hồ sơ ${id}.`);
      const link =
        input.level === 'province' ? { decisionId: decision.id } : { centralDecisionId: decision.id };
      await applyTransition(deps, tx, actor, auditActor, dossier, { action: 'prepare_decision' }, link);
    }
    await recordChange(tx, auditActor, now, {
      entity: 'decision',
      entityId: decision.id,
      action: 'create',
      after: { ...decision, dossierIds: ids },
    });
    return decisionViewOf(deps, tx, decision);
  });
}
