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

export class WordSet {
  private readonly forward = newNode();
  private readonly backward = newNode();

  constructor(...lists: readonly (readonly string[])[]) {
    for (const list of lists) {
      for (const word of list) {
        if (word.length === 0) continue;
        insert(this.forward, word, 0, word.length, 1);
        insert(this.backward, word, word.length - 1, -1, -1);
      }
    }
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    let node = this.backward;
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
    let node = this.forward;
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
    if (reachable.length < n + 1) reachable = new Uint8Array(2 * n + 2);
    reachable.fill(0, 0, n + 1);
    reachable[0] = 1;
    for (let k = 0; k < n; k++) {
      if (!reachable[k]) continue;
      let node = this.forward;
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
