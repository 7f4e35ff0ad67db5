import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { ListScope } from '../../domain/registry/record-access.ts';

/** The WHERE fragment that limits a list to what the actor may see. */
export function scopeCondition(
  scope: ListScope,
  columns: { provinceCode: PgColumn; communeCode: PgColumn; producerId: PgColumn },
): SQL | undefined {
  switch (scope.kind) {
    case 'all':
      return undefined;
    case 'province':
      return eq(columns.provinceCode, scope.provinceCode);
    case 'commune':
      return eq(columns.communeCode, scope.communeCode);
    case 'producer':
      return eq(columns.producerId, scope.producerId);
    case 'none':
      return sql`false`;
  }
}
