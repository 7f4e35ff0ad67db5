import { createHash } from 'node:crypto';
import { lockDossier } from '../../db/repositories/dossiers.repository.ts';
import {
  insertScoreSheet,
  listScoreSheets,
  type ScoreSheetRow,
} from '../../db/repositories/score-sheets.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ScoreSheet } from '../../domain/scoring/evaluation-types.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { isScoringSeat } from '../../domain/workflow/council-rules.ts';
import { councilLevelOf, DOSSIER_STATE_LABELS } from '../../domain/workflow/dossier-states.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { councilIdAt } from '../dossiers/council-standing.ts';
import { accessTo } from '../dossiers/dossier-access.ts';
import { scoreSelfAssessment } from '../scoring/score-self-assessment.ts';
import { notifyChairWhenAllIn } from './notify-chair.ts';

export type ScoreSheetInput = Readonly<{
  answers: Record<string, number>;
  gates?: string[] | undefined;
  opinion?: string | undefined;
}>;

/** sha256 over the canonical content of a sheet: printed on its PDF, so a printed copy can be checked. */
export function sheetFingerprint(content: Record<string, unknown>): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * A council member submits their sheet for the current scoring pass: independently (nobody's sheets are
 * visible before), complete (every criterion answered), and final (a re-score is a new, linked sheet).
 */
export async function submitScoreSheet(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  dossierId: string,
  input: ScoreSheetInput,
): Promise<ScoreSheetRow> {
  return deps.db.transaction(async (tx) => {
    const dossier = await lockDossier(tx, dossierId);
    if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
    const access = await accessTo(tx, actor, dossier);
    const level = councilLevelOf(dossier.state);
    const councilId = level ? councilIdAt(dossier, level) : null;
    if (!level || !councilId || dossier.state.endsWith('_discussion')) {
      throw new DomainError(
        'INVALID_TRANSITION',
        `Hồ sơ đang ở bước "${DOSSIER_STATE_LABELS[dossier.state].vi}", không nhận phiếu chấm.`,
        {
          extensions: { state: dossier.state, allowedActions: [] },
        },
      );
    }
    const seat = access.seats.find((s) => s.level === level);
    if (!seat || !isScoringSeat(seat.seat))
      throw new DomainError('NOT_ASSIGNED', 'Bạn không phải thành viên chấm điểm của Hội đồng này.');
    if (seat.isRecused) throw new DomainError('RECUSED', 'Bạn đã khai báo xung đột lợi ích với hồ sơ này.');
    const mine = (await listScoreSheets(tx, dossier.id, level)).filter((s) => s.memberId === actor.id);
    if (mine.some((s) => s.pass === dossier.scoringPass)) {
      throw new DomainError(
        'SHEET_ALREADY_SUBMITTED',
        'Bạn đã nộp phiếu chấm của lượt này; phiếu đã nộp không sửa được.',
      );
    }
    const result = scoreSelfAssessment(deps, {
      productSetId: dossier.productSetId,
      answers: input.answers,
      criteriaSetId: dossier.criteriaSetId,
    });
    const unanswered = result.criteria.filter((c) => c.unansweredOn.length > 0);
    const [first, ...rest] = unanswered.map((c) => ({
      field: `body.answers.${c.code}`,
      message: 'Chưa chấm tiêu chí này.',
    }));
    if (first) throw validationError([first, ...rest]);
    const sheet: ScoreSheet = { answers: input.answers, gates: input.gates ?? [] };
    const now = deps.now();
    const previous = mine.at(-1);
    const content = {
      dossierId,
      level,
      pass: dossier.scoringPass,
      memberId: actor.id,
      sheet,
      opinion: input.opinion ?? null,
    };
    const row = await insertScoreSheet(tx, {
      dossierId,
      councilId,
      level,
      memberId: actor.id,
      pass: dossier.scoringPass,
      sheet,
      total: result.total.toFixed(2),
      stars: result.stars,
      opinion: input.opinion?.trim() || null,
      fingerprint: sheetFingerprint(content),
      supersedesId: previous?.id ?? null,
      submittedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'score_sheet',
      entityId: row.id,
      action: 'submit',
      after: row,
    });
    await notifyChairWhenAllIn(deps, tx, dossier, level, councilId);
    return row;
  });
}
