import { findImportBatch, type ImportBatchRow } from '../../db/repositories/imports.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import type { ImportRowResult } from './import-types.ts';

/** A batch its uploader (or the ministry) may see. */
export async function loadImportBatch(
  db: Parameters<typeof findImportBatch>[0],
  actor: Actor | null,
  id: string,
) {
  const row = await findImportBatch(db, id);
  if (!row) throw new DomainError('IMPORT_NOT_FOUND', 'Không tìm thấy lần nhập này.');
  if (actor && actor.role !== 'ministry_admin' && row.createdBy !== actor.id) {
    throw new DomainError('FORBIDDEN_SCOPE', 'Lần nhập này do người khác thực hiện.');
  }
  return row;
}

export function importRowsOf(
  row: ImportBatchRow,
  filter: { outcome?: string | undefined; page: number; pageSize: number },
): { items: ImportRowResult[]; total: number } {
  const all = (row.outcomes ?? []) as ImportRowResult[];
  const matching = filter.outcome ? all.filter((r) => r.outcome === filter.outcome) : all;
  const start = (filter.page - 1) * filter.pageSize;
  return { items: matching.slice(start, start + filter.pageSize), total: matching.length };
}
