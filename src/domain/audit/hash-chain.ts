import { createHash } from 'node:crypto';

/** The fields of an audit entry that the hash covers (everything but the hash itself). */
export type AuditEntryContent = Readonly<{
  seq: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  prevHash: string;
}>;

export type AuditEntry = AuditEntryContent & Readonly<{ hash: string }>;

export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every depth, so that a value read back from jsonb (which reorders
 * keys) hashes the same as the value that was written.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditEntry(entry: AuditEntryContent): string {
  const payload = canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash: entry.prevHash,
  });
  return createHash('sha256').update(payload).digest('hex');
}

export type ChainVerdict =
  | { ok: true; checked: number; lastHash: string }
  | {
      ok: false;
      checked: number;
      brokenAt: number;
      reason: 'hash-mismatch' | 'prev-hash-mismatch' | 'seq-gap';
    };

/**
 * Checks a run of entries in seq order. `previous` is the last verified entry before the run
 * (null when the run starts at the beginning of the log), so the log can be verified page by page.
 */
export function verifyChain(
  entries: readonly AuditEntry[],
  previous: { seq: number; hash: string } | null,
): ChainVerdict {
  let expectedPrev = previous?.hash ?? GENESIS_HASH;
  let expectedSeq = previous ? previous.seq + 1 : 1;
  let checked = 0;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { ok: false, checked, brokenAt: entry.seq, reason: 'seq-gap' };
    if (entry.prevHash !== expectedPrev) {
      return { ok: false, checked, brokenAt: entry.seq, reason: 'prev-hash-mismatch' };
    }
    if (hashAuditEntry(entry) !== entry.hash) {
      return { ok: false, checked, brokenAt: entry.seq, reason: 'hash-mismatch' };
    }
    expectedPrev = entry.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { ok: true, checked, lastHash: expectedPrev };
}
