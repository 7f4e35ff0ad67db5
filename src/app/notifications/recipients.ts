import type { DbOrTx } from '../../db/client.ts';
import { findActiveUserIds, findCouncilSeatUserIds } from '../../db/repositories/recipients.repository.ts';
import type { CouncilRole } from '../../db/schema/councils.ts';
import type { DossierState } from '../../domain/workflow/dossier-states.ts';
import { councilLevelOf } from '../../domain/workflow/dossier-states.ts';
import { RESPONSIBLE } from '../../domain/workflow/responsibility.ts';

/** Who a notification is for, by function rather than by name. */
export type RecipientTarget =
  | { kind: 'producer'; producerId: string }
  | { kind: 'commune'; communeCode: string }
  | { kind: 'province_office'; provinceCode: string }
  | { kind: 'province_signer'; provinceCode: string }
  | { kind: 'central_office' }
  | { kind: 'central_signer' }
  | { kind: 'council'; councilId: string; dossierId: string; roles?: readonly CouncilRole[] | undefined };

/** The seats that score: what "the council" means when it is the council's turn. */
const SCORING_SEATS: readonly CouncilRole[] = ['chair', 'member'];
const ALL_SEATS: readonly CouncilRole[] = ['chair', 'member', 'secretary', 'advisor'];

/** Active users the target stands for (a council without `roles`: every seat; recused members never). */
export function findRecipients(db: DbOrTx, target: RecipientTarget): Promise<string[]> {
  switch (target.kind) {
    case 'producer':
      return findActiveUserIds(db, { role: 'producer', producerId: target.producerId });
    case 'commune':
      return findActiveUserIds(db, { role: 'commune_officer', communeCode: target.communeCode });
    case 'province_office':
      return findActiveUserIds(db, { role: 'province_officer', provinceCode: target.provinceCode });
    case 'province_signer':
      return findActiveUserIds(db, { role: 'province_leader', provinceCode: target.provinceCode });
    case 'central_office':
      return findActiveUserIds(db, { role: 'ministry_admin' });
    case 'central_signer':
      return findActiveUserIds(db, { role: 'ministry_leader' });
    case 'council':
      return findCouncilSeatUserIds(db, target.councilId, target.dossierId, target.roles ?? ALL_SEATS);
  }
}

export type DossierRecipientFacts = Readonly<{
  id: string;
  state: DossierState;
  producerId: string;
  provinceCode: string;
  communeCode: string;
  councilId: string | null;
  centralCouncilId: string | null;
}>;

/** The target who must act on the dossier in its state (RESPONSIBLE), or null when nobody must. */
export function responsibleTarget(dossier: DossierRecipientFacts): RecipientTarget | null {
  const responsible = RESPONSIBLE[dossier.state];
  const councilAt = (councilId: string | null, roles: readonly CouncilRole[]): RecipientTarget | null =>
    councilId ? { kind: 'council', councilId, dossierId: dossier.id, roles } : null;
  switch (responsible) {
    case null:
      return null;
    case 'producer':
      return { kind: 'producer', producerId: dossier.producerId };
    case 'commune':
      return { kind: 'commune', communeCode: dossier.communeCode };
    case 'province_office':
    case 'province_signer':
      return { kind: responsible, provinceCode: dossier.provinceCode };
    case 'central_office':
    case 'central_signer':
      return { kind: responsible };
    case 'council':
      return councilAt(
        councilLevelOf(dossier.state) === 'central' ? dossier.centralCouncilId : dossier.councilId,
        SCORING_SEATS,
      );
    case 'council_chair':
      return councilAt(dossier.councilId, ['chair']);
    case 'central_chair':
      return councilAt(dossier.centralCouncilId, ['chair']);
  }
}

/** Active users who must act on the dossier now (empty in a terminal state or with no council yet). */
export async function recipientsForDossierState(
  db: DbOrTx,
  dossier: DossierRecipientFacts,
): Promise<string[]> {
  const target = responsibleTarget(dossier);
  return target ? findRecipients(db, target) : [];
}
