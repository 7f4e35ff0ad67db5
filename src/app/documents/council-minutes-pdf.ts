import { renderCouncilMinutesPdf } from '../../documents/council-minutes.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { canSeeOthersSheets, isScoringSeat, sheetsAreOpen } from '../../domain/workflow/council-rules.ts';
import type { Capacity } from '../../domain/workflow/dossier-facts.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { type CouncilStanding, councilStanding } from '../dossiers/council-standing.ts';
import { type DossierAccess, loadDossierAccess } from '../dossiers/dossier-access.ts';
import { type DocumentFile, pdfFile } from './document-file.ts';
import { finalizedAt } from './document-queries.ts';
import { minutesDocument, minutesEntry } from './minutes-document.ts';

/** The OCOP offices and the signers read the minutes of any council on a dossier they may see. */
const OFFICE_OR_SIGNER: readonly Capacity[] = [
  'province_office',
  'province_signer',
  'central_office',
  'central_signer',
];

const LEVEL_NAME: Record<EvaluationLevel, string> = { province: 'cấp tỉnh', central: 'cấp trung ương' };

/** The office, the signer, and the members of that council (a scoring member once their own sheet is in). */
function assertMayReadMinutes(actor: Actor, access: DossierAccess, standing: CouncilStanding) {
  if (access.capacities.some((c) => OFFICE_OR_SIGNER.includes(c))) return;
  const seat = access.seats.find((s) => s.level === standing.level && !s.isRecused);
  const hasSubmitted = standing.allSheets.some((s) => s.memberId === actor.id);
  const isOpen =
    seat !== undefined &&
    canSeeOthersSheets(access.dossier.state, standing.level, {
      isScoringMember: isScoringSeat(seat.seat),
      hasSubmitted,
    });
  if (seat && (isOpen || !sheetsAreOpen(access.dossier.state, standing.level))) return;
  throw new DomainError(
    'FORBIDDEN',
    seat
      ? 'Thành viên Hội đồng xem biên bản sau khi đã nộp phiếu chấm của mình.'
      : 'Biên bản Hội đồng dành cho cơ quan OCOP, người ký quyết định và thành viên Hội đồng.',
  );
}

/**
 * The minutes of the council's work on one dossier at one level, once the sheets are open (discussion opened
 * or result in): members present (those with a sheet), recusals, the aggregate row and the conclusion.
 */
export async function councilMinutesPdf(
  deps: AppDeps,
  actor: Actor,
  dossierId: string,
  level: EvaluationLevel,
): Promise<DocumentFile> {
  const access = await loadDossierAccess(deps.db, actor, dossierId);
  const { dossier } = access;
  const standing = await councilStanding(deps, deps.db, dossier, level);
  if (!standing) {
    throw new DomainError('DOCUMENT_NOT_READY', `Hồ sơ chưa được chuyển Hội đồng ${LEVEL_NAME[level]}.`);
  }
  assertMayReadMinutes(actor, access, standing);
  if (!sheetsAreOpen(dossier.state, level)) {
    throw new DomainError(
      'DOCUMENT_NOT_READY',
      'Hội đồng đang chấm điểm độc lập: biên bản lập sau khi Chủ tịch Hội đồng mở phần thảo luận hoặc kết luận.',
      { extensions: { state: dossier.state } },
    );
  }
  const at = await finalizedAt(deps.db, dossier.id, level);
  const date = vietnamDate(at ?? deps.now());
  const entry = await minutesEntry(deps.db, dossier, standing);
  const document = await minutesDocument(deps, standing.council, [dossier], [entry], date);
  return pdfFile(
    `Biên bản Hội đồng ${LEVEL_NAME[level]} ${dossier.code}`,
    await renderCouncilMinutesPdf(document),
  );
}
