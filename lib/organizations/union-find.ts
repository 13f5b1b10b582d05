/** Disjoint sets over string keys (path halving, union by insertion order). */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** Adds `key` as its own set when new. */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key);
  }

  /** The representative of `key`'s set. */
  find(key: string): string {
    this.add(key);
    let k = key;
    for (;;) {
      const p = this.parent.get(k)!;
      if (p === k) return k;
      const gp = this.parent.get(p)!;
      this.parent.set(k, gp);
      k = gp;
    }
  }

  /** Joins the sets of `a` and `b`. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}
