/**
 * Values used lately, kept in two generations: a hit in the older one moves the value into the newer, and when the
 * newer fills up it becomes the older and the old older is dropped whole. Evicting one least-recently-used entry per
 * miss instead left a Map scanning past its deleted entries, a cost paid on every new sentence.
 */
export class RecentCache<Value> {
  private newer = new Map<string, Value>();
  private older = new Map<string, Value>();

  /** Holds at least the last `generationSize` values used, and at most twice as many. */
  constructor(private generationSize: number) {}

  /**
   * Grows the cache to hold at least `count` values: a draft with more sentences than a generation would otherwise
   * push its own first sentences out on every pass, and each keystroke would analyse them again.
   */
  holdAtLeast(count: number): void {
    this.generationSize = Math.max(this.generationSize, count);
  }

  get(key: string): Value | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) {
      this.older.delete(key);
      this.set(key, old);
    }
    return old;
  }

  set(key: string, value: Value): void {
    if (this.newer.size >= this.generationSize) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }
}
