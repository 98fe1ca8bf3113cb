// Words looked up at a position of a text without slicing it: the one lookup every recogniser
// uses. The recognisers test boundaries at every step of a leftward scan, so lookups must be
// cheap and allocation-free. Two character tries (one read forwards, one backwards, each built
// on first use) answer "the longest word starting / ending here" in at most word-length Map
// lookups, and usually in none: a typed-array test of the first character rules most out.

interface TrieNode<V> {
  next: Map<number, TrieNode<V>> | undefined;
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

const newNode = <V>(): TrieNode<V> => ({ next: undefined, word: undefined, value: undefined });

/** Scratch buffer for `covers` (names are short; grown when needed). */
let reachable = new Uint8Array(64);

/**
 * The characters that words start (or end) with, one bit per trie, shared by all maps: a
 * position whose character starts no word is ruled out with one typed-array read instead of a
 * Map lookup. 32 tries share a table of 256 KB, allocated when the first of them is built.
 */
const firstChars: Uint32Array[] = [];
let triesBuilt = 0;

interface Trie<V> {
  root: TrieNode<V>;
  /** The table of `firstChars` holding this trie's bit, and the bit. */
  chars: Uint32Array;
  bit: number;
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
    const node = walk(this.backward!.root, text, end - 1, -1, length);
    return { word: node.word!, value: node.value as V, start: end - length, end };
  }

  /** The longest word that starts at `start` and ends at or before `limit`. */
  startingAt(text: string, start: number, limit = text.length): WordMatch<V> | undefined {
    const length = this.longestStartingAt(text, start, limit);
    if (length === 0) return undefined;
    const node = walk(this.forward!.root, text, start, 1, length);
    return { word: node.word!, value: node.value as V, start, end: start + length };
  }

  /** False when no word ends with the character `c`: one typed-array read, for loops over a whole text. */
  mayEndWith(c: number): boolean {
    const trie = this.backward ?? (this.backward = this.build(-1));
    return (trie.chars[c] & trie.bit) !== 0;
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    const trie = this.backward ?? (this.backward = this.build(-1));
    if ((trie.chars[text.charCodeAt(end - 1)] & trie.bit) === 0) return 0;
    let node = trie.root;
    let best = 0;
    for (let k = end - 1; k >= floor; k--) {
      const child = node.next?.get(text.charCodeAt(k));
      if (!child) break;
      node = child;
      if (node.word !== undefined) best = end - k;
    }
    return best;
  }

  /** Length of the longest word that starts at `start` and ends at or before `limit`, else 0. */
  longestStartingAt(text: string, start: number, limit = text.length): number {
    const trie = this.forward ?? (this.forward = this.build(1));
    if ((trie.chars[text.charCodeAt(start)] & trie.bit) === 0) return 0;
    let node = trie.root;
    let best = 0;
    for (let k = start; k < limit; k++) {
      const child = node.next?.get(text.charCodeAt(k));
      if (!child) break;
      node = child;
      if (node.word !== undefined) best = k + 1 - start;
    }
    return best;
  }

  /** True when a word lies wholly inside text[start, end). */
  occursIn(text: string, start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.longestStartingAt(text, i, end) > 0) return true;
    return false;
  }

  /** True when text[start, end) is a sequence of words of this map (and not empty). */
  covers(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= 0) return false;
    const root = (this.forward ??= this.build(1)).root;
    if (reachable.length < n + 1) reachable = new Uint8Array(2 * n + 2);
    reachable.fill(0, 0, n + 1);
    reachable[0] = 1;
    for (let k = 0; k < n; k++) {
      if (!reachable[k]) continue;
      let node = root;
      for (let j = start + k; j < end; j++) {
        const child = node.next?.get(text.charCodeAt(j));
        if (!child) break;
        node = child;
        if (node.word !== undefined) reachable[j + 1 - start] = 1;
      }
    }
    return reachable[n] === 1;
  }

  /** The trie of the words read forwards (`step` 1) or backwards (-1). */
  private build(step: 1 | -1): Trie<V> {
    const table = triesBuilt >> 5;
    const chars = (firstChars[table] ??= new Uint32Array(0x10000));
    const bit = (1 << (triesBuilt & 31)) >>> 0;
    triesBuilt++;
    const root = newNode<V>();
    for (const [word, value] of this.entries) {
      if (word.length === 0) continue;
      const from = step === 1 ? 0 : word.length - 1;
      chars[word.charCodeAt(from)] |= bit;
      insert(root, word, value, from, step);
    }
    return { root, chars, bit };
  }
}

/** The node `steps` characters from the root, reading `text` from `from` in direction `step` (the path exists). */
function walk<V>(root: TrieNode<V>, text: string, from: number, step: number, steps: number): TrieNode<V> {
  let node = root;
  for (let k = 0; k < steps; k++) node = node.next!.get(text.charCodeAt(from + k * step))!;
  return node;
}

function insert<V>(root: TrieNode<V>, word: string, value: V, from: number, step: number): void {
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
