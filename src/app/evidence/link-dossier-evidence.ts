import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import type { EvidenceRow } from '../../db/repositories/evidence.repository.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { criterionCodesOf } from '../../domain/evidence/dossier-evidence-rules.ts';
import { findCriteriaSet, findProductSet } from '../../domain/scoring/catalog.ts';
import type { CriteriaSet } from '../../domain/scoring/types.ts';

export type DossierEvidenceLinkInput = Readonly<{
  evidenceId: string;
  criterionCode?: string | null | undefined;
  note?: string | null | undefined;
}>;

export type DossierEvidenceLink = { evidenceId: string; criterionCode: string; note: string | null };

/**
 * The links as stored ('' = the dossier as a whole), or VALIDATION_FAILED naming each bad item: a document
 * not in the producer's wallet (or archived), a criterion not on the dossier's score sheet, a repeat.
 */
export function checkLinks(
  dossier: DossierRow,
  criteriaSets: readonly CriteriaSet[],
  items: readonly DossierEvidenceLinkInput[],
  wallet: ReadonlyMap<string, EvidenceRow>,
): DossierEvidenceLink[] {
  const criteriaSet = findCriteriaSet(criteriaSets, dossier.criteriaSetId);
  const productSet = criteriaSet && findProductSet(criteriaSet, dossier.productSetId);
  const codes = productSet ? criterionCodesOf(productSet) : null;
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const links = items.map((item, index) => {
    const field = `body.items.${index}`;
    const criterionCode = item.criterionCode?.trim() ?? '';
    const evidence = wallet.get(item.evidenceId);
    if (!evidence) {
      problems.push({
        field: `${field}.evidenceId`,
        message: 'Tài liệu không có trong kho minh chứng của chủ thể sở hữu hồ sơ.',
      });
    } else if (evidence.archivedAt) {
      problems.push({
        field: `${field}.evidenceId`,
        message: `Tài liệu "${evidence.title}" đã được lưu trữ.`,
      });
    }
    if (criterionCode !== '' && codes && !codes.has(criterionCode)) {
      problems.push({
        field: `${field}.criterionCode`,
        message: `Phiếu đánh giá của hồ sơ không có tiêu chí "${criterionCode}".`,
      });
    }
    const key = `${item.evidenceId}|${criterionCode}`;
    if (seen.has(key)) {
      problems.push({ field, message: 'Tài liệu đã được gắn với tiêu chí này ở một dòng trước.' });
    }
    seen.add(key);
    return { evidenceId: item.evidenceId, criterionCode, note: item.note?.trim() || null };
  });
  const [first] = problems;
  if (first) throw new DomainError('VALIDATION_FAILED', first.message, { fieldErrors: problems });
  return links;
}
