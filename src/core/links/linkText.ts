// The text structure links are read from (see links.ts): sentences, paragraphs, headings, and
// the folded text between two spans, in which the cue words are looked for.
import { foldedSlice, foldedStretch, foldedText, foldedUnitsInPlace, foldsAsSliced, foldText, isLostCharacter, toOriginal, type FoldedText, type FoldedUnits, type ParagraphFolds } from '../fold';
import { countBelow } from '../sortedNumbers';
import { charSet, isHan } from '../text';

/**
 * What ends a piece of text: a sentence (`。！？!?；;`), or a line and a sentence. Global, so `test` moves
 * `lastIndex` past each end it finds: the regex engine skips the text between natively, and no match
 * array is made (a table lookup per unit in a loop took half as long again).
 */
const PIECE_END = /[。！？!?；;\n.]/g;
const LINE_BREAK = 0x0a;
const ASCII_STOP = 0x2e;

/**
 * `…获悉本集团最新消息. 本公司董事会…`: an ASCII full stop ends a sentence where Chinese text ends before it and a
 * space or Chinese text follows; between digits it is a decimal point (`3.2亿元`), in Latin text an abbreviation's.
 */
function endsChineseSentence(text: string, at: number): boolean {
  if (!isHan(text.charCodeAt(at - 1))) return false;
  const next = text.charCodeAt(at + 1);
  return at + 1 >= text.length || next === 0x20 || isHan(next);
}

/** Starts of the sentences and of the paragraphs (lines) of `text`, ascending, in one scan. */
function pieceStarts(text: string): { sentences: number[]; paragraphs: number[] } {
  const sentences = [0];
  const paragraphs = [0];
  PIECE_END.lastIndex = 0;
  while (PIECE_END.test(text)) {
    const at = PIECE_END.lastIndex - 1;
    if (isLostCharacter(text, at)) continue;
    if (text.charCodeAt(at) === ASCII_STOP && !endsChineseSentence(text, at)) continue;
    sentences.push(at + 1);
    if (text.charCodeAt(at) === LINE_BREAK) paragraphs.push(at + 1);
  }
  return { sentences, paragraphs };
}

/** Index of the piece holding `offset` (binary search over the starts). */
function pieceOf(starts: readonly number[], offset: number): number {
  return Math.max(0, countBelow(starts, offset + 1) - 1);
}

/**
 * Index of the piece holding `offset`, walking forward from piece `from` (one at or before it):
 * offsets read in order walk the pieces once, where a search per offset reads log n of them.
 */
function pieceFrom(starts: readonly number[], offset: number, from: number): number {
  let piece = from;
  while (piece + 1 < starts.length && starts[piece + 1] <= offset) piece++;
  return piece;
}

/**
 * Index of the last `,` `;` `:` of a folded text, or of those and `。` with `fullStop` (-1: none): one
 * pass from its end, where a `lastIndexOf` per mark reads the text once per mark (many times per amount).
 */
export function lastClauseMark(folded: string, fullStop = false): number {
  let i = folded.length - 1;
  while (i >= 0) {
    const c = folded.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || (fullStop && c === 0x3002)) break;
    i--;
  }
  return i;
}

/** Index of the first `,` `;` `:` `。` `!` `?` of a folded text (its length: none), a scan without a regex. */
export function clauseEnd(folded: string): number {
  let i = 0;
  while (i < folded.length) {
    const c = folded.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x3002 || c === 0x21 || c === 0x3f) break;
    i++;
  }
  return i;
}

/** What `\s` and String#trim take for white space, unit by unit. */
export const WHITE_SPACE = '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
/** The same units as a set: every paragraph's ends are read for them (a regex call per unit cost more). */
const SPACE = charSet(WHITE_SPACE);
/** The brackets a pinyin gloss opens with (fold.ts): the only stretches that fold to nothing start so. */
const OPENS_GLOSS = charSet('(（');
/** A full stop as written (a heading has none). */
const FULL_STOP = /[。!！?？]/;

/** A paragraph's fold: its text when no window of it can change lengths, else its units and where lengths may change. */
function foldParagraph(text: string, from: number, to: number): string | FoldedUnits {
  const units = foldedUnitsInPlace(text, from, to);
  return units.mayChangeLength.length === 0 ? units.text : units;
}

/** Can `folded` be the fold of a paragraph `length` units long as written (a map handed in for another text cannot)? */
function foldOf(folded: FoldedText, length: number): boolean {
  if (folded.starts === null || folded.ends === null) return folded.text.length === length;
  return folded.ends.length === 0 || folded.ends[folded.ends.length - 1] <= length;
}

/** Does the ascending list hold no offset in [start, end)? */
function holdsNone(offsets: readonly number[], start: number, end: number): boolean {
  const first = countBelow(offsets, start);
  return first === offsets.length || offsets[first] >= end;
}

/** Longest heading (other than the title), in UTF-16 units once trimmed. */
const MAX_HEADING = 40;

