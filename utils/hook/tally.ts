/** What a tally counts: a sample with its count and first / last time. */
export interface Counted {
  n: number;
  a: number;
  z: number;
}

/**
 * O(1) counting of repeated observations between two flushes: a storm of ten thousand identical errors costs a
 * map lookup each and leaves one sample with an exact count. Beyond `maxKeys` distinct keys, new keys fold into
 * one overflow sample per `overflowKey`, so memory stays bounded and the total stays exact. A repeat allocates
 * nothing: `hit` first, and only for a key it does not know, `put` a fresh sample.
 */
export class Tally<T extends Counted> {
  private readonly items = new Map<string, T>();

  constructor(
    private readonly maxKeys: number,
    private readonly markOverflow: (item: T) => void,
  ) {}

  /** One more of `key`, seen at `at`; false when the key is new (then `put` its sample). */
  hit(key: string, at: number): boolean {
    const item = this.items.get(key);
    if (!item) return false;
    item.n++;
    item.z = at;
    return true;
  }

  /** The first sample of a new key (`n`, `a`, `z` already set), or one more of the overflow beyond `maxKeys`. */
  put(key: string, fresh: T, overflowKey: string): void {
    if (this.items.size >= this.maxKeys) {
      if (this.hit(overflowKey, fresh.z)) return;
      this.markOverflow(fresh);
      key = overflowKey;
    }
    this.items.set(key, fresh);
  }

  get size(): number {
    return this.items.size;
  }

  drain(): T[] {
    const out = [...this.items.values()];
    this.items.clear();
    return out;
  }
}
