/** What a tally counts: a sample with its count and first / last time. */
export interface Counted {
  n: number;
  a: number;
  z: number;
}

/**
 * O(1) counting of repeated observations between two flushes: a storm of ten thousand identical errors costs a
 * map lookup each and leaves one sample with an exact count. Beyond `maxKeys` distinct keys, new keys fold into
 * one overflow sample per `overflowKey`, so memory stays bounded and the total stays exact.
 */
export class Tally<T extends Counted> {
  private readonly items = new Map<string, T>();

  constructor(
    private readonly maxKeys: number,
    private readonly markOverflow: (item: T) => void,
  ) {}

  add(key: string, at: number, make: () => T, overflowKey: string): void {
    let item = this.items.get(key);
    let overflow = false;
    if (!item && this.items.size >= this.maxKeys) {
      overflow = true;
      key = overflowKey;
      item = this.items.get(key);
    }
    if (item) {
      item.n++;
      item.z = at;
      return;
    }
    const fresh = make();
    fresh.n = 1;
    fresh.a = at;
    fresh.z = at;
    if (overflow) this.markOverflow(fresh);
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
