// Words looked up at a position of a text without slicing it: the one lookup every recogniser
// uses. The recognisers test boundaries at every step of a leftward scan, so lookups must be
// cheap and allocation-free. Two character tries (one read forwards, one backwards, each built
// on first use, kept in typed arrays) answer "the longest word starting / ending here" in at
// most word-length steps, and usually in none: a typed-array test of the first character rules
// most out.

/** A node of the trie while it is built (then flattened into a `Trie`). */
interface BuildNode<V> {
  next: Map<number, BuildNode<V>> | undefined;
  /** The word the path to this node spells, if it is one. */
  word: string | undefined;
  value: V | undefined;
}

/** A word found at a position: text[start, end) is `word`. */
export interface WordMatch<V> {
  word: string;
  value: V;
  start: number;
  end: number;
}

const newNode = <V>(): BuildNode<V> => ({ next: undefined, word: undefined, value: undefined });

/** Scratch buffer for `covers` (names are short; grown when needed). */
let reachable = new Uint8Array(64);

/**
 * The characters that words start (or end) with, one bit per trie, shared by all maps: a
 * position whose character starts no word is ruled out with one typed-array read instead of a
 * trie lookup. 32 tries share a table of 256 KB, allocated when the first of them is built.
 */
const firstChars: Uint32Array[] = [];
let triesBuilt = 0;

/**
 * A trie in typed arrays. Nodes are numbers (the root is 0); every edge (node, character) →
 * child sits in one open-addressing hash table, so a step is a few typed-array reads instead of
 * a Map lookup: the scans take a step at almost every character they look at.
 */
interface Trie<V> {
  /** Per slot of the edge table: the parent node (-1 for an empty slot), the character, the child. */
  edgeFrom: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  /** Slot of a hash: its top bits (`>>> shift`); probes wrap with `mask`. */
  shift: number;
  mask: number;
  /** Per node: the word its path spells (undefined when none) and that word's value. */
  words: (string | undefined)[];
  values: (V | undefined)[];
  /** The table of `firstChars` holding this trie's bit, and the bit. */
  chars: Uint32Array;
  bit: number;
}

/** First slot to probe for the edge (node, c) (Fibonacci hashing: the top bits of a product). */
function slotOf(node: number, c: number, shift: number): number {
  return Math.imul((node << 16) ^ c, 0x9e3779b1) >>> shift;
}

/** The child of `node` by the character `c`, or -1 (also for NaN, read past a text's end). */
function childOf<V>(trie: Trie<V>, node: number, c: number): number {
  const from = trie.edgeFrom;
  for (let i = slotOf(node, c, trie.shift); ; i = (i + 1) & trie.mask) {
    const parent = from[i];
    if (parent === node && trie.edgeChar[i] === c) return trie.edgeTo[i];
    if (parent === -1) return -1;
  }
}

export class WordMap<V> {
  private forward: Trie<V> | undefined;
  private backward: Trie<V> | undefined;
  private longestLength: number | undefined;

  /**
   * Keeps the entries; the tries are built on first use, so loading a module builds nothing.
   * A word listed twice keeps its first value.
   */
  constructor(private readonly entries: readonly (readonly [string, V])[]) {}

  /** Length of the longest word. */
  get longest(): number {
    this.longestLength ??= this.entries.reduce((max, [word]) => Math.max(max, word.length), 0);
    return this.longestLength;
  }

  /** A set of words (every value `true`) from one or more lists. */
  static of(...lists: readonly (readonly string[])[]): WordMap<true> {
    return new WordMap(lists.flatMap((list) => list.map((word) => [word, true] as const)));
  }

  /** The longest word that ends just before `end` and starts at or after `floor`. */
  endingAt(text: string, end: number, floor = 0): WordMatch<V> | undefined {
    const length = this.longestEndingAt(text, end, floor);
    if (length === 0) return undefined;
    const trie = this.backward!;
    const node = walk(trie, text, end - 1, -1, length);
    return { word: trie.words[node]!, value: trie.values[node] as V, start: end - length, end };
  }

  /** The longest word that starts at `start` and ends at or before `limit`. */
  startingAt(text: string, start: number, limit = text.length): WordMatch<V> | undefined {
    const length = this.longestStartingAt(text, start, limit);
    if (length === 0) return undefined;
    const trie = this.forward!;
    const node = walk(trie, text, start, 1, length);
    return { word: trie.words[node]!, value: trie.values[node] as V, start, end: start + length };
  }

  /** False when no word starts with the character `c`: one typed-array read, for scans that test several maps. */
  mayStartWith(c: number): boolean {
    const trie = this.forward ?? (this.forward = this.build(1));
    return (trie.chars[c] & trie.bit) !== 0;
  }

  /** False when no word ends with the character `c`: one typed-array read, for loops over a whole text. */
  mayEndWith(c: number): boolean {
    const trie = this.backward ?? (this.backward = this.build(-1));
    return (trie.chars[c] & trie.bit) !== 0;
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    // Nothing to read (the text's start or end, asked often): said before reading, since one read
    // out of the text makes V8 throw away and recompile this function and every one it is inlined in.
    if (end <= floor || end > text.length) return 0;
    const trie = this.backward ?? (this.backward = this.build(-1));
    if ((trie.chars[text.charCodeAt(end - 1)] & trie.bit) === 0) return 0;
    let node = 0;
    let best = 0;
    for (let k = end - 1; k >= floor; k--) {
      node = childOf(trie, node, text.charCodeAt(k));
      if (node < 0) break;
      if (trie.words[node] !== undefined) best = end - k;
    }
    return best;
  }

