import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

export async function findUserByUsername(db: DbOrTx, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase())).limit(1);
  return row;
}

export async function findUserById(db: DbOrTx, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function insertUser(db: DbOrTx, user: NewUserRow): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...user, username: user.username.toLowerCase() })
    .returning();
  if (!row) throw new Error('insert users returned no row');
  return row;
}

export async function updateUser(db: DbOrTx, id: string, patch: Partial<NewUserRow>): Promise<UserRow> {
  const [row] = await db.update(users).set(patch).where(eq(users.id, id)).returning();
  if (!row) throw new Error(`update users ${id} matched no row`);
  return row;
}

export type UserFilter = {
  role?: string | undefined;
  provinceCode?: string | undefined;
  communeCode?: string | undefined;
  /** Part of the display name or username, accents optional. */
  q?: string | undefined;
  limit: number;
  offset: number;
};

export async function listUsers(
  db: DbOrTx,
  filter: UserFilter,
): Promise<{ items: UserRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.provinceCode) conditions.push(eq(users.provinceCode, filter.provinceCode));
  if (filter.communeCode) conditions.push(eq(users.communeCode, filter.communeCode));
  if (filter.q) {
    conditions.push(
      sql`(lower(f_unaccent(${users.displayName})) like '%' || lower(f_unaccent(${filter.q})) || '%'
        or lower(${users.username}) like '%' || lower(f_unaccent(${filter.q})) || '%')`,
    );
  }
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const items = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(filter.limit)
    .offset(filter.offset);
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  return { items, total: totalRow?.n ?? 0 };
}
