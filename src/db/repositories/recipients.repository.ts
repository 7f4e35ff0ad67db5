import { and, eq, inArray, notExists, type SQL } from 'drizzle-orm';
import type { Role } from '../../domain/auth/roles.ts';
import type { DbOrTx } from '../client.ts';
import { type CouncilRole, councilMembers } from '../schema/councils.ts';
import { councilRecusals } from '../schema/dossiers.ts';
import { users } from '../schema/users.ts';

export type UserUnitFilter = {
  role: Role;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  producerId?: string | undefined;
};

/** Active users of a role, narrowed to a province, a commune or a producer when given. */
export async function findActiveUserIds(db: DbOrTx, filter: UserUnitFilter): Promise<string[]> {
  const conditions: SQL[] = [eq(users.role, filter.role), eq(users.isActive, true)];
  if (filter.provinceCode !== undefined) conditions.push(eq(users.provinceCode, filter.provinceCode));
  if (filter.communeCode !== undefined) conditions.push(eq(users.communeCode, filter.communeCode));
  if (filter.producerId !== undefined) conditions.push(eq(users.producerId, filter.producerId));
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(...conditions))
    .orderBy(users.id);
  return rows.map((r) => r.id);
}

/** Active holders of the council's seats (of the given roles), minus those recused from the dossier. */
export async function findCouncilSeatUserIds(
  db: DbOrTx,
  councilId: string,
  dossierId: string,
  roles: readonly CouncilRole[],
): Promise<string[]> {
  if (roles.length === 0) return [];
  const recused = db
    .select({ id: councilRecusals.id })
    .from(councilRecusals)
    .where(
      and(
        eq(councilRecusals.dossierId, dossierId),
        eq(councilRecusals.councilId, councilId),
        eq(councilRecusals.memberId, councilMembers.userId),
      ),
    );
  const rows = await db
    .select({ id: councilMembers.userId })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(
      and(
        eq(councilMembers.councilId, councilId),
        inArray(councilMembers.role, [...roles]),
        eq(users.isActive, true),
        notExists(recused),
      ),
    )
    .orderBy(councilMembers.userId);
  return rows.map((r) => r.id);
}
