import type { Capacity, DossierFacts } from './dossier-facts.ts';
import type { DossierState } from './dossier-states.ts';
import { type DossierAction, type GuardFailure, TRANSITIONS, type Transition } from './transitions.ts';

export type TransitionPlan =
  | { ok: true; transition: Transition; to: DossierState }
  | { ok: false; kind: 'illegal'; state: DossierState; allowedActions: DossierAction[] }
  | { ok: false; kind: 'guard'; failure: GuardFailure };

const rowsFor = (state: DossierState, capacities: readonly Capacity[]) =>
  TRANSITIONS.filter((t) => t.from === state && t.by.some((c) => capacities.includes(c)));

/** The actions this user may attempt now (guards may still refuse them; the UI shows why). */
export function allowedActions(state: DossierState, capacities: readonly Capacity[]): DossierAction[] {
  return [...new Set(rowsFor(state, capacities).map((t) => t.action))];
}

/** Decides one step: the row that applies, or why none does. Pure; the use case applies the result. */
export function planTransition(
  state: DossierState,
  action: DossierAction,
  capacities: readonly Capacity[],
  facts: DossierFacts,
): TransitionPlan {
  const candidates = rowsFor(state, capacities).filter((t) => t.action === action);
  if (candidates.length === 0) {
    return { ok: false, kind: 'illegal', state, allowedActions: allowedActions(state, capacities) };
  }
  const row = candidates.find((t) => t.when === undefined || t.when(facts)) ?? candidates[0];
  if (!row) return { ok: false, kind: 'illegal', state, allowedActions: allowedActions(state, capacities) };
  for (const guard of row.guards ?? []) {
    const failure = guard(facts);
    if (failure) return { ok: false, kind: 'guard', failure };
  }
  return { ok: true, transition: row, to: row.to };
}

/** Every state some transition reaches or leaves: used by tests to prove the table has no dead ends. */
export function statesInTable(): Set<DossierState> {
  return new Set(TRANSITIONS.flatMap((t) => [t.from, t.to]));
}
