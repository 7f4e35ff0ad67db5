import { dossiersOfDecision, findDecision } from '../../db/repositories/decisions.repository.ts';
import { renderDecisionAnnexPdf } from '../../documents/decision-annex-pdf.ts';
import { renderDecisionAnnexXlsx } from '../../documents/decision-annex-xlsx.ts';
import type { AnnexItem, CertifiedStars, DecisionAnnexDocument } from '../../documents/types.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { getDecision } from '../decisions/decision-view.ts';
import type { AppDeps } from '../deps.ts';
import { type DocumentFile, pdfFile, xlsxFile } from './document-file.ts';
import { authorityBody } from './issuing-body.ts';

/** A signed decision's annex: the recognised products with their certificate numbers (404/409 otherwise). */
async function annexOf(deps: AppDeps, actor: Actor, decisionId: string): Promise<DecisionAnnexDocument> {
  const view = await getDecision(deps, actor, decisionId);
  const decision = await findDecision(deps.db, decisionId);
  if (!decision || view.status !== 'signed' || !decision.number || !decision.signedOn) {
    throw new DomainError(
      'DOCUMENT_NOT_READY',
      'Quyết định chưa được ký: phụ lục danh sách sản phẩm lập sau khi ký.',
      { extensions: { state: view.status } },
    );
  }
  const communeOf = new Map(
    (await dossiersOfDecision(deps.db, decisionId)).map((d) => [d.id, d.communeCode]),
  );
  const items = view.items.flatMap((item): AnnexItem[] => {
    if (!item.certificateNumber || item.total === null || item.stars === null) return [];
    const commune = deps.adminUnits.commune2025(communeOf.get(item.dossierId) ?? '');
    const province = commune ? deps.adminUnits.province2025(commune.provinceCode) : undefined;
    return [
      {
        productName: item.productName,
        producerName: item.producerName,
        commune: commune?.fullName ?? item.address,
        province: province?.fullName ?? '',
        productSetName: item.productSetName,
        score: item.total,
        stars: item.stars as CertifiedStars,
        certificateNumber: item.certificateNumber,
      },
    ];
  });
  return {
    authority: authorityBody(deps, decision.level, decision.provinceCode, decision.authorityName),
    decisionNumber: decision.number,
    decisionDate: decision.signedOn,
    items,
  };
}

const stemOf = (annex: DecisionAnnexDocument) => `Phụ lục Quyết định ${annex.decisionNumber}`;

export async function decisionAnnexPdf(
  deps: AppDeps,
  actor: Actor,
  decisionId: string,
): Promise<DocumentFile> {
  const annex = await annexOf(deps, actor, decisionId);
  return pdfFile(stemOf(annex), await renderDecisionAnnexPdf(annex));
}

export async function decisionAnnexXlsx(
  deps: AppDeps,
  actor: Actor,
  decisionId: string,
): Promise<DocumentFile> {
  const annex = await annexOf(deps, actor, decisionId);
  return xlsxFile(stemOf(annex), await renderDecisionAnnexXlsx(annex));
}
