import type { DbOrTx } from '../../db/client.ts';
import {
  type CouncilRow,
  type DossierRow,
  listCouncilMembers,
} from '../../db/repositories/dossiers.repository.ts';
import { findProducerById } from '../../db/repositories/producers.repository.ts';
import { findProductById } from '../../db/repositories/products.repository.ts';
import { findRound } from '../../db/repositories/rounds.repository.ts';
import type { CouncilMinutesDocument, IsoDate } from '../../documents/types.ts';
import type { AppDeps } from '../deps.ts';
import type { CouncilStanding } from '../dossiers/council-standing.ts';
import { displayNames } from './document-queries.ts';
import { councilBody } from './issuing-body.ts';
import {
  aggregatedRow,
  conclusionLines,
  type MinutesEntry,
  minutesMembers,
  minutesRecusals,
} from './minutes-content.ts';

export async function minutesEntry(
  db: DbOrTx,
  dossier: DossierRow,
  standing: CouncilStanding,
): Promise<MinutesEntry> {
  const product = await findProductById(db, dossier.productId);
  const producer = await findProducerById(db, dossier.producerId);
  return {
    code: dossier.code,
    productName: product?.name ?? '',
    producerName: producer?.name ?? '',
    standing,
  };
}

/** The round's name when every dossier belongs to the same one ("Đợt 1 năm 2026"). */
async function commonRoundName(db: DbOrTx, level: CouncilRow['level'], dossiers: readonly DossierRow[]) {
  const ids = new Set(dossiers.map((d) => (level === 'central' ? d.centralRoundId : d.roundId)));
  const [only] = [...ids];
  if (ids.size !== 1 || !only) return undefined;
  // Printed inside a sentence: "… sản phẩm OCOP đợt 1 năm 2026".
  return (await findRound(db, only))?.name.replace(/^Đợt /, 'đợt ');
}

/** The minutes of one sitting of `council` on `dossiers` (same order as `entries`). */
export async function minutesDocument(
  deps: AppDeps,
  council: CouncilRow,
  dossiers: readonly DossierRow[],
  entries: readonly MinutesEntry[],
  date: IsoDate,
): Promise<CouncilMinutesDocument> {
  const seats = await listCouncilMembers(deps.db, council.id);
  const names = await displayNames(
    deps.db,
    seats.map((s) => s.userId),
  );
  const rows = entries.map(aggregatedRow);
  const isWritten = dossiers.length > 0 && dossiers.every((d) => d.councilMode === 'written');
  const roundName = await commonRoundName(deps.db, council.level, dossiers);
  return {
    council: councilBody(deps, council),
    councilName: council.name,
    level: council.level,
    mode: isWritten ? 'written' : 'meeting',
    date,
    ...(roundName ? { roundName } : {}),
    quorumPercent: council.quorumPercent,
    members: minutesMembers(seats, names, entries),
    recusals: minutesRecusals(entries),
    dossiers: rows,
    conclusion: conclusionLines(rows, council.level),
  };
}
