import { describe, expect, it } from 'vitest';
import { type AuditEntry, canonicalJson, GENESIS_HASH, hashAuditEntry, verifyChain } from './hash-chain.ts';

function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let i = 1; i <= n; i++) {
    const content = {
      seq: i,
      at: new Date(Date.UTC(2026, 10, 22, 8, 0, i)),
      actorId: null,
      actorLabel: 'system',
      entity: 'user',
      entityId: `u${i}`,
      action: 'create',
      before: null,
      after: { name: `Người ${i}`, nested: { b: 1, a: [1, { y: 2, x: 1 }] } },
      prevHash: entries.at(-1)?.hash ?? GENESIS_HASH,
    };
    entries.push({ ...content, hash: hashAuditEntry(content) });
  }
  return entries;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth, so jsonb key reordering does not change the hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(canonicalJson({ a: undefined, b: new Date('2026-01-01T00:00:00Z') })).toBe(
      '{"b":"2026-01-01T00:00:00.000Z"}',
    );
  });
});

describe('verifyChain', () => {
  const entries = chain(5);

  it('accepts an intact chain, whole or page by page', () => {
    expect(verifyChain(entries, null)).toEqual({ ok: true, checked: 5, lastHash: entries[4]?.hash });
    const first = verifyChain(entries.slice(0, 2), null);
    expect(first.ok).toBe(true);
    expect(verifyChain(entries.slice(2), { seq: 2, hash: entries[1]?.hash ?? '' })).toMatchObject({
      ok: true,
      checked: 3,
    });
  });

  it.each([
    [
      'an altered row',
      (e: AuditEntry[]) => e.map((x) => (x.seq === 3 ? { ...x, action: 'delete' } : x)),
      3,
      'hash-mismatch',
    ],
    ['a removed row', (e: AuditEntry[]) => e.filter((x) => x.seq !== 2), 3, 'seq-gap'],
    [
      'a re-hashed altered row',
      (e: AuditEntry[]) =>
        e.map((x) => {
          if (x.seq !== 2) return x;
          const altered = { ...x, entityId: 'forged' };
          return { ...altered, hash: hashAuditEntry(altered) };
        }),
      3,
      'prev-hash-mismatch',
    ],
  ] as const)('finds %s', (_label, tamper, brokenAt, reason) => {
    expect(verifyChain(tamper(entries), null)).toMatchObject({ ok: false, brokenAt, reason });
  });
});
