/** Reads remembered for as long as they are sure to be true. */
import type { Store } from "./store.js";

/**
 * Remembers reads, by key, on a store this process alone writes (PGlite under its lock), and only while its
 * generation stands: any write other than a session-log append, queued or committed, forgets them all. A read
 * during which the generation moved is not kept. On PostgreSQL, which other servers write too, every get
 * reads. Values are shared between callers: treat them as read-only. Misses (undefined) are not kept.
 */
export class ReadCache<V> {
  private entries = new Map<string, V>();
  private at: number | undefined;

  constructor(
    private readonly store: Pick<Store, "generation">,
    private readonly max = 10_000,
  ) {}

  async get(key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
    const generation = this.store.generation?.();
    if (generation === undefined) return read();
    if (generation !== this.at) {
      this.entries.clear();
      this.at = generation;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) return hit;
    const value = await read();
    if (value !== undefined && this.store.generation!() === generation) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, value);
    }
    return value;
  }
}