  /** Length of the longest word that starts at `start` and ends at or before `limit`, else 0. */
  longestStartingAt(text: string, start: number, limit = text.length): number {
    // As in longestEndingAt: no read out of the text.
    if (start < 0 || start >= limit || start >= text.length) return 0;
    const trie = this.forward ?? (this.forward = this.build(1));
    if ((trie.chars[text.charCodeAt(start)] & trie.bit) === 0) return 0;
    let node = 0;
    let best = 0;
    for (let k = start; k < limit; k++) {
      node = childOf(trie, node, text.charCodeAt(k));
      if (node < 0) break;
      if (trie.words[node] !== undefined) best = k + 1 - start;
    }
    return best;
  }

  /** True when a word lies wholly inside text[start, end). */
  occursIn(text: string, start: number, end: number): boolean {
    const trie = (this.forward ??= this.build(1));
    for (let i = start; i < end; i++) {
      // The first character rules most positions out: test it here, without a call.
      if ((trie.chars[text.charCodeAt(i)] & trie.bit) !== 0 && this.longestStartingAt(text, i, end) > 0) return true;
    }
    return false;
  }

  /** True when text[start, end) is a sequence of words of this map (and not empty). */
  covers(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= 0) return false;
    const trie = (this.forward ??= this.build(1));
    // Most stretches asked about open with a character no word starts with, or end with one no word
    // ends with: no scratch to clear.
    if ((trie.chars[text.charCodeAt(start)] & trie.bit) === 0) return false;
    const backward = (this.backward ??= this.build(-1));
    if ((backward.chars[text.charCodeAt(end - 1)] & backward.bit) === 0) return false;
    if (reachable.length < n + 1) reachable = new Uint8Array(2 * n + 2);
    reachable.fill(0, 0, n + 1);
    reachable[0] = 1;
    for (let k = 0; k < n; k++) {
      if (!reachable[k]) continue;
      // A word must start here: most positions are ruled out by their first character.
      if ((trie.chars[text.charCodeAt(start + k)] & trie.bit) === 0) continue;
      let node = 0;
      for (let j = start + k; j < end; j++) {
        node = childOf(trie, node, text.charCodeAt(j));
        if (node < 0) break;
        if (trie.words[node] !== undefined) reachable[j + 1 - start] = 1;
      }
    }
    return reachable[n] === 1;
  }

  /** The trie of the words read forwards (`step` 1) or backwards (-1). */
  private build(step: 1 | -1): Trie<V> {
    const table = triesBuilt >> 5;
    const chars = (firstChars[table] ??= new Uint32Array(0x10000));
    // Signed: the 32nd bit as an unsigned number (2^31) is no small integer to V8, and a trie
    // holding it changed every trie's shape, deoptimising the scans that read them. Tests with
    // `&` read it the same either way.
    const bit = 1 << (triesBuilt & 31);
    triesBuilt++;
    const root = newNode<V>();
    for (const [word, value] of this.entries) {
      if (word.length === 0) continue;
      const from = step === 1 ? 0 : word.length - 1;
      chars[word.charCodeAt(from)] |= bit;
      insert(root, word, value, from, step);
    }
    return flatten(root, chars, bit);
  }
}

/** The node `steps` characters from the root, reading `text` from `from` in direction `step` (the path exists). */
function walk<V>(trie: Trie<V>, text: string, from: number, step: number, steps: number): number {
  let node = 0;
  for (let k = 0; k < steps; k++) node = childOf(trie, node, text.charCodeAt(from + k * step));
  return node;
}

function insert<V>(root: BuildNode<V>, word: string, value: V, from: number, step: number): void {
  let node = root;
  for (let k = from; k >= 0 && k < word.length; k += step) {
    const c = word.charCodeAt(k);
    node.next ??= new Map();
    let child = node.next.get(c);
    if (!child) {
      child = newNode();
      node.next.set(c, child);
    }
    node = child;
  }
  if (node.word === undefined) {
    node.word = word;
    node.value = value;
  }
}

/** The built trie in typed arrays: nodes numbered in breadth-first order, edges hashed. */
function flatten<V>(root: BuildNode<V>, chars: Uint32Array, bit: number): Trie<V> {
  const order: BuildNode<V>[] = [root];
  for (let i = 0; i < order.length; i++) for (const child of order[i].next?.values() ?? []) order.push(child);
  // At most half full, so that a probe ends soon at an empty slot.
  let bits = 4;
  while (1 << bits < 2 * order.length) bits++;
  const size = 1 << bits;
  const trie: Trie<V> = {
    edgeFrom: new Int32Array(size).fill(-1), edgeChar: new Uint16Array(size), edgeTo: new Int32Array(size),
    shift: 32 - bits, mask: size - 1, words: order.map((n) => n.word), values: order.map((n) => n.value), chars, bit,
  };
  const id = new Map(order.map((node, i) => [node, i]));
  order.forEach((node, parent) => {
    for (const [c, child] of node.next ?? []) {
      let slot = slotOf(parent, c, trie.shift);
      while (trie.edgeFrom[slot] !== -1) slot = (slot + 1) & trie.mask;
      trie.edgeFrom[slot] = parent;
      trie.edgeChar[slot] = c;
      trie.edgeTo[slot] = id.get(child)!;
    }
  });
  return trie;
}
