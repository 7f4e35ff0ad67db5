import { type DossierRow, lockDossier, updateDossier } from '../../db/repositories/dossiers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import type { ScoreSheet } from '../../domain/scoring/evaluation-types.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { type FormCode, type FormValues, formProblems } from '../../domain/workflow/dossier-forms.ts';
import type { DossierState } from '../../domain/workflow/dossier-states.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { scoreSelfAssessment } from '../scoring/score-self-assessment.ts';
import { accessTo } from './dossier-access.ts';

export const PRODUCER_EDITABLE: readonly DossierState[] = [
  'draft',
  'returned_by_commune',
  'supplement_requested',
];

export type DossierEdit = Readonly<{
  form01?: Readonly<Record<string, unknown>> | undefined;
  form02?: Readonly<Record<string, unknown>> | undefined;
  selfAssessment?: ScoreSheet | undefined;
}>;

function checkForms(
  edit: Readonly<Partial<Record<FormCode, Readonly<Record<string, unknown>> | undefined>>>,
) {
  const errors: FieldError[] = [];
  for (const [code, values] of Object.entries(edit) as [FormCode, Record<string, unknown> | undefined][]) {
    if (!values) continue;
    for (const [key, message] of formProblems(code, values))
      errors.push({ field: `body.form${code}.${key}`, message });
  }
  const [first, ...rest] = errors;
  if (first) throw validationError([first, ...rest]);
}

const merged = (current: unknown, patch: Readonly<Record<string, unknown>> | undefined) =>
  patch ? { ...(current as FormValues), ...(patch as FormValues) } : (current as FormValues);

async function editLocked(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  change: (dossier: DossierRow, capacities: readonly string[]) => Partial<DossierRow>,
): Promise<DossierRow> {
  return deps.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, id);
    if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    const access = await accessTo(tx, actor, dossier);
    const now = deps.now();
    const updated = await updateDossier(tx, id, { ...change(dossier, access.capacities), updatedAt: now });
    await recordChange(tx, auditActor, now, {
      entity: 'dossier',
      entityId: id,
      action: 'update',
      before: dossier,
      after: updated,
    });
    return updated;
  });
}

const notEditable = (dossier: DossierRow, who: string) =>
  new DomainError('INVALID_TRANSITION', `${who} chỉ sửa được hồ sơ ở bước soạn thảo hoặc bổ sung.`, {
    extensions: { state: dossier.state, allowedActions: [] },
  });

/** The producer fills Forms 01/02 and the Part III self-score (scored by the engine as it is saved). */
export async function editDossier(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  edit: DossierEdit,
) {
  checkForms({ '01': edit.form01, '02': edit.form02 });
  return editLocked(deps, actor, auditActor, id, (dossier, capacities) => {
    if (!capacities.includes('producer'))
      throw new DomainError('FORBIDDEN', 'Chỉ chủ thể sửa hồ sơ của mình.');
    if (!PRODUCER_EDITABLE.includes(dossier.state)) throw notEditable(dossier, 'Chủ thể');
    const changes: Partial<DossierRow> = {
      form01: merged(dossier.form01, edit.form01),
      form02: merged(dossier.form02, edit.form02),
    };
    if (edit.selfAssessment) {
      const result = scoreSelfAssessment(deps, {
        productSetId: dossier.productSetId,
        answers: edit.selfAssessment.answers,
        criteriaSetId: dossier.criteriaSetId,
      });
      changes.selfAssessment = {
        answers: edit.selfAssessment.answers,
        gates: edit.selfAssessment.gates ?? [],
      };
      changes.selfTotal = result.total.toFixed(2);
      changes.selfStars = result.stars;
    }
    return changes;
  });
}

/** The commune officer writes Form 03 (local raw materials, labour, idea origin, identity) while reviewing. */
export async function saveForm03(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  values: Record<string, unknown>,
) {
  checkForms({ '03': values });
  return editLocked(deps, actor, auditActor, id, (dossier, capacities) => {
    if (!capacities.includes('commune'))
      throw new DomainError('FORBIDDEN', 'Chỉ UBND xã nơi có sản phẩm lập Mẫu 03.');
    if (dossier.state !== 'commune_review') throw notEditable(dossier, 'UBND xã');
    return { form03: merged(dossier.form03 ?? {}, values) };
  });
}
