import type { DbOrTx } from '../../db/client.ts';
import type { DossierRow } from '../../db/repositories/dossiers.repository.ts';
import { findCouncil, listCouncilMembers } from '../../db/repositories/dossiers.repository.ts';
import { isCouncilReady } from '../../domain/workflow/council-rules.ts';
import { type DossierFacts, NOMINATION_MIN_POINTS } from '../../domain/workflow/dossier-facts.ts';
import { councilLevelOf } from '../../domain/workflow/dossier-states.ts';
import type { DossierAction } from '../../domain/workflow/transitions.ts';
import type { AppDeps } from '../deps.ts';
import { councilStanding, scoringFactsOf } from './council-standing.ts';
import { hasCompleteForm03, missingForSubmission } from './dossier-completeness.ts';

export type TransitionInput = Readonly<{
  action: DossierAction;
  reason?: string | undefined;
  /** send_to_council: the council to score the dossier. */
  councilId?: string | undefined;
  /** send_to_council: 'written' opinions (default for re-evaluation) or a 'meeting'. */
  mode?: 'meeting' | 'written' | undefined;
}>;

const MIN_REASON_LENGTH = 5;

async function councilReadyFor(db: DbOrTx, dossier: DossierRow, councilId: string | undefined) {
  if (!councilId) return false;
  const council = await findCouncil(db, councilId);
  if (!council?.isActive) return false;
  const level = dossier.state === 'central_review' ? 'central' : 'province';
  if (council.level !== level) return false;
  if (level === 'province' && council.provinceCode !== dossier.provinceCode) return false;
  return isCouncilReady(await listCouncilMembers(db, councilId), council.quorumPercent);
}

const num = (value: string | null) => (value === null ? null : Number(value));

/** Everything the transition table's guards look at, read from the database for one attempt. */
export async function buildFacts(
  deps: AppDeps,
  db: DbOrTx,
  dossier: DossierRow,
  input: TransitionInput,
): Promise<DossierFacts> {
  const level = councilLevelOf(dossier.state);
  const standing = level ? await councilStanding(deps, db, dossier, level) : null;
  const provinceTotal = num(dossier.resultTotal);
  const centralTotal = num(dossier.centralTotal);
  return {
    registrationType: dossier.registrationType,
    councilMode: dossier.councilMode,
    missing: input.action === 'submit' ? missingForSubmission(deps, dossier) : [],
    hasForm03: hasCompleteForm03(dossier),
    hasReason: (input.reason?.trim().length ?? 0) >= MIN_REASON_LENGTH,
    councilReady:
      input.action === 'send_to_council' ? await councilReadyFor(db, dossier, input.councilId) : false,
    scoring: scoringFactsOf(standing),
    provinceResult: provinceTotal === null ? null : { total: provinceTotal, stars: dossier.resultStars ?? 0 },
    centralResult:
      centralTotal === null || centralTotal >= NOMINATION_MIN_POINTS
        ? null
        : { total: centralTotal, stars: dossier.centralStars ?? 0 },
  };
}
