import { and, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { type CouncilRow, findCouncil } from '../../db/repositories/dossiers.repository.ts';
import { councilMembers, councils } from '../../db/schema/councils.ts';
import { users } from '../../db/schema/users.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';

export type CouncilView = CouncilRow & {
  members: {
    userId: string;
    displayName: string;
    role: string;
    agency: string | null;
    position: string | null;
  }[];
};

export async function councilViewOf(db: DbOrTx, council: CouncilRow): Promise<CouncilView> {
  const members = await db
    .select({
      userId: councilMembers.userId,
      displayName: users.displayName,
      role: councilMembers.role,
      agency: councilMembers.agency,
      position: councilMembers.position,
    })
    .from(councilMembers)
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(eq(councilMembers.councilId, council.id));
  const order = ['chair', 'member', 'secretary', 'advisor'];
  members.sort(
    (a, b) =>
      order.indexOf(a.role) - order.indexOf(b.role) || a.displayName.localeCompare(b.displayName, 'vi'),
  );
  return { ...council, members };
}

const visibleTo = (actor: Actor, council: CouncilRow) =>
  council.level === 'central' || actor.provinceCode === null || actor.provinceCode === council.provinceCode;

export async function getCouncil(db: DbOrTx, actor: Actor, id: string): Promise<CouncilView> {
  const council = await findCouncil(db, id);
  if (!council || !visibleTo(actor, council))
    throw new DomainError('COUNCIL_NOT_FOUND', 'Không tìm thấy Hội đồng.');
  return councilViewOf(db, council);
}

/** Councils the actor's unit has (a province sees its own and the central council). */
export async function listCouncils(db: DbOrTx, actor: Actor, filter: { level?: 'province' | 'central' }) {
  const where: SQL[] = [];
  if (filter.level) where.push(eq(councils.level, filter.level));
  const rows = await db
    .select()
    .from(councils)
    .where(and(...where))
    .orderBy(councils.createdAt);
  const views: CouncilView[] = [];
  for (const row of rows.filter((r) => visibleTo(actor, r))) views.push(await councilViewOf(db, row));
  return views;
}
