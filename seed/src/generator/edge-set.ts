/**
 * The identities of the relationships emitted so far, as an open-addressing hash set of numbers
 * in a Float64Array: about 16 bytes per relationship instead of the ~100 a Set of strings costs,
 * so a million relationships need some 32 MB of dedup state.
 *
 * An identity (type, from, to, key) is packed into one exact double: type (4 bits), key slot
 * (5 bits: 0 for none, else year - 2000 + 1), from and to (21 bits each): 51 bits < 2^53.
 */
export const MAX_NODE_INDEX = 2 ** 21 - 1;
const NODE_SPAN = 2 ** 21;
const EMPTY = 0;

export function packIdentity(typeIndex: number, keySlot: number, from: number, to: number): number {
  // +1 so that no identity packs to EMPTY.
  return ((typeIndex * 32 + keySlot) * NODE_SPAN + from) * NODE_SPAN + to + 1;
}

export class EdgeSet {
  private table: Float64Array;
  private mask: number;
  private count = 0;

  constructor(expected = 1024) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the identity; false when it was already there. */
  add(identity: number): boolean {
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    return this.insert(identity);
  }

  has(identity: number): boolean {
    for (let slot = this.slotOf(identity); ; slot = (slot + 1) & this.mask) {
      const current = this.table[slot];
      if (current === EMPTY) return false;
      if (current === identity) return true;
    }
  }

  private insert(identity: number): boolean {
    for (let slot = this.slotOf(identity); ; slot = (slot + 1) & this.mask) {
      const current = this.table[slot];
      if (current === identity) return false;
      if (current === EMPTY) {
        this.table[slot] = identity;
        this.count++;
        return true;
      }
    }
  }

  private slotOf(identity: number): number {
    const low = identity >>> 0;
    const high = Math.floor(identity / 4294967296) | 0;
    let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & this.mask;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.mask = this.table.length - 1;
    this.count = 0;
    for (const identity of old) if (identity !== EMPTY) this.insert(identity);
  }
}
