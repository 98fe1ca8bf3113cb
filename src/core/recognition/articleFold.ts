// The whole article folded, for the readings of the whole article that run after the paragraphs
// (zonesNamedAgain.ts): put together from the folds the paragraphs were read in, so the article is not
// folded a second time, with the paragraphs' anchor units, so no reading scans it for its own.
//
// The folded article is the paragraphs' folded texts with the line breaks between them: folding reads no
// unit across a line break (an entity, a gloss, `專案` and a decimal point written `。` all stop at one), and a
// paragraph is folded where it stands in the article (fold.ts), so each paragraph folds in the article as it
// folds alone.
import { foldText, toOriginal, type FoldedText } from '../fold';
import { anchorUnits, type AnchorUnits, type UnitKind } from './anchorUnits';

/** A paragraph's place in the folded article, its fold and anchor units. */
interface Piece {
  /** Offset of the paragraph in the original text. */
  readonly start: number;
  /** Offset of its fold in the folded article. */
  readonly at: number;
  readonly folded: FoldedText;
  /** Its anchor units, found by a scan for a piece read without them (`positions`). */
  anchors: AnchorUnits | undefined;
}

/** The folded article, built paragraph by paragraph in text order (`add`), then read (`text`, `positions`, `toOriginal`). */
export class ArticleFold {
  private readonly pieces: Piece[] = [];
  private readonly parts: string[] = [];
  private length = 0;
  private end = 0;
  private joined: string | undefined;

  constructor(private readonly original: string) {}

  /**
   * The whole text as one piece (read by a scan of its own): for a caller that read its paragraphs with no
   * `ArticleFold` (the Recognizer's cached paragraphs, incrementalAnalysis.ts).
   */
  static of(original: string): ArticleFold {
    const fold = new ArticleFold(original);
    fold.add(0, original.length);
    return fold;
  }

  /**
   * The paragraph original[start, end), after those added before it, with its fold and anchor units when it was
   * read in them (`foldWithAnchors(original, start, end)`); folded here when not (lines joined, a failed read).
   */
  add(start: number, end: number, read?: { folded: FoldedText; anchors: AnchorUnits }): void {
    // what stands between two paragraphs is line breaks only, folded as they are
    const between = this.original.slice(this.end, start);
    this.parts.push(between);
    this.length += between.length;
    const folded = read?.folded ?? foldText(this.original, start, end);
    this.pieces.push({ start, at: this.length, folded, anchors: read?.anchors });
    this.parts.push(folded.text);
    this.length += folded.text.length;
    this.end = end;
    this.joined = undefined;
  }

  /** The folded article: its paragraphs added so far, and the line breaks after the last. */
  get text(): string {
    this.joined ??= this.parts.join('') + this.original.slice(this.end);
    return this.joined;
  }

  /** Where the units of `kind` are in the folded article, ascending. */
  positions(kind: UnitKind): number[] {
    const out: number[] = [];
    for (const piece of this.pieces) {
      piece.anchors ??= anchorUnits(piece.folded.text);
      for (const p of piece.anchors.positions(kind)) out.push(piece.at + p);
    }
    return out;
  }

  /** Original offsets of the folded article's [start, end), a stretch inside one paragraph. */
  toOriginal(start: number, end: number): [number, number] {
    const piece = this.pieceAt(start);
    const [from, to] = toOriginal(piece.folded, start - piece.at, end - piece.at);
    return [piece.start + from, piece.start + to];
  }

  /** The last piece starting at or before `at` in the folded article, found by halving. */
  private pieceAt(at: number): Piece {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.pieces[mid].at <= at) lo = mid;
      else hi = mid - 1;
    }
    return this.pieces[lo];
  }
}
