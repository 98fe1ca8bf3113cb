// The text structure links are read from (see links.ts): sentences, paragraphs, headings, and
// the folded text between two spans, in which the cue words are looked for.
import { foldText } from '../fold';

const SENTENCE_END = /[。！？!?；;\n]/g;
const NEWLINE = /\n/g;

/** Starts of the pieces of `text` cut after each match of `ends` (a global pattern), ascending. */
function pieceStarts(text: string, ends: RegExp): number[] {
  const starts = [0];
  ends.lastIndex = 0;
  for (let m = ends.exec(text); m; m = ends.exec(text)) starts.push(m.index + 1);
  return starts;
}

/** Index of the piece holding `offset` (binary search over the starts). */
function pieceOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Longest stretch of text read between two spans: farther apart, nothing ties them. */
export const MAX_GAP = 80;

export class TextStructure {
  private readonly sentenceStarts: number[];
  private readonly paragraphStarts: number[];

  constructor(readonly text: string) {
    this.sentenceStarts = pieceStarts(text, SENTENCE_END);
    this.paragraphStarts = pieceStarts(text, NEWLINE);
  }

  sentenceOf(offset: number): number {
    return pieceOf(this.sentenceStarts, offset);
  }

  sentenceStart(sentence: number): number {
    return this.sentenceStarts[sentence];
  }

  paragraphOf(offset: number): number {
    return pieceOf(this.paragraphStarts, offset);
  }

  /** [start, end) of a paragraph, without its line break. */
  paragraph(index: number): { start: number; end: number } {
    const start = this.paragraphStarts[index];
    const next = index + 1 < this.paragraphStarts.length ? this.paragraphStarts[index + 1] - 1 : this.text.length;
    return { start, end: next };
  }

  get paragraphCount(): number {
    return this.paragraphStarts.length;
  }

  /**
   * The folded text of [start, end) (simplified characters, ASCII punctuation), for cue words;
   * undefined when the stretch is longer than MAX_GAP.
   */
  gap(start: number, end: number): string | undefined {
    if (end < start || end - start > MAX_GAP) return undefined;
    return foldText(this.text.slice(start, end)).text;
  }

  /** Folded text of up to `length` units before `offset`, within its paragraph. */
  before(offset: number, length: number): string {
    const from = Math.max(this.paragraph(this.paragraphOf(offset)).start, offset - length);
    return foldText(this.text.slice(from, offset)).text;
  }

  /** Folded text of up to `length` units after `offset`, within its paragraph. */
  after(offset: number, length: number): string {
    const to = Math.min(this.paragraph(this.paragraphOf(offset)).end, offset + length);
    return foldText(this.text.slice(offset, Math.max(offset, to))).text;
  }

  /**
   * A heading: a short paragraph with no full stop, or the article's title (its first
   * paragraph with a few Han characters, whatever its length).
   */
  isHeading(index: number, isTitle: boolean): boolean {
    const { start, end } = this.paragraph(index);
    // A long paragraph is a heading only as the title: no copy of it is needed to say no.
    if (!isTitle && end - start > 200) return false;
    const line = this.text.slice(start, end).trim();
    if (line.length === 0) return false;
    if (isTitle) return true;
    return line.length <= 40 && !/[。!！?？]/.test(line.slice(0, -1));
  }
}
