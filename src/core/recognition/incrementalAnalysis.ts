// Suggestions of one open article kept up to date edit by edit: after a one-character edit in a
// 5 MB article only the paragraphs the edit touched are recognised; the spans before them are
// kept as they are and the spans after them are shifted by the length difference.
//
// Exact, not approximate: it gives what `recognize(text)` gives. Paragraphs (split at '\n') are
// independent in the recogniser except for what one declares for those after it (a currency put
// in force by `(下同)`, a park's short name `(简称“某开区”)`) and for the whole article (a
// Taiwanese marker makes every bare `元` TWD, localCurrency.ts; see recognize.ts). So the
// incremental path is taken only when no paragraph at or before the edited ones can declare, and
// the edit neither adds nor removes a Taiwanese marker; the edited paragraphs are then read with
// the article's `元` of the last full recognition. Otherwise the whole text goes through the
// Recognizer (whose own paragraph cache still spares the untouched paragraphs the scan).
import { foldText } from '../fold';
import { suggestLinks } from '../links/links';
import type { LexiconMatcher } from '../workspaceLexicon/lexiconMatcher';
import { finish, recognizeRegion, Recognizer } from './recognize';
import { ARTICLE_CURRENCY_MARKERS } from './localCurrency';
import { anyLineContinues } from './wrappedLines';
import { readHeadline } from './headlineEcho';
import { readZoneNamedProjects } from './zoneNamedProjects';
import { readBrandsAcrossParagraphs } from './brandsAcrossParagraphs';
import { readParksAcrossParagraphs } from './parksAcrossParagraphs';
import type { AmountLinks, Entity } from '../types';

/**
 * One edit, as VS Code reports it (`TextDocumentContentChangeEvent`): the offset and length of
 * the replaced text in the text as it was just before this change, and the inserted text.
 * Several changes are applied in order.
 */
export interface TextChange {
  offset: number;
  removed: number;
  inserted: string;
}

/**
 * The text of a document, read in pieces: a fresh copy of a 5 MB text costs ~20 ms (VS Code
 * joins its lines for `getText()`, and even flattening a concatenation copies 4 MB), more than
 * everything else an edit costs; the edited paragraphs are all an update needs.
 */
export interface TextSource {
  readonly length: number;
  /** The whole paragraphs (split at '\n') holding offsets start…end: where they start, their text. */
  paragraphs(start: number, end: number): { start: number; text: string };
  /** The whole text (for a full recognition). */
  text(): string;
}

/** A source over a string. */
export function stringSource(text: string): TextSource {
  return {
    length: text.length,
    paragraphs(start, end) {
      const from = start <= 0 ? 0 : text.lastIndexOf('\n', start - 1) + 1;
      const newline = text.indexOf('\n', end);
      return { start: from, text: text.slice(from, newline < 0 ? text.length : newline) };
    },
    text: () => text,
  };
}

/** A document kept as lines, as VS Code's extension host keeps it. */
export interface LineDocument {
  readonly lineCount: number;
  /** '\n' or '\r\n' (between lines; VS Code gives one document one line ending). */
  readonly eol: string;
  lineText(line: number): string;
  /** Offset of the line's first character. */
  lineStart(line: number): number;
  /** Line holding the offset. */
  lineOf(offset: number): number;
  text(): string;
}

/** A source over a line document: the paragraphs of an edit read line by line. */
export function lineSource(document: LineDocument): TextSource {
  const last = document.lineCount - 1;
  const cr = document.eol === '\r\n' ? '\r' : '';
  return {
    length: document.lineStart(last) + document.lineText(last).length,
    paragraphs(start, end) {
      const first = document.lineOf(start);
      const to = document.lineOf(end);
      const lines: string[] = [];
      // A paragraph ends at '\n': with CRLF line endings its text keeps the '\r'.
      for (let line = first; line <= to; line++) lines.push(document.lineText(line) + (line < last ? cr : ''));
      return { start: document.lineStart(first), text: lines.join('\n') };
    },
    text: () => document.text(),
  };
}

