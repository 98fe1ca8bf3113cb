// The workspace lexicon as the engine uses it (see workspaceLexicon.ts for the file). Built once
// per lexicon; then, per paragraph, one pass over the folded text finds every name of the
// lexicon (one trie, whatever the number of names: 10,000 names cost what 10 do), and the
// recogniser's names are corrected:
// The tries are the matcher's own (not WordMap's): a lexicon is rebuilt each time the researcher
// teaches a name, and WordMap's shared first-character tables are never freed.
// - a recognised name whose text is a rejected string is dropped;
// - each occurrence of a lexicon name is suggested with the lexicon's label; it replaces the
//   recognised names it overlaps, except one that holds it and is longer (`苏州高新区` stays
//   inside the project `苏州高新区智能制造项目`).
// Matching is on folded text (fold.ts), so `高新區` finds `高新区`.
import { foldText } from '../fold';
import type { NamedSpan } from '../recognition/namedEntities';
import type { Lexicon, LexiconLabel } from './workspaceLexicon';
import { spellingsOf } from './workspaceLexicon';

interface LexiconName {
  label: LexiconLabel;
  canonical: string;
}

export class LexiconMatcher {
  private readonly names = new CharTrie();
  /** Folded spelling → its entry: a match's label, read once its length is known. */
  private readonly byFolded = new Map<string, LexiconName>();
  /** The rejected strings, folded; tested at a span's start, without slicing the text. */
  private readonly rejected = new CharTrie();
  private readonly rejectedCount: number;
  /** Folded spelling without white space → its entry. */
  private readonly byKey = new Map<string, LexiconName>();
  /**
   * The first two characters of every name, hashed into a bit set: most positions of a text start
   * no name, and one read here rules them out before the trie (whose first-character test alone
   * passes most Chinese characters once the lexicon holds thousands of names).
   */
  private readonly pairs = new Int32Array(PAIR_BITS >> 5);
  /** A one-character name exists: the pair test cannot rule a position out. */
  private readonly hasSingles: boolean;
  readonly isEmpty: boolean;

  constructor(readonly lexicon: Lexicon) {
    let spellings = 0;
    let hasSingles = false;
    for (const entry of lexicon.names) {
      const value: LexiconName = { label: entry.label, canonical: entry.name };
      for (const spelling of spellingsOf(entry)) {
        const folded = foldText(spelling).text;
        if (folded.length === 0) continue;
        spellings++;
        hasSingles ||= folded.length === 1;
        this.names.add(folded);
        if (!this.byFolded.has(folded)) this.byFolded.set(folded, value);
        if (folded.length > 1) {
          const h = pairHash(folded.charCodeAt(0), folded.charCodeAt(1));
          this.pairs[h >> 5] |= 1 << (h & 31);
        }
        this.byKey.set(folded.replace(/\s+/g, ''), value); // nameKey(spelling), folding once
      }
    }
    this.hasSingles = hasSingles;
    const rejected = lexicon.rejected.map((s) => foldText(s).text).filter((s) => s.length > 0);
    for (const spelling of rejected) this.rejected.add(spelling);
    this.rejectedCount = rejected.length;
    this.isEmpty = spellings === 0 && this.rejectedCount === 0;
  }

  /**
   * The named spans of a folded paragraph with the lexicon applied (see the top of this file).
   * `named` is sorted by start and non-overlapping; so is the result. Linear in the paragraph.
   */
  applyToNames(folded: string, named: readonly NamedSpan[]): NamedSpan[] {
    if (this.isEmpty) return [...named];
    const kept = this.rejectedCount === 0 ? [...named] : named.filter((s) => !this.isRejectedAt(folded, s.start, s.end));
    const matches = this.matchesIn(folded);
    return matches.length === 0 ? kept : combine(kept, matches);
  }

  /** True when the text (as a whole) is a rejected string. */
  isRejected(text: string): boolean {
    const folded = foldText(text).text;
    return this.isRejectedAt(folded, 0, folded.length);
  }

  /** True when folded[start, end) is a rejected string: one trie walk, no slice. */
  private isRejectedAt(folded: string, start: number, end: number): boolean {
    return this.rejectedCount > 0 && this.rejected.longestAt(folded, start, end) === end - start;
  }

  /** The canonical name of a spelling of the lexicon (folded, white space ignored), else undefined. */
  canonicalName(text: string): string | undefined {
    return this.byKey.size === 0 ? undefined : this.byKey.get(nameKey(text))?.canonical;
  }

  /** Every occurrence of a lexicon name, leftmost longest, non-overlapping. */
  private matchesIn(folded: string): NamedSpan[] {
    const found: NamedSpan[] = [];
    const pairs = this.pairs;
    for (let i = 0; i < folded.length; ) {
      if (!this.hasSingles) {
        const h = pairHash(folded.charCodeAt(i), folded.charCodeAt(i + 1));
        if ((pairs[h >> 5] & (1 << (h & 31))) === 0) {
          i++;
          continue;
        }
      }
      const length = this.names.longestAt(folded, i, folded.length);
      if (length === 0) {
        i++;
        continue;
      }
      found.push({ label: this.byFolded.get(folded.slice(i, i + length))!.label, start: i, end: i + length });
      i += length;
    }
    return found;
  }
}

const PAIR_BITS = 1 << 20;

/** Two UTF-16 units (the second NaN past the end: 0) hashed to a bit of `pairs`. */
function pairHash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ (b | 0)) & (PAIR_BITS - 1);
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  /** A word ends here. */
  word: boolean;
}

/** Words by character, read forwards: the longest one starting at a position in one walk. */
class CharTrie {
  private readonly root: TrieNode = { next: undefined, word: false };

  add(word: string): void {
    let node = this.root;
    for (let k = 0; k < word.length; k++) {
      node.next ??= new Map();
      const c = word.charCodeAt(k);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: undefined, word: false }));
      node = child;
    }
    node.word = true;
  }

  /** Length of the longest word at text[start…) ending at or before `limit`; 0 when none. */
  longestAt(text: string, start: number, limit: number): number {
    let node: TrieNode | undefined = this.root;
    let best = 0;
    for (let k = start; k < limit; k++) {
      node = node.next?.get(text.charCodeAt(k));
      if (!node) break;
      if (node.word) best = k + 1 - start;
    }
    return best;
  }
}

function nameKey(text: string): string {
  return foldText(text).text.replace(/\s+/g, '');
}

/** Recognised names and lexicon matches (each sorted, non-overlapping) merged by the rule above. */
function combine(named: readonly NamedSpan[], matches: readonly NamedSpan[]): NamedSpan[] {
  const dropped = new Uint8Array(matches.length);
  const kept: NamedSpan[] = [];
  let j = 0;
  for (const s of named) {
    while (j < matches.length && matches[j].end <= s.start) j++;
    let holdsAll = true;
    let k = j;
    for (; k < matches.length && matches[k].start < s.end; k++) {
      const m = matches[k];
      if (!(s.start <= m.start && m.end <= s.end && s.end - s.start > m.end - m.start)) holdsAll = false;
    }
    if (!holdsAll) continue;
    for (let d = j; d < k; d++) dropped[d] = 1;
    kept.push(s);
  }
  const out: NamedSpan[] = [];
  let i = 0;
  for (let m = 0; m < matches.length; m++) {
    if (dropped[m]) continue;
    while (i < kept.length && kept[i].start < matches[m].start) out.push(kept[i++]);
    out.push(matches[m]);
  }
  while (i < kept.length) out.push(kept[i++]);
  return out;
}
