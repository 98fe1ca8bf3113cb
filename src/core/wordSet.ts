// A set of short words looked up at a position of a text without slicing it: the recognisers
// test boundaries at every step of a leftward scan, so lookups must be cheap and allocation-free.
// Two character tries (one read forwards, one backwards) answer "the longest word starting /
// ending here" in at most word-length Map lookups, and usually in one that fails.

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  /** True when the path to this node spells a word. */
  word: boolean;
}

const newNode = (): TrieNode => ({ next: undefined, word: false });

/** Scratch buffer for `covers` (names are short; grown when needed). */
let reachable = new Uint8Array(64);

/**
 * First characters of every set's words, one bit per set and direction, shared by all sets
 * (256 KB, allocated with the first set built): a position whose character starts no word is
 * ruled out with one typed-array read instead of a Map lookup. The first 32 directions get a
 * bit; any further one does without the quick test.
 */
let firstChars: Uint32Array | undefined;
let bitsGiven = 0;

function nextBit(): number {
  const bit = bitsGiven < 32 ? (1 << bitsGiven) >>> 0 : 0;
  bitsGiven++;
  return bit;
}

export class WordSet {
  private readonly lists: readonly (readonly string[])[];
  private forward: TrieNode | undefined;
  private backward: TrieNode | undefined;
  /** This set's bit in `firstChars` for words read backwards (their last character); 0 = none. */
  private lastBit = 0;
  /** This set's bit in `firstChars` for words read forwards (their first character); 0 = none. */
  private firstBit = 0;

  /** Keeps the lists; the tries are built on first use, so loading a module builds nothing. */
  constructor(...lists: readonly (readonly string[])[]) {
    this.lists = lists;
  }

  private build(): void {
    const forward = newNode();
    const backward = newNode();
    firstChars ??= new Uint32Array(0x10000);
    this.lastBit = nextBit();
    this.firstBit = nextBit();
    for (const list of this.lists) {
      for (const word of list) {
        if (word.length === 0) continue;
        insert(forward, word, 0, word.length, 1);
        insert(backward, word, word.length - 1, -1, -1);
        firstChars[word.charCodeAt(word.length - 1)] |= this.lastBit;
        firstChars[word.charCodeAt(0)] |= this.firstBit;
      }
    }
    this.forward = forward;
    this.backward = backward;
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    if (!this.backward) this.build();
    if (this.lastBit !== 0 && (firstChars![text.charCodeAt(end - 1)] & this.lastBit) === 0) return 0;
    let node = this.backward!;
    let best = 0;
    for (let k = end - 1; k >= floor; k--) {
      const child = node.next?.get(text.charCodeAt(k));
      if (!child) break;
      node = child;
      if (node.word) best = end - k;
    }
    return best;
  }

  /** Length of the longest word that starts at `start` and ends at or before `limit`, else 0. */
  longestStartingAt(text: string, start: number, limit = text.length): number {
    if (!this.forward) this.build();
    if (this.firstBit !== 0 && (firstChars![text.charCodeAt(start)] & this.firstBit) === 0) return 0;
    let node = this.forward!;
    let best = 0;
    for (let k = start; k < limit; k++) {
      const child = node.next?.get(text.charCodeAt(k));
      if (!child) break;
      node = child;
      if (node.word) best = k + 1 - start;
    }
    return best;
  }

  /** True when text[start, end) is a sequence of words of this set (and not empty). */
  covers(text: string, start: number, end: number): boolean {
    const n = end - start;
    if (n <= 0) return false;
    if (!this.forward) this.build();
    if (reachable.length < n + 1) reachable = new Uint8Array(2 * n + 2);
    reachable.fill(0, 0, n + 1);
    reachable[0] = 1;
    for (let k = 0; k < n; k++) {
      if (!reachable[k]) continue;
      let node = this.forward!;
      for (let j = start + k; j < end; j++) {
        const child = node.next?.get(text.charCodeAt(j));
        if (!child) break;
        node = child;
        if (node.word) reachable[j + 1 - start] = 1;
      }
    }
    return reachable[n] === 1;
  }
}

function insert(root: TrieNode, word: string, from: number, to: number, step: number): void {
  let node = root;
  for (let k = from; k !== to; k += step) {
    const code = word.charCodeAt(k);
    node.next ??= new Map();
    let child = node.next.get(code);
    if (!child) {
      child = newNode();
      node.next.set(code, child);
    }
    node = child;
  }
  node.word = true;
}

/** One regex alternation of literal words, longest first so the longest suffix wins at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
