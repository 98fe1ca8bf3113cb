// A set of short words looked up at a position of a text without slicing it: the recognisers
// test boundaries at every step of a leftward scan, so lookups must not allocate.

export class WordSet {
  /** Words by their last UTF-16 unit, longest first. */
  private readonly byLast = new Map<number, string[]>();
  /** Words by their first UTF-16 unit, longest first. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(...lists: readonly (readonly string[])[]) {
    const unique = new Set<string>();
    for (const list of lists) for (const word of list) if (word.length > 0) unique.add(word);
    for (const word of unique) {
      push(this.byLast, word.charCodeAt(word.length - 1), word);
      push(this.byFirst, word.charCodeAt(0), word);
    }
    for (const group of this.byLast.values()) group.sort((a, b) => b.length - a.length);
    for (const group of this.byFirst.values()) group.sort((a, b) => b.length - a.length);
  }

  /** Length of the longest word that ends just before `end` and starts at or after `floor`, else 0. */
  longestEndingAt(text: string, end: number, floor = 0): number {
    if (end <= floor) return 0;
    const group = this.byLast.get(text.charCodeAt(end - 1));
    if (!group) return 0;
    for (const word of group) {
      const start = end - word.length;
      if (start >= floor && text.startsWith(word, start)) return word.length;
    }
    return 0;
  }

  /** Length of the longest word that starts at `start` and ends at or before `limit`, else 0. */
  longestStartingAt(text: string, start: number, limit = text.length): number {
    if (start >= limit) return 0;
    const group = this.byFirst.get(text.charCodeAt(start));
    if (!group) return 0;
    for (const word of group) {
      if (start + word.length <= limit && text.startsWith(word, start)) return word.length;
    }
    return 0;
  }

  /** True when text[start, end) is a sequence of words of this set (and not empty). */
  covers(text: string, start: number, end: number): boolean {
    if (end <= start) return false;
    // reachable[k]: text[start, start + k) splits into words. Names are short, so this is cheap.
    const reachable = new Uint8Array(end - start + 1);
    reachable[0] = 1;
    for (let k = 0; k < end - start; k++) {
      if (!reachable[k]) continue;
      const group = this.byFirst.get(text.charCodeAt(start + k));
      if (!group) continue;
      for (const word of group) {
        const stop = start + k + word.length;
        if (stop <= end && text.startsWith(word, start + k)) reachable[stop - start] = 1;
      }
    }
    return reachable[end - start] === 1;
  }
}

function push(map: Map<number, string[]>, key: number, word: string): void {
  const group = map.get(key);
  if (group) group.push(word);
  else map.set(key, [word]);
}

/** One regex alternation of literal words, longest first so the longest suffix wins at a position. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}
