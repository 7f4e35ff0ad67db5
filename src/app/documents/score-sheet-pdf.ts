import { findCouncil, findCouncilSeat } from '../../db/repositories/dossiers.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findProductById } from '../../db/repositories/products.repository.ts';
import { findScoreSheet, type ScoreSheetRow } from '../../db/repositories/score-sheets.repository.ts';
import { renderScoreSheetPdf } from '../../documents/score-sheet.ts';
import type { ScoreSheetDocument } from '../../documents/types.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { canSeeOthersSheets, isScoringSeat } from '../../domain/workflow/council-rules.ts';
import type { AppDeps } from '../deps.ts';
import { councilStanding } from '../dossiers/council-standing.ts';
import { type DossierAccess, loadDossierAccess } from '../dossiers/dossier-access.ts';
import { communeAddress } from '../dossiers/unit-names.ts';
import { requireCriteriaSet } from '../scoring/criteria-set-ref.ts';
import { type DocumentFile, pdfFile } from './document-file.ts';
import { displayNames } from './document-queries.ts';
import { councilBody } from './issuing-body.ts';
import { scoreSheetContent, starCount } from './score-sheet-content.ts';

const notFound = () => new DomainError('SCORE_SHEET_NOT_FOUND', 'Không tìm thấy phiếu chấm điểm.');

/** Exactly what the dossier view lists: one's own sheets always, others' once the sheets are open to them. */
async function isListedFor(deps: AppDeps, actor: Actor, access: DossierAccess, sheet: ScoreSheetRow) {
  if (sheet.memberId === actor.id) return true;
  const standing = await councilStanding(deps, deps.db, access.dossier, sheet.level);
  if (!standing) return false;
  const mySeat = standing.seats.find((s) => s.userId === actor.id);
  return canSeeOthersSheets(access.dossier.state, sheet.level, {
    isScoringMember: mySeat ? isScoringSeat(mySeat) : false,
    hasSubmitted: standing.allSheets.some((s) => s.memberId === actor.id),
  });
}

/**
 * One council member's signed score sheet as a PDF. A sheet the actor may not read answers 404, like a
 * missing one: its existence is not disclosed during blind scoring.
 */
export async function scoreSheetPdf(
  deps: AppDeps,
  actor: Actor,
  dossierId: string,
  sheetId: string,
): Promise<DocumentFile> {
  const access = await loadDossierAccess(deps.db, actor, dossierId);
  const sheet = await findScoreSheet(deps.db, sheetId);
  if (!sheet || sheet.dossierId !== dossierId) throw notFound();
  if (!(await isListedFor(deps, actor, access, sheet))) throw notFound();
  const { dossier } = access;
  const council = await findCouncil(deps.db, sheet.councilId);
  const seat = await findCouncilSeat(deps.db, sheet.councilId, sheet.memberId);
  const product = await findProductById(deps.db, dossier.productId);
  const producer = await findProducerById(deps.db, dossier.producerId);
  if (!council || !product || !producer)
    throw new Error(`score sheet ${sheet.id} lost its council or product`);
  const memberName = (await displayNames(deps.db, [sheet.memberId])).get(sheet.memberId) ?? '';
  const previous = sheet.supersedesId ? await findScoreSheet(deps.db, sheet.supersedesId) : undefined;
  const criteriaSet = requireCriteriaSet(deps.criteriaSets, dossier.criteriaSetId);
  const address = communeAddress(deps.adminUnits, dossier.communeCode);
  const document: ScoreSheetDocument = {
    council: councilBody(deps, council),
    level: sheet.level,
    sheetId: sheet.id,
    dossierCode: dossier.code,
    productName: product.name,
    ...(product.ocopCode ? { productCode: product.ocopCode } : {}),
    productSetName: deps.productSets.byId(dossier.productSetId)?.name ?? String(dossier.productSetId),
    producerName: producer.name,
    producerAddress: producer.street ? `${producer.street}, ${address}` : address,
    member: {
      name: memberName,
      agency: seat?.agency ?? seat?.position ?? '',
      role: seat?.role === 'chair' ? 'chair' : 'member',
    },
    ...scoreSheetContent(criteriaSet, dossier.productSetId, sheet.sheet),
    total: Number(sheet.total),
    stars: starCount(sheet.stars),
    ...(sheet.opinion ? { comment: sheet.opinion } : {}),
    submittedAt: sheet.submittedAt.toISOString(),
    contentSha256: sheet.fingerprint,
    ...(previous
      ? { supersedes: { sheetId: previous.id, submittedAt: previous.submittedAt.toISOString() } }
      : {}),
  };
  return pdfFile(`Phiếu chấm điểm ${dossier.code} ${memberName}`, await renderScoreSheetPdf(document));
}
