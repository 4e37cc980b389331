/**
 * A set of indices (0 to size - 1) that only grows, answering "the first member at or after i" in logarithmic
 * time: a binary tree over the indices in which a node is set when any index below it is.
 */
export class GrowingIndexSet {
  private readonly leaves: number
  private readonly tree: Uint8Array

  constructor(size: number) {
    let leaves = 1
    while (leaves < size) leaves *= 2
    this.leaves = leaves
    this.tree = new Uint8Array(2 * leaves)
  }

  add(index: number): void {
    for (let node = index + this.leaves; node >= 1 && !this.tree[node]; node >>= 1) this.tree[node] = 1
  }

  /** The first member at or after `index`, or -1. */
  firstFrom(index: number): number {
    if (index >= this.leaves) return -1
    let node = index + this.leaves
    // Climb until a right sibling holds a member (or the node itself, for the leaf we start on)...
    while (!this.tree[node]) {
      while (node > 1 && (node & 1) === 1) node >>= 1
      if (node === 1) return -1
      node += 1
    }
    // ...then go down to its first member.
    while (node < this.leaves) node = this.tree[2 * node] ? 2 * node : 2 * node + 1
    return node - this.leaves
  }
}
