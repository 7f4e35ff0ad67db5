import type { DbOrTx } from '../../db/client.ts';
import { listAuditEntries } from '../../db/repositories/audit.repository.ts';
import { type ChainVerdict, verifyChain } from '../../domain/audit/hash-chain.ts';

/** Walks the whole log page by page; stops at the first broken link. */
export async function verifyAuditLog(db: DbOrTx, pageSize = 5000): Promise<ChainVerdict> {
  let previous: { seq: number; hash: string } | null = null;
  let checked = 0;
  for (;;) {
    const page = await listAuditEntries(db, previous?.seq ?? 0, pageSize);
    const verdict = verifyChain(page, previous);
    if (!verdict.ok) return { ...verdict, checked: checked + verdict.checked };
    checked += verdict.checked;
    const last = page.at(-1);
    if (!last || page.length < pageSize) return { ok: true, checked, lastHash: verdict.lastHash };
    previous = { seq: last.seq, hash: last.hash };
  }
}