/** Where the last update changed the suggestions: [start, end) of the new text, and the shift after it. */
export interface ChangedRegion {
  start: number;
  /** End of the re-recognised paragraphs in the new text. */
  end: number;
  /** New length minus old length: spans after `end` moved by this much. */
  delta: number;
}

export class IncrementalAnalysis {
  private readonly recognizer: Recognizer;
  /** Length of the text of the last update (-1 before the first). */
  private length = -1;
  /** The recogniser's reading, before the article-level readings (zoneNamedProjects.ts, headlineEcho.ts). */
  private read: Entity[] = [];
  /** `read` with its projects named by their zone and the headline echoed: what `suggestions` gives. */
  private current: readonly Entity[] = [];
  /** What the article-level readings changed in `read` (`readHeadline`, `readZoneNamedProjects`). */
  private echoed = '';
  /**
   * Starts of the paragraphs that may declare a currency (`(下同)`, a Taiwanese marker) or a park's
   * short name (`简称`), ascending.
   */
  private declaring: number[] = [];
  /** The text of the last update, read only when links are asked for. */
  private source: TextSource = stringSource('');
  private linked: readonly (AmountLinks | undefined)[] | undefined;

  /** With the workspace lexicon, fixed for the analysis' life (a new lexicon: a new analysis). */
  constructor(private readonly lexicon?: LexiconMatcher) {
    this.recognizer = new Recognizer(lexicon);
  }

  /**
   * Suggestions of the last update. An update moves the spans after the edit in place: an
   * earlier `suggestions` array is stale after the next update (read the new one).
   */
  get suggestions(): readonly Entity[] {
    return this.current;
  }

  /**
   * The suggestions of the text. `changes` are the edits that turned the previous text into this
   * one (in order); without them (or when they do not add up) the whole text is recognised.
   * Returns the changed region, or undefined after a full recognition.
   */
  update(source: TextSource | string, changes?: readonly TextChange[]): ChangedRegion | undefined {
    const from = typeof source === 'string' ? stringSource(source) : source;
    this.source = from;
    this.linked = undefined;
    const dirty = this.length >= 0 && changes ? dirtyRegion(this.length, from, changes) : undefined;
    // Lines read as one paragraph (a page's lines cut short, wrappedLines.ts) are not patched one by
    // one: an article that had them, or an edit near a line that goes on into the next, is read whole.
    if (dirty && !this.declaringBefore(dirty.region.end - dirty.region.delta) && !mayDeclare(dirty.text) && !this.recognizer.hadWrappedLines && !wrapsAround(from, dirty.region)) {
      const echoed = this.echoed;
      this.updateRegion(dirty.text, dirty.region);
      this.length = from.length;
      // The headline read anew from an edit elsewhere (its twin's): more than the region changed.
      return this.echoed === echoed ? dirty.region : undefined;
    }
    return finish(this.recognizeAllInSlices(from, Infinity));
  }

  /**
   * A full recognition of `source` (what `update` without changes does), a slice of
   * `sliceLength` UTF-16 units at a time: the generator pauses between slices, and the analysis
   * takes the new text only when the last slice is done (`suggestions` and `links` answer for
   * the previous text until then). A run given up half way changes nothing.
   */
  *recognizeAllInSlices(source: TextSource | string, sliceLength: number): Generator<void, undefined> {
    const from = typeof source === 'string' ? stringSource(source) : source;
    const text = from.text();
    const read = yield* this.recognizer.readInSlices(text, sliceLength);
    this.source = from;
    this.linked = undefined;
    this.read = read;
    this.echo(from);
    this.length = text.length;
    this.declaring = declaringParagraphs(text);
    return undefined;
  }

  /**
   * The links of the suggestions of the last update, parallel to `suggestions` (see links.ts):
   * computed on the first request after an update, then kept until the next one. Links read the
   * whole article (its title, sections, a paragraph's topic), so unlike the spans they are not
   * patched paragraph by paragraph; they cost a fraction of a full recognition. Ask before the
   * text moves on from the version of the last update (its source is read then).
   */
  links(): readonly (AmountLinks | undefined)[] {
    this.linked ??= suggestLinks(this.source.text(), this.current);
    return this.linked;
  }

