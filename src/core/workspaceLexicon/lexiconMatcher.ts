// The workspace lexicon as the engine uses it (see workspaceLexicon.ts for the file). Built once
// per lexicon; then, per paragraph, one pass over the folded text finds every name of the
// lexicon (one trie, whatever the number of names: 10,000 names cost what 10 do), and the
// recogniser's names are corrected:
// - a recognised name whose text is a rejected string is dropped;
// - each occurrence of a lexicon name is suggested with the lexicon's label; it replaces the
//   recognised names it overlaps, except one that holds it and is longer (`苏州高新区` stays
//   inside the project `苏州高新区智能制造项目`).
// Matching is on folded text (fold.ts), so `高新區` finds `高新区`: the recogniser's own folded
// paragraph, never folded again here.
// The tries (charTrie.ts) are the matcher's own (not WordMap's): a lexicon is rebuilt each time the
// researcher teaches a name, and WordMap's shared first-character tables are never freed.
import { foldText } from '../fold';
import { CharTrie } from './charTrie';
import type { NamedSpan } from '../recognition/namedEntities';
import type { Lexicon, LexiconLabel } from './workspaceLexicon';
import { spellingsOf } from './workspaceLexicon';

interface LexiconName {
  label: LexiconLabel;
  canonical: string;
}

export class LexiconMatcher {
  /** Every folded spelling; a match's entry is `owners[wordOf(node)]`. */
  private readonly names: CharTrie;
  private readonly owners: LexiconName[] = [];
  /** The rejected strings, folded; tested at a span's place, without slicing the text. */
  private readonly rejected: CharTrie;
  private readonly rejectedCount: number;
  /** Folded spelling without white space → its entry. */
  private readonly byKey = new Map<string, LexiconName>();
  readonly isEmpty: boolean;

  constructor(readonly lexicon: Lexicon) {
    const spellings: string[] = [];
    for (const entry of lexicon.names) {
      const value: LexiconName = { label: entry.label, canonical: entry.name };
      for (const spelling of spellingsOf(entry)) {
        const folded = foldText(spelling).text;
        if (folded.length === 0) continue;
        spellings.push(folded);
        this.owners.push(value);
        this.byKey.set(folded.replace(/\s+/g, ''), value); // nameKey(spelling), folding once
      }
    }
    this.names = new CharTrie(spellings);
    const rejected = lexicon.rejected.map((s) => foldText(s).text).filter((s) => s.length > 0);
    this.rejected = new CharTrie(rejected);
    this.rejectedCount = rejected.length;
    this.isEmpty = spellings.length === 0 && this.rejectedCount === 0;
  }

  /**
   * The named spans of a folded paragraph with the lexicon applied (see the top of this file).
   * `named` is sorted by start and non-overlapping; so is the result, which is `named` itself
   * when the lexicon changes nothing. Linear in the paragraph.
   */
  applyToNames(folded: string, named: NamedSpan[]): NamedSpan[] {
    if (this.isEmpty) return named;
    const rejectedAt = (s: NamedSpan) => this.rejected.has(folded, s.start, s.end);
    const kept = this.rejectedCount > 0 && named.some(rejectedAt) ? named.filter((s) => !rejectedAt(s)) : named;
    const matches = this.matchesIn(folded);
    return matches.length === 0 ? kept : combine(kept, matches);
  }

  /** The canonical name of a spelling of the lexicon (folded, white space ignored), else undefined. */
  canonicalName(text: string): string | undefined {
    return this.byKey.size === 0 ? undefined : this.byKey.get(nameKey(text))?.canonical;
  }

  /** Every occurrence of a lexicon name, leftmost longest, non-overlapping. */
  private matchesIn(folded: string): NamedSpan[] {
    const found: NamedSpan[] = [];
    const names = this.names;
    const n = folded.length;
    for (let i = names.nextStart(folded, 0); i < n; ) {
      const node = names.longestAt(folded, i, n);
      if (node === 0) {
        i = names.nextStart(folded, i + 1);
        continue;
      }
      const end = i + names.lengthOf(node);
      found.push({ label: this.owners[names.wordOf(node)].label, start: i, end });
      i = names.nextStart(folded, end);
    }
    return found;
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