/** Longest stretch of text read between two spans: farther apart, nothing ties them. */
export const MAX_GAP = 80;
/** How much longer than read a glossed stretch may be as written (a gloss after most characters). */
const GLOSSED_REACH = 4;

export class TextStructure {
  private readonly sentenceStarts: number[];
  private readonly paragraphStarts: number[];
  /**
   * Per paragraph, its folded text when it folds one unit for one, else the recogniser's fold of it with its
   * offsets, or its units folded one for one and where lengths may change (undefined until first read). The
   * rules fold thousands of short windows per article, most of them overlapping: slices of one fold per
   * paragraph cost less than as many folds, and make less garbage.
   */
  private readonly foldedParagraphs: (string | FoldedText | FoldedUnits | undefined)[];
  /** The paragraph `paragraphAt` found last. */
  private lastParagraph = 0;

  /**
   * `folds`: paragraphs folded already (the recogniser's), read instead of folded again: each window's fold is
   * a slice of its paragraph's, save a few windows of glossed paragraphs (fold.ts, `foldedSlice`).
   */
  constructor(
    readonly text: string,
    private readonly folds?: ParagraphFolds,
  ) {
    const starts = pieceStarts(text);
    this.sentenceStarts = starts.sentences;
    this.paragraphStarts = starts.paragraphs;
    this.foldedParagraphs = new Array<string | FoldedText | FoldedUnits | undefined>(this.paragraphStarts.length).fill(undefined);
  }

  /** The sentence holding `offset`, that of an earlier offset or after it. */
  sentenceFrom(offset: number, earlier: number): number {
    return pieceFrom(this.sentenceStarts, offset, earlier);
  }

  /** The paragraph holding `offset`, that of an earlier offset or after it. */
  paragraphFrom(offset: number, earlier: number): number {
    return pieceFrom(this.paragraphStarts, offset, earlier);
  }

  sentenceStart(sentence: number): number {
    return this.sentenceStarts[sentence];
  }

  paragraphOf(offset: number): number {
    return pieceOf(this.paragraphStarts, offset);
  }

  /** [start, end) of a paragraph, without its line break. */
  paragraph(index: number): { start: number; end: number } {
    return { start: this.paragraphStarts[index], end: this.paragraphEnd(index) };
  }

  /** Where a paragraph ends, before its line break. */
  private paragraphEnd(index: number): number {
    return index + 1 < this.paragraphStarts.length ? this.paragraphStarts[index + 1] - 1 : this.text.length;
  }

  get paragraphCount(): number {
    return this.paragraphStarts.length;
  }

  /**
   * The folded text of [start, end) (simplified characters, ASCII punctuation), for cue words;
   * undefined when the stretch is longer than MAX_GAP once folded. A page that glosses its characters
   * in pinyin (`項(xiàng)目`) is longer as written than as read: a stretch with brackets is measured folded,
   * up to GLOSSED_REACH times MAX_GAP as written.
   */
  gap(start: number, end: number): string | undefined {
    if (end < start) return undefined;
    if (end - start <= MAX_GAP) return this.folded(start, end);
    if (end - start > MAX_GAP * GLOSSED_REACH || !this.holds('(', start, end)) return undefined;
    const folded = this.folded(start, end);
    return folded.length <= MAX_GAP ? folded : undefined;
  }

  /**
   * `gap(start, end) === ''`: nothing between the two offsets but what folding drops (`开发区(qū)秦岭园区`). Only a
   * pinyin gloss folds to nothing, and a gloss opens with a bracket: a stretch opening with any other unit holds
   * text, said without folding it (asked of most pairs of spans written one after the other).
   */
  nothingBetween(start: number, end: number): boolean {
    if (start >= 0 && start < end && end <= this.text.length && !OPENS_GLOSS.has(this.text.charCodeAt(start))) return false;
    return this.gap(start, end) === '';
  }

  /** `foldedStretch(text, start, end)`: a slice of its paragraph's fold when that folds one unit for one. */
  folded(start: number, end: number): string {
    if (!(start >= 0 && start <= end && end <= this.text.length)) return foldedStretch(this.text, start, end);
    const paragraph = this.paragraphAt(start);
    if (end > this.paragraphEnd(paragraph)) return foldedStretch(this.text, start, end);
    return this.foldedIn(paragraph, start, end);
  }

  /**
   * `foldedText(text.slice(start, end))`, any length: a slice of the paragraph's fold (no fold per call)
   * unless the stretch's ends read otherwise in place (`foldsAsSliced`).
   */
  foldedCut(start: number, end: number): string {
    if (!(start >= 0 && end <= this.text.length) || !foldsAsSliced(this.text, start, end)) return foldedText(this.text.slice(start, end));
    return this.folded(start, end);
  }

  /**
   * The paragraph holding `offset` (at a line break, the paragraph it ends), the one found last
   * tried first: the rules read one after another near the same spans.
   */
  private paragraphAt(offset: number): number {
    const last = this.lastParagraph;
    if (this.paragraphStarts[last] <= offset && (last + 1 === this.paragraphStarts.length || offset < this.paragraphStarts[last + 1])) return last;
    return (this.lastParagraph = this.paragraphOf(offset));
  }