  /** The article-level readings of `read`: projects named by their zone, the headline's echo, then brands heading projects and parks named again. */
  private echo(source: TextSource): void {
    const zoned = readZoneNamedProjects(this.read, source.text());
    const { entities, echoed } = readHeadline(zoned.entities, source.length, (at) => source.paragraphs(at, at));
    const brands = readBrandsAcrossParagraphs(entities, source.text());
    const parks = readParksAcrossParagraphs(brands.entities, source.text());
    this.current = parks.entities;
    const read = zoned.joined === '' ? echoed : `${echoed}\u0001${zoned.joined}`;
    const branded = brands.found === '' ? read : `${read}\u0003${brands.found}`;
    this.echoed = parks.found === '' ? branded : `${branded}\u0004${parks.found}`;
  }

  private declaringBefore(oldEnd: number): boolean {
    return this.declaring.length > 0 && this.declaring[0] <= oldEnd;
  }

  private updateRegion(paragraphs: string, region: ChangedRegion): void {
    const { start, delta } = region;
    const oldEnd = region.end - delta;
    const old = this.read;
    const next: Entity[] = [];
    let k = 0;
    while (k < old.length && old[k].start < start) next.push(old[k++]);
    // A marker after the region still makes its `元` TWD: the article's currency, not the region's.
    for (const entity of recognizeRegion(paragraphs, this.recognizer.articleCurrencies, this.lexicon)) next.push(moved(entity, start));
    while (k < old.length && old[k].start < oldEnd) k++;
    // Moved in place: copying the ~13,000 spans after an edit in the middle of a 5 MB article
    // cost more than everything else, and its garbage more again.
    if (delta === 0) while (k < old.length) next.push(old[k++]);
    else while (k < old.length) next.push(moved(old[k++], delta));
    this.read = next;
    // The headline reads as its twin in the body: either may be the part edited, so it is read again.
    this.echo(this.source);
    // No paragraph up to the region declares (checked), so the list only shifts.
    if (delta !== 0) this.declaring = this.declaring.map((offset) => offset + delta);
  }
}

/**
 * The whole paragraphs the changes touched, in the new text, with their text; undefined when
 * the changes do not turn a text of `beforeLength` into one of `source.length` units (then the
 * caller recognises everything).
 */
export function dirtyRegion(beforeLength: number, source: TextSource, changes: readonly TextChange[]): { region: ChangedRegion; text: string } | undefined {
  let start = -1;
  let end = -1;
  let delta = 0;
  let length = beforeLength;
  for (const { offset, removed, inserted } of changes) {
    if (!(offset >= 0 && removed >= 0 && offset + removed <= length)) return undefined;
    const shift = inserted.length - removed;
    if (start < 0) {
      start = offset;
      end = offset + inserted.length;
    } else {
      // The dirty span so far, mapped through this change, joined with what it inserted.
      const mappedEnd = end <= offset ? end : end >= offset + removed ? end + shift : offset + inserted.length;
      start = Math.min(start, offset);
      end = Math.max(mappedEnd, offset + inserted.length);
    }
    delta += shift;
    length += shift;
  }
  // The changes must add up to the new text's length (a cheap check that none was missed).
  if (start < 0 || length !== source.length) return undefined;
  const paragraphs = source.paragraphs(start, end);
  return { region: { start: paragraphs.start, end: paragraphs.start + paragraphs.text.length, delta }, text: paragraphs.text };
}

/** How many lines around an edited region its lines' breaks are read with (see wrappedLines.ts). */
const LINES_AROUND = 2;

/**
 * Does a line of the region, or one of the lines next to it, go on into the line after it? The
 * lines are read with the two around them on each side: whether a line goes on depends on the
 * lines before and after it.
 */
