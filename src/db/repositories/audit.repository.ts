import { asc, desc, gt, sql } from 'drizzle-orm';
import { type AuditEntry, GENESIS_HASH, hashAuditEntry } from '../../domain/audit/hash-chain.ts';
import type { DbOrTx, Tx } from '../client.ts';
import { auditLog } from '../schema/index.ts';

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

const AUDIT_CHAIN_LOCK = 727002;

/** Appends one entry to the hash chain. Must run inside the transaction that makes the change. */
export async function appendAuditEntry(tx: Tx, entry: NewAuditEntry): Promise<AuditEntry> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const content = {
    ...entry,
    before: entry.before ?? null,
    after: entry.after ?? null,
    seq: (last?.seq ?? 0) + 1,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  const full: AuditEntry = { ...content, hash: hashAuditEntry(content) };
  await tx.insert(auditLog).values(full);
  return full;
}

/** A page of the log in chain order, starting after `afterSeq`. */
export async function listAuditEntries(db: DbOrTx, afterSeq: number, limit: number): Promise<AuditEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(gt(auditLog.seq, afterSeq))
    .orderBy(asc(auditLog.seq))
    .limit(limit);
  return rows.map((r) => ({ ...r, before: r.before ?? null, after: r.after ?? null }));
}