  /** `folded(start, end)` for a stretch inside `paragraph`. */
  private foldedIn(paragraph: number, start: number, end: number): string {
    const from = this.paragraphStarts[paragraph];
    const to = this.paragraphEnd(paragraph);
    let folded = this.foldedParagraphs[paragraph];
    if (folded === undefined) folded = this.foldedParagraphs[paragraph] = this.foldedAlready(from, to) ?? foldParagraph(this.text, from, to);
    if (typeof folded === 'string') return folded.slice(start - from, end - from);
    // A glossed paragraph: a window clear of its glosses and entities, or cut where they read alike, is a slice too.
    if ('mayChangeLength' in folded) {
      return holdsNone(folded.mayChangeLength, start, end) ? folded.text.slice(start - from, end - from) : foldedStretch(this.text, start, end);
    }
    return foldedSlice(this.text, from, to, folded, start, end) ?? foldedStretch(this.text, start, end);
  }

  /** The paragraph [from, to) as folded already: its text when it folds unit for unit, else the fold with its offsets. */
  private foldedAlready(from: number, to: number): string | FoldedText | undefined {
    const folded = this.folds?.get(from);
    if (folded === undefined || !foldOf(folded, to - from)) return undefined;
    return folded.unitForUnit ? folded.text : folded;
  }

  /**
   * Where the unit `back` units before the end of `folded(start, end)` is written: through the stretch's fold,
   * which maps it back past pinyin glosses and entities (a glossed clause is longer as written than as read).
   * For a rule that has found its unit in a folded window ending at `end`; one fold, read once it has.
   */
  originalBefore(start: number, end: number, back: number): number {
    const folded = foldText(this.text, start, end);
    const index = folded.text.length - back;
    return start + toOriginal(folded, index, index + 1)[0];
  }

  /** Does [start, end) hold this character (one that folding keeps)? A bounded look, nothing copied. */
  holds(char: string, start: number, end: number): boolean {
    const code = char.charCodeAt(0);
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === code) return true;
    return false;
  }

  /** Does [start, end) hold either character (a character's two written forms)? One look for both. */
  holdsEither(first: string, second: string, start: number, end: number): boolean {
    const a = first.charCodeAt(0);
    const b = second.charCodeAt(0);
    for (let i = start; i < end; i++) {
      const code = this.text.charCodeAt(i);
      if (code === a || code === b) return true;
    }
    return false;
  }

  /**
   * Folded text of up to `length` units before `offset`, within its paragraph: the window, cut
   * after its last line break (where the paragraph of `offset` starts).
   */
  before(offset: number, length: number): string {
    if (!(offset >= 0 && offset <= this.text.length && length >= 0)) {
      const window = this.text.slice(Math.max(0, offset - length), offset);
      return foldedText(window.slice(window.lastIndexOf('\n') + 1));
    }
    // The window read in place (nothing copied before folding), from after its last line break.
    const paragraph = this.paragraphAt(offset);
    return this.foldedIn(paragraph, Math.max(offset - length, this.paragraphStarts[paragraph]), offset);
  }

  /** Folded text of up to `length` units after `offset`, within its paragraph: the window, cut at its first line break. */
  after(offset: number, length: number): string {
    if (!(offset >= 0 && offset <= this.text.length && length >= 0)) {
      const window = this.text.slice(offset, offset + length);
      const lineEnd = window.indexOf('\n');
      return foldedText(lineEnd < 0 ? window : window.slice(0, lineEnd));
    }
    // The window read in place (nothing copied before folding), up to its first line break (where the paragraph of `offset` ends).
    const paragraph = this.paragraphAt(offset);
    return this.foldedIn(paragraph, offset, Math.min(offset + length, this.paragraphEnd(paragraph)));
  }

  /**
   * A heading: a short paragraph with no full stop, or the article's title (its first
   * paragraph with a few Han characters, whatever its length).
   */
  isHeading(index: number, isTitle: boolean): boolean {
    const { start, end } = this.paragraph(index);
    // A long paragraph is a heading only as the title: no copy of it is needed to say no.
    if (!isTitle && end - start > 200) return false;
    // The line trimmed (what String#trim removes is what \s matches), measured before any copy.
    let from = start;
    let to = end;
    while (from < to && SPACE.has(this.text.charCodeAt(from))) from++;
    while (to > from && SPACE.has(this.text.charCodeAt(to - 1))) to--;
    if (from === to) return false;
    if (isTitle) return true;
    if (to - from <= MAX_HEADING) return !FULL_STOP.test(this.text.slice(from, to - 1));
    // A page that glosses its characters in pinyin (`機(jī)電`) writes a heading longer than it reads: measured folded.
    if (to - from > MAX_HEADING * GLOSSED_REACH || !this.holds('(', from, to)) return false;
    const folded = this.folded(from, to);
    return folded.length <= MAX_HEADING && !FULL_STOP.test(folded.slice(0, -1));
  }
}