function wrapsAround(source: TextSource, region: ChangedRegion): boolean {
  let from = region.start;
  for (let k = 0; k < LINES_AROUND && from > 0; k++) from = source.paragraphs(from - 1, from - 1).start;
  let to = region.end;
  for (let k = 0; k < LINES_AROUND && to < source.length; k++) {
    const next = source.paragraphs(to + 1, to + 1);
    to = next.start + next.text.length;
  }
  return anyLineContinues(source.paragraphs(from, to).text, from === 0);
}

function moved(e: Entity, by: number): Entity {
  e.start += by;
  e.end += by;
  return e;
}

/**
 * Raw characters that fold to 下 and 同 (`下同`), and to 简 and 称 (`简称`), found by folding, so
 * a change to the fold tables is followed; computed on first use.
 */
interface Triggers {
  xia: RegExp;
  tong: RegExp;
  jian: RegExp;
  cheng: RegExp;
}
let triggers: Triggers | undefined;
function triggerPatterns(): Triggers {
  if (triggers) return triggers;
  const sets: Record<keyof Triggers, Set<string>> = { xia: new Set(['下']), tong: new Set(['同']), jian: new Set(['简']), cheng: new Set(['称']) };
  const wanted: Record<string, keyof Triggers> = { 下: 'xia', 同: 'tong', 简: 'jian', 称: 'cheng' };
  let all = '';
  for (let c = 0x2e80; c <= 0xffef; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);
  const folded = foldText(all).text;
  if (folded.length === all.length) {
    for (let i = 0; i < all.length; i++) {
      const key = wanted[folded[i]];
      if (key) sets[key].add(all[i]);
    }
  }
  const charClass = (chars: Set<string>) => new RegExp(`[${[...chars].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);
  triggers = { xia: charClass(sets.xia), tong: charClass(sets.tong), jian: charClass(sets.jian), cheng: charClass(sets.cheng) };
  return triggers;
}

/** Does the raw text hold the characters of a declaration (in any spelling that folds to them), or an entity? */
function mayHoldDeclaration(text: string, t: Triggers): boolean {
  return text.includes('&') || (t.xia.test(text) && t.tong.test(text)) || (t.jian.test(text) && t.cheng.test(text));
}

/**
 * Could this text (whole paragraphs) put a currency in force or declare a park's short name?
 * Only if it holds a Taiwanese marker (localCurrency.ts) or, folded, `下同` (`(下同)`, `(以下同)`) or `简称`. Folded only when the raw text
 * holds both characters of one (in any spelling that folds to them) or an HTML entity, which
 * could spell anything.
 */
export function mayDeclare(paragraphs: string): boolean {
  // A Taiwanese marker makes every bare `元` of the article TWD (localCurrency.ts): read on the raw text.
  if (ARTICLE_CURRENCY_MARKERS.test(paragraphs)) return true;
  const t = triggerPatterns();
  if (!mayHoldDeclaration(paragraphs, t)) return false;
  let offset = 0;
  while (offset <= paragraphs.length) {
    let nl = paragraphs.indexOf('\n', offset);
    if (nl < 0) nl = paragraphs.length;
    const paragraph = paragraphs.slice(offset, nl);
    if (mayHoldDeclaration(paragraph, t)) {
      const folded = foldText(paragraph).text;
      if (folded.includes('下同') || folded.includes('简称')) return true;
    }
    offset = nl + 1;
  }
  return false;
}

/** Starts of the paragraphs of `text` that may declare a currency or a park's short name, ascending. */
export function declaringParagraphs(text: string): number[] {
  const { tong, cheng } = triggerPatterns();
  const found: number[] = [];
  const pattern = new RegExp(`${tong.source}|${cheng.source}|&|${ARTICLE_CURRENCY_MARKERS.source}`, 'g');
  let lastParagraph = -1;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = text.lastIndexOf('\n', match.index - 1) + 1;
    if (start === lastParagraph) continue;
    lastParagraph = start;
    const newline = text.indexOf('\n', match.index);
    const end = newline < 0 ? text.length : newline;
    if (mayDeclare(text.slice(start, end))) found.push(start);
    pattern.lastIndex = end;
  }
  return found;
}
