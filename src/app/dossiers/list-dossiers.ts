import { listDossierRows } from '../../db/repositories/dossier-list.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { vietnamDate } from '../../domain/registry/calendar-date.ts';
import { listScopeOf } from '../../domain/registry/record-access.ts';
import { DOSSIER_STATE_LABELS, type DossierState, isTerminal } from '../../domain/workflow/dossier-states.ts';
import { RESPONSIBLE } from '../../domain/workflow/responsibility.ts';
import type { AppDeps } from '../deps.ts';

export type ListDossiersInput = Readonly<{
  states?: DossierState[] | undefined;
  registrationType?: string | undefined;
  roundId?: string | undefined;
  productId?: string | undefined;
  overdue?: boolean | undefined;
  /** Only the dossiers waiting for this user's role to act. */
  todo?: boolean | undefined;
  page: number;
  pageSize: number;
}>;

const CAPACITY_OF_ROLE: Record<string, string> = {
  producer: 'producer',
  commune_officer: 'commune',
  province_officer: 'province_office',
  province_leader: 'province_signer',
  ministry_admin: 'central_office',
  ministry_leader: 'central_signer',
};

/** States where the actor's role acts next (council members: scoring and discussion). */
function todoStates(actor: Actor): DossierState[] {
  const capacity = CAPACITY_OF_ROLE[actor.role];
  return (Object.entries(RESPONSIBLE) as [DossierState, string | null][])
    .filter(([, who]) =>
      actor.role === 'council_member'
        ? who === 'council' || who === 'council_chair' || who === 'central_chair'
        : who === capacity,
    )
    .map(([state]) => state);
}

/** Dossiers the actor may see: their producer, commune or province; a council member the councils they sit on. */
export async function listDossiers(deps: AppDeps, actor: Actor, input: ListDossiersInput) {
  const today = vietnamDate(deps.now());
  const wanted = input.todo
    ? todoStates(actor).filter((s) => !input.states || input.states.includes(s))
    : input.states;
  const { rows, total } = await listDossierRows(deps.db, {
    scope: actor.role === 'council_member' ? { kind: 'all' } : listScopeOf(actor),
    councilMemberId: actor.role === 'council_member' ? actor.id : undefined,
    states: wanted,
    registrationType: input.registrationType,
    roundId: input.roundId,
    productId: input.productId,
    overdueOn: input.overdue ? today : undefined,
    page: input.page,
    pageSize: input.pageSize,
  });
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map(({ dossier, productName, producerName }) => ({
      id: dossier.id,
      code: dossier.code,
      state: dossier.state,
      stateLabel: DOSSIER_STATE_LABELS[dossier.state],
      registrationType: dossier.registrationType,
      productId: dossier.productId,
      productName,
      producerName,
      provinceCode: dossier.provinceCode,
      communeCode: dossier.communeCode,
      dueOn: dossier.dueOn,
      isOverdue: !isTerminal(dossier.state) && dossier.dueOn !== null && dossier.dueOn < today,
      resultTotal: dossier.resultTotal === null ? null : Number(dossier.resultTotal),
      resultStars: dossier.resultStars,
      updatedAt: dossier.updatedAt.toISOString(),
    })),
  };
}
