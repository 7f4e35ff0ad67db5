import type { DbOrTx } from '../../db/client.ts';
import {
  type CouncilMemberRow,
  type DossierRow,
  findCouncilSeat,
  findDossierById,
  isRecused,
} from '../../db/repositories/dossiers.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Capacity } from '../../domain/workflow/dossier-facts.ts';
import type { EvaluationLevel } from '../../domain/workflow/dossier-states.ts';

/** The actor's seat on the council working at `level` on this dossier (null: none, or recused). */
export type DossierSeat = Readonly<{ level: EvaluationLevel; seat: CouncilMemberRow; isRecused: boolean }>;

export type DossierAccess = Readonly<{
  dossier: DossierRow;
  capacities: readonly Capacity[];
  seats: readonly DossierSeat[];
}>;

async function seatsOf(db: DbOrTx, actor: Actor, dossier: DossierRow): Promise<DossierSeat[]> {
  const seats: DossierSeat[] = [];
  const councils: [EvaluationLevel, string | null][] = [
    ['province', dossier.councilId],
    ['central', dossier.centralCouncilId],
  ];
  for (const [level, councilId] of councils) {
    if (!councilId) continue;
    const seat = await findCouncilSeat(db, councilId, actor.id);
    if (seat) seats.push({ level, seat, isRecused: await isRecused(db, dossier.id, councilId, actor.id) });
  }
  return seats;
}

/** What the actor is to this dossier; an empty list means they may not see it. */
export function capacitiesOf(actor: Actor, dossier: DossierRow, seats: readonly DossierSeat[]): Capacity[] {
  const capacities: Capacity[] = [];
  const inProvince = actor.provinceCode !== null && actor.provinceCode === dossier.provinceCode;
  if (actor.role === 'producer' && actor.producerId === dossier.producerId) capacities.push('producer');
  if (actor.role === 'commune_officer' && actor.communeCode === dossier.communeCode)
    capacities.push('commune');
  if (actor.role === 'province_officer' && inProvince) capacities.push('province_office');
  if (actor.role === 'province_leader' && inProvince) capacities.push('province_signer');
  if (actor.role === 'ministry_admin') capacities.push('central_office');
  if (actor.role === 'ministry_leader') capacities.push('central_signer');
  for (const { level, seat, isRecused } of seats) {
    if (isRecused || seat.role !== 'chair') continue;
    capacities.push(level === 'province' ? 'council_chair' : 'central_chair');
  }
  return capacities;
}

/**
 * A dossier the actor may see, with what they are to it: 404 when missing, 403 when outside their role and
 * unit, or for a council member not on its council or recused from it.
 */
export async function loadDossierAccess(db: DbOrTx, actor: Actor, id: string): Promise<DossierAccess> {
  const dossier = await findDossierById(db, id);
  if (!dossier) throw new DomainError('DOSSIER_NOT_FOUND', 'Không tìm thấy hồ sơ.');
  return accessTo(db, actor, dossier);
}

export async function accessTo(db: DbOrTx, actor: Actor, dossier: DossierRow): Promise<DossierAccess> {
  const seats = await seatsOf(db, actor, dossier);
  const capacities = capacitiesOf(actor, dossier, seats);
  const seesAsMember = seats.some((s) => !s.isRecused);
  if (capacities.length === 0 && !seesAsMember) {
    const recused = seats.length > 0;
    throw new DomainError(
      recused ? 'RECUSED' : 'FORBIDDEN_SCOPE',
      recused
        ? 'Bạn đã khai báo xung đột lợi ích và không tham gia đánh giá hồ sơ này.'
        : 'Hồ sơ này thuộc chủ thể, địa bàn hoặc Hội đồng khác.',
    );
  }
  return { dossier, capacities, seats };
}
