import type { DbOrTx } from '../../db/client.ts';
import {
  type CouncilMemberRow,
  type CouncilRow,
  type DossierRow,
  findCouncil,
  listCouncilMembers,
} from '../../db/repositories/dossiers.repository.ts';
import {
  latestPerMember,
  listRecusals,
  listScoreSheets,
  type RecusalRow,
  type ScoreSheetRow,
} from '../../db/repositories/score-sheets.repository.ts';
import type { EvaluationResult } from '../../domain/scoring/evaluation-types.ts';
import { scoreEvaluation } from '../../domain/scoring/score-evaluation.ts';
import { type Quorum, quorumOf } from '../../domain/workflow/council-rules.ts';
import type { ScoringFacts } from '../../domain/workflow/dossier-facts.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';
import type { AppDeps } from '../deps.ts';
import { requireCriteriaSet } from '../scoring/criteria-set-ref.ts';

/** A council's standing on one dossier at one level: seats, recusals, the sheets that count, the result. */
export type CouncilStanding = Readonly<{
  level: EvaluationLevel;
  council: CouncilRow;
  seats: CouncilMemberRow[];
  recusals: RecusalRow[];
  /** Every sheet ever submitted at this level, oldest first. */
  allSheets: ScoreSheetRow[];
  /** The latest sheet of each member. */
  sheets: ScoreSheetRow[];
  quorum: Quorum;
  result: EvaluationResult | null;
}>;

export const councilIdAt = (dossier: DossierRow, level: EvaluationLevel): string | null =>
  level === 'province' ? dossier.councilId : dossier.centralCouncilId;

export async function councilStanding(
  deps: AppDeps,
  db: DbOrTx,
  dossier: DossierRow,
  level: EvaluationLevel,
): Promise<CouncilStanding | null> {
  const councilId = councilIdAt(dossier, level);
  if (!councilId) return null;
  const council = await findCouncil(db, councilId);
  if (!council) return null;
  const seats = await listCouncilMembers(db, councilId);
  const recusals = await listRecusals(db, dossier.id, councilId);
  const allSheets = await listScoreSheets(db, dossier.id, level);
  const sheets = latestPerMember(allSheets);
  const quorum = quorumOf(seats, council.quorumPercent, new Set(sheets.map((s) => s.memberId)));
  const criteriaSet = requireCriteriaSet(deps.criteriaSets, dossier.criteriaSetId);
  const result =
    sheets.length === 0
      ? null
      : scoreEvaluation(criteriaSet, {
          productSetId: dossier.productSetId,
          sheets: sheets.map((s) => s.sheet),
        });
  return { level, council, seats, recusals, allSheets, sheets, quorum, result };
}

export function scoringFactsOf(standing: CouncilStanding | null): ScoringFacts | null {
  if (!standing) return null;
  return {
    quorumMet: standing.quorum.met,
    quorumText: standing.quorum.text,
    divergent: standing.result?.divergent ?? false,
    sheetCount: standing.sheets.length,
    total: standing.result?.total ?? null,
    stars: standing.result?.stars ?? null,
  };
}
