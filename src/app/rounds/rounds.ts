import { insertRound, listRounds, type RoundRow } from '../../db/repositories/rounds.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { checkRoundDates, defaultRounds } from '../../domain/calendar/rounds.ts';
import { DomainError } from '../../domain/errors.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';

export type RoundInput = Readonly<{
  level: 'province' | 'central';
  provinceCode?: string | null | undefined;
  name: string;
  year: number;
  intakeDeadline: string;
  decisionDeadline: string;
}>;

/** A province opens its own rounds; the ministry the central (5★) rounds. */
function scopeOf(actor: Actor, level: 'province' | 'central', provinceCode: string | null | undefined) {
  if (level === 'central') {
    if (actor.role !== 'ministry_admin') throw new DomainError('FORBIDDEN', 'Đợt đánh giá 5 sao do Bộ mở.');
    return null;
  }
  const code = actor.role === 'province_officer' ? actor.provinceCode : (provinceCode ?? null);
  if (!code) throw validationError([{ field: 'body.provinceCode', message: 'Cần mã tỉnh.' }]);
  if (actor.role === 'province_officer' && provinceCode && provinceCode !== code) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Chỉ mở đợt đánh giá của tỉnh mình.');
  }
  return code;
}

export async function createRound(deps: AppDeps, actor: Actor, auditActor: AuditActor, input: RoundInput) {
  const provinceCode = scopeOf(actor, input.level, input.provinceCode);
  const [first, ...rest] = checkRoundDates(input);
  if (first) throw validationError([first, ...rest]);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    const row = await insertRound(tx, {
      level: input.level,
      provinceCode,
      name: input.name.trim(),
      year: input.year,
      intakeDeadline: input.intakeDeadline,
      decisionDeadline: input.decisionDeadline,
      createdBy: auditActor.id,
      createdAt: now,
      updatedAt: now,
    });
    await recordChange(tx, auditActor, now, {
      entity: 'evaluation_round',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  });
}

/** Opens the rounds of Art. 5 for a year (those not opened yet, matched by name): re-runnable. */
export async function openDefaultRounds(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: { level: 'province' | 'central'; provinceCode?: string | null | undefined; year: number },
): Promise<RoundRow[]> {
  const provinceCode = scopeOf(actor, input.level, input.provinceCode);
  const existing = await listRounds(deps.db, { level: input.level, provinceCode, year: input.year });
  for (const round of defaultRounds(input.level, input.year)) {
    if (existing.some((r) => r.name === round.name)) continue;
    await createRound(deps, actor, auditActor, {
      ...round,
      level: input.level,
      provinceCode,
      year: input.year,
    });
  }
  return listRounds(deps.db, { level: input.level, provinceCode, year: input.year });
}

/** Rounds the actor's unit works with: its province's and the central ones. */
export async function listVisibleRounds(deps: AppDeps, actor: Actor, filter: { year?: number | undefined }) {
  const rows = await listRounds(deps.db, filter.year ? { year: filter.year } : {});
  return rows.filter(
    (r) => r.level === 'central' || !actor.provinceCode || r.provinceCode === actor.provinceCode,
  );
}
