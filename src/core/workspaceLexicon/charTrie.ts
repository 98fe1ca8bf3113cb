// A set of words as a trie in typed arrays, built once from its list, read forwards from any
// position of a text: the lexicon matcher tries it at every position of every paragraph, between
// the recogniser's own work, so what it reads must be small enough to stay in the processor's
// caches: a Map lookup per character and an object per node cost several times more.
//
// - Bit sets of 8 KB rule out most positions before any walk: the units that start a word, the
//   units found in the first w units of a word (w: the shortest word's length, at most 4; one
//   read rules out w positions: `nextStart`), and (hashed) the pairs of units that start one.
// - The edges, (parent, unit) → child, live in one open-addressing hash table, at most two
//   thirds full, two numbers a slot, read once per step of a walk. A node is named by the slot
//   of the edge that leads to it (slot + 1; the root is 0), so the slot needs no field for the
//   child.

/** A slot's second number: the unit, USED (0: an empty slot), and WORD when a word ends at the child. */
const USED = 1 << 16;
const WORD = 1 << 17;
const UNIT_AND_USED = USED | 0xffff;
const MIN_SLOTS = 16;
const PAIR_BITS = 1 << 16;
/**
 * The longest window nextStart rules out with one read: each further unit of the words' heads
 * adds units to the set, so that fewer reads rule anything out (four: about ×1.3 the scan's
 * speed against two on a lexicon of 10,000 Chinese names).
 */
const MAX_WINDOW = 4;

export class CharTrie {
  private readonly firstUnits = new Int32Array(0x10000 >> 5);
  /** The units found in the first `window` units of a word (all of them when window is 0). */
  private readonly leadingUnits = new Int32Array(0x10000 >> 5);
  private readonly pairs = new Int32Array(PAIR_BITS >> 5);
  /** A one-unit word exists: then the pair test cannot rule a position out. */
  private hasOneUnitWord = false;
  /**
   * The shortest word's length, at most MAX_WINDOW: every word holds `window` units of
   * leadingUnits from its start, so a unit outside the set starts no word there or in the
   * window - 1 positions before it. Below 2 (a one-unit word, or none), no skip.
   */
  private readonly window: number;
  /** Slot s: [2s] the parent node, [2s + 1] unit | USED | WORD. */
  private readonly edges: Int32Array;
  /** Slots - 1 (their number is a power of two). */
  private readonly mask: number;
  /** Read at a match only: node - 1 → its depth, and the list index of the first word ending there. */
  private readonly depths: Int32Array;
  private readonly words: Int32Array;

  /** `words` must not hold the empty string. */
  constructor(words: readonly string[]) {
    const units = words.reduce((sum, word) => sum + word.length, 0);
    let slots = MIN_SLOTS;
    while (slots < 1.5 * units) slots *= 2; // at most two thirds full
    this.mask = slots - 1;
    this.edges = new Int32Array(2 * slots);
    this.depths = new Int32Array(slots);
    this.words = new Int32Array(slots);
    this.window = words.reduce((shortest, word) => Math.min(shortest, word.length), MAX_WINDOW);
    words.forEach((word, index) => this.add(word, index));
  }

  /**
   * The first position at or after `from` where a word may start (see mayStartAt); text.length
   * when there is none. When every word has two units or more, a unit outside leadingUnits
   * rules out its own position and the `window` - 1 before it: where nothing can start, the
   * scan reads one unit in `window`.
   */
  nextStart(text: string, from: number): number {
    const n = text.length;
    const last = this.window - 1;
    let i = from;
    while (i < n) {
      if (last > 0 && i + last < n) {
        const unit = text.charCodeAt(i + last);
        if ((this.leadingUnits[unit >> 5] & (1 << (unit & 31))) === 0) {
          i += last + 1;
          continue;
        }
      }
      if (this.mayStartAt(text, i)) return i;
      i++;
    }
    return n;
  }

  /** False when no word starts at text[i] (most positions): two bit reads, no walk. */
  mayStartAt(text: string, i: number): boolean {
    const a = text.charCodeAt(i);
    if ((this.firstUnits[a >> 5] & (1 << (a & 31))) === 0) return false;
    if (this.hasOneUnitWord) return true;
    if (i + 1 >= text.length) return false;
    const h = pairHash(a, text.charCodeAt(i + 1));
    return (this.pairs[h >> 5] & (1 << (h & 31))) !== 0;
  }

  /**
   * The node of the longest word at text[start…) ending at or before `limit`, read with
   * `lengthOf` and `wordOf`; 0 when no word starts there.
   */
  longestAt(text: string, start: number, limit: number): number {
    let node = 0;
    let best = 0;
    for (let k = start; k < limit; k++) {
      node = this.child(node, text.charCodeAt(k));
      if (node === 0) break;
      if ((this.edges[2 * node - 1] & WORD) !== 0) best = node;
    }
    return best;
  }

  /** True when text[start, end) is one of the words: one walk, no slice. */
  has(text: string, start: number, end: number): boolean {
    if (start >= end) return false;
    let node = 0;
    for (let k = start; k < end; k++) {
      node = this.child(node, text.charCodeAt(k));
      if (node === 0) return false;
    }
    return (this.edges[2 * node - 1] & WORD) !== 0;
  }

  /** The length of the word ending at `node` (from longestAt). */
  lengthOf(node: number): number {
    return this.depths[node - 1];
  }

  /** The list index of the (first listed) word ending at `node` (from longestAt). */
  wordOf(node: number): number {
    return this.words[node - 1];
  }

  private add(word: string, index: number): void {
    const first = word.charCodeAt(0);
    this.firstUnits[first >> 5] |= 1 << (first & 31);
    for (let k = 0; k < this.window; k++) {
      const unit = word.charCodeAt(k);
      this.leadingUnits[unit >> 5] |= 1 << (unit & 31);
    }
    if (word.length === 1) this.hasOneUnitWord = true;
    else {
      const h = pairHash(first, word.charCodeAt(1));
      this.pairs[h >> 5] |= 1 << (h & 31);
    }
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const unit = word.charCodeAt(k);
      node = this.child(node, unit) || this.addChild(node, unit, k + 1);
    }
    const key = 2 * node - 1;
    if ((this.edges[key] & WORD) === 0) {
      this.edges[key] |= WORD;
      this.words[node - 1] = index;
    }
  }

  /** The child of `node` by `unit`; 0 when there is none (the root is nobody's child). */
  private child(node: number, unit: number): number {
    const edges = this.edges;
    for (let s = slotHash(node, unit) & this.mask; ; s = (s + 1) & this.mask) {
      const key = edges[2 * s + 1];
      if (key === 0) return 0;
      if ((key & UNIT_AND_USED) === (unit | USED) && edges[2 * s] === node) return s + 1;
    }
  }

  /** A new child of `node` by `unit`, `depth` units from the root. */
  private addChild(node: number, unit: number, depth: number): number {
    let s = slotHash(node, unit) & this.mask;
    while (this.edges[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    this.edges[2 * s] = node;
    this.edges[2 * s + 1] = unit | USED;
    this.depths[s] = depth;
    return s + 1;
  }
}

/** Multiplicative hashing: one node's children, and one unit under many nodes, spread apart. */
function slotHash(node: number, unit: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> 7;
}

/** The first two units of a word hashed to a bit of `pairs`. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 16;
}
