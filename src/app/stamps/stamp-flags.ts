import {
  findStampFlag,
  listStampFlags,
  lockStampFlag,
  type StampFlagDetailRow,
  type StampFlagRow,
  updateStampFlag,
} from '../../db/repositories/stamps-flags.repository.ts';
import { recentScansOf } from '../../db/repositories/stamps-scans.repository.ts';
import type { Actor } from '../../domain/auth/roles.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordChange } from '../audit/record-change.ts';
import type { AppDeps, AuditActor } from '../deps.ts';
import { assertOfficeCovers, listProvinceOf } from './stamp-access.ts';

export type StampFlagView = Readonly<{
  id: string;
  code: string;
  product: { id: string; name: string };
  provinceCode: string;
  reason: 'many_scans' | 'many_provinces';
  details: Record<string, unknown>;
  state: 'open' | 'dismissed' | 'confirmed';
  detectedAt: string;
  handledBy: string | null;
  handledAt: string | null;
  note: string | null;
}>;

const toView = ({ flag, product }: StampFlagDetailRow): StampFlagView => ({
  id: flag.id,
  code: flag.code,
  product,
  provinceCode: flag.provinceCode,
  reason: flag.reason,
  details: flag.details,
  state: flag.state,
  detectedAt: flag.detectedAt.toISOString(),
  handledBy: flag.handledBy,
  handledAt: flag.handledAt?.toISOString() ?? null,
  note: flag.note,
});

export type StampFlagSearch = {
  state?: StampFlagRow['state'] | undefined;
  province?: string | undefined;
  code?: string | undefined;
  page: number;
  pageSize: number;
};

export async function findStampFlags(deps: AppDeps, actor: Actor, search: StampFlagSearch) {
  const { rows, total } = await listStampFlags(deps.db, {
    provinceCode: listProvinceOf(actor, search.province),
    state: search.state,
    code: search.code,
    limit: search.pageSize,
    offset: (search.page - 1) * search.pageSize,
  });
  return { items: rows.map(toView), total };
}

/** One flag with the code's latest scans (client hashes shortened; never an address). */
export async function getStampFlag(deps: AppDeps, actor: Actor, id: string) {
  const row = await findStampFlag(deps.db, id);
  if (!row) throw new DomainError('STAMP_FLAG_NOT_FOUND', 'Không tìm thấy cảnh báo tem.');
  assertOfficeCovers(actor, row.flag.provinceCode);
  return { ...toView(row), recentScans: await recentScansOf(deps.db, row.flag.code, 50) };
}

/** The office closes a flag: dismissed (a false alarm) or confirmed (a copy; follow up, e.g. void the batch). */
export async function handleStampFlag(
  deps: AppDeps,
  actor: Actor,
  auditActor: AuditActor,
  id: string,
  outcome: 'dismissed' | 'confirmed',
  note: string | null | undefined,
): Promise<StampFlagView> {
  const now = deps.now();
  await deps.db.transaction(async (tx) => {
    const before = await lockStampFlag(tx, id);
    if (!before) throw new DomainError('STAMP_FLAG_NOT_FOUND', 'Không tìm thấy cảnh báo tem.');
    assertOfficeCovers(actor, before.provinceCode);
    if (before.state !== 'open') throw new DomainError('STAMP_FLAG_HANDLED', 'Cảnh báo này đã được xử lý.');
    const after = await updateStampFlag(tx, id, {
      state: outcome,
      handledBy: actor.id,
      handledAt: now,
      note: note?.trim() || null,
    });
    const action = outcome === 'dismissed' ? 'dismiss' : 'confirm';
    await recordChange(tx, auditActor, now, { entity: 'stamp_flag', entityId: id, action, before, after });
  });
  const row = await findStampFlag(deps.db, id);
  if (!row) throw new Error(`stamp flag ${id} vanished`);
  return toView(row);
}
