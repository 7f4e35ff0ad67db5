import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { findCouncil, listCouncilMembers } from '../../db/repositories/dossiers.repository.ts';
import { councilMembers, councils } from '../../db/schema/councils.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError, type FieldError } from '../../domain/errors.ts';
import { validationError } from '../../domain/scoring/input.ts';
import { DEFAULT_QUORUM_PERCENT } from '../../domain/workflow/council-rules.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import type { CouncilInput } from './council-input.ts';
import { type CouncilView, councilViewOf } from './council-view.ts';

/** Province officers set up their province's council; ministry staff the central council. */
export function councilScopeOf(
  actor: Actor,
  input: Pick<CouncilInput, 'level' | 'provinceCode'>,
): string | null {
  if (input.level === 'central') {
    if (actor.role !== 'ministry_admin')
      throw new DomainError('FORBIDDEN', 'Hội đồng Trung ương do Bộ thành lập.');
    return null;
  }
  const provinceCode = actor.role === 'province_officer' ? actor.provinceCode : (input.provinceCode ?? null);
  if (!provinceCode) {
    throw validationError([{ field: 'body.provinceCode', message: 'Cần mã tỉnh của Hội đồng cấp tỉnh.' }]);
  }
  if (actor.role === 'province_officer' && input.provinceCode && input.provinceCode !== actor.provinceCode) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Chỉ thành lập Hội đồng của tỉnh mình.');
  }
  return provinceCode;
}

async function checkMembers(tx: Tx, input: CouncilInput): Promise<void> {
  const errors: FieldError[] = [];
  const ids = input.members.map((m) => m.userId);
  const chairs = input.members.filter((m) => m.role === 'chair').length;
  if (chairs !== 1) errors.push({ field: 'body.members', message: 'Hội đồng có đúng một Chủ tịch.' });
  if (new Set(ids).size !== ids.length)
    errors.push({ field: 'body.members', message: 'Một người chỉ giữ một vị trí.' });
  const found =
    ids.length === 0
      ? []
      : await tx.select({ id: users.id, isActive: users.isActive }).from(users).where(inArray(users.id, ids));
  input.members.forEach((m, i) => {
    if (!found.some((u) => u.id === m.userId && u.isActive)) {
      errors.push({ field: `body.members.${i}.userId`, message: 'Không có tài khoản đang hoạt động này.' });
    }
  });
  const [first, ...rest] = errors;
  if (first) throw validationError([first, ...rest]);
}

async function writeMembers(tx: Tx, councilId: string, input: CouncilInput, now: Date) {
  await tx.delete(councilMembers).where(eq(councilMembers.councilId, councilId));
  if (input.members.length === 0) return;
  await tx.insert(councilMembers).values(
    input.members.map((m) => ({
      councilId,
      userId: m.userId,
      role: m.role,
      agency: m.agency?.trim() || null,
      position: m.position?.trim() || null,
      createdAt: now,
    })),
  );
}

/** Creates a council (id absent) or replaces its details and seats, audited with before/after. */
export async function saveCouncil(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  input: CouncilInput,
  id?: string,
): Promise<CouncilView> {
  const provinceCode = councilScopeOf(actor, input);
  const now = deps.now();
  return deps.db.transaction(async (tx) => {
    await checkMembers(tx, input);
    const existing = id ? await findCouncil(tx, id) : undefined;
    if (id && (!existing || existing.level !== input.level || existing.provinceCode !== provinceCode)) {
      throw new DomainError('COUNCIL_NOT_FOUND', 'Không tìm thấy Hội đồng.');
    }
    const before = existing ? { ...existing, members: await listCouncilMembers(tx, existing.id) } : undefined;
    const values = {
      level: input.level,
      provinceCode,
      name: input.name.trim(),
      establishedBy: input.establishedBy?.trim() || null,
      establishedOn: input.establishedOn ?? null,
      quorumPercent: input.quorumPercent ?? DEFAULT_QUORUM_PERCENT,
      updatedAt: now,
    };
    const [row] = existing
      ? await tx.update(councils).set(values).where(eq(councils.id, existing.id)).returning()
      : await tx
          .insert(councils)
          .values({ ...values, createdAt: now })
          .returning();
    if (!row) throw new Error('council write returned no row');
    await writeMembers(tx, row.id, input, now);
    const view = await councilViewOf(tx, row);
    await recordChange(tx, auditActor, now, {
      entity: 'council',
      entityId: row.id,
      action: existing ? 'update' : 'create',
      before,
      after: view,
    });
    return view;
  });
}
