/**
 * A small in-process cache with a time-to-live read from an injected clock (deps.now, so tests move time)
 * and a size cap (oldest entries go first). Values may be null (a code known to be no stamp).
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { at: number; value: V }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly nowMs: () => number,
  ) {}

  get(key: string): { value: V } | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const age = this.nowMs() - entry.at;
    // A clock moved backwards (tests) also invalidates.
    if (age >= this.ttlMs || age < 0) {
      this.#entries.delete(key);
      return undefined;
    }
    return { value: entry.value };
  }

  set(key: string, value: V): void {
    if (this.ttlMs <= 0) return;
    const now = this.nowMs();
    this.#entries.delete(key);
    this.#sweep(now);
    if (this.#entries.size >= this.maxEntries) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
    this.#entries.set(key, { at: now, value });
  }

  /** Entries are kept in insertion order, so the expired ones are at the front: drop a few on every write. */
  #sweep(now: number): void {
    let budget = 16;
    for (const [key, entry] of this.#entries) {
      if (budget-- === 0 || now - entry.at < this.ttlMs) return;
      this.#entries.delete(key);
    }
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
