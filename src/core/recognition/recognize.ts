// The public recogniser: MONEY (money.ts) and the named entities (namedEntities.ts) of a text,
// in UTF-16 offsets of the text as given, sorted, non-overlapping, deterministic, never throwing.
//
// The text is handled paragraph by paragraph (split at '\n'): each paragraph is folded
// (fold.ts), both recognisers run on the folded copy, and spans are mapped back with toOriginal.
// Paragraphs are independent except for what a bare `元` stands for (localCurrency.ts: TWD in the
// whole article when any paragraph shows it is Taiwanese, found by one scan before the paragraphs),
// a currency put in force by `(下同)` and the short names declared for parks
// (`某某开发区(简称“某开区”)`), which are carried from one paragraph to the next; that state is part
// of the cache key, so `Recognizer` can reuse every paragraph an edit did not touch.
import type { Entity } from '../types';
import { toOriginal, type FoldedText } from '../fold';
import { scanMoney } from './money';
import { findNamedEntitiesWithAliases } from './namedEntities';
import { aliasKey, NO_ALIASES, type ParkAlias } from './parkAliases';
import type { LexiconMatcher } from '../workspaceLexicon/lexiconMatcher';
import { keepNonOverlapping } from './overlaps';
import { articleCurrencies, articleCurrenciesKey, NO_ARTICLE_CURRENCIES, type ArticleCurrencies } from './localCurrency';
import { wrappedRunEnd } from './wrappedLines';
import { echoHeadlineOfText } from './headlineEcho';
import { joinZoneNamedProjects } from './zoneNamedProjects';
import { addBrandsAcrossParagraphs } from './brandsAcrossParagraphs';
import { addParksAcrossParagraphs } from './parksAcrossParagraphs';
import { foldWithAnchors, type AnchorUnits } from './anchorUnits';

interface ParagraphResult {
  /** Entities with offsets relative to the paragraph. */
  entities: Entity[];
  /** Currency in force after the paragraph (`(下同)`). */
  currency: string | undefined;
  /** Short names of parks declared so far (`(简称“某开区”)`, parkAliases.ts). */
  aliases: readonly ParkAlias[];
}

/**
 * What a paragraph is read with: the article's bare `元` (fixed for the article), the `(下同)`
 * currency and the declared short names of parks handed on by the paragraphs before it.
 */
interface CarriedState {
  currency: string | undefined;
  /** What a bare `元` and `澳元` stand for in the whole article (localCurrency.ts). */
  article: ArticleCurrencies;
  aliases: readonly ParkAlias[];
}

/**
 * Recognises every entity of `text`. With a workspace lexicon, its names are suggested wherever
 * they occur and its rejected strings never are (see workspaceLexicon/lexiconMatcher.ts). With `folds`, the
 * paragraphs it folded are recorded there (fold.ts, ParagraphFolds), for the links to read instead of folding
 * them again.
 */
export function recognize(text: string, lexicon?: LexiconMatcher, folds?: Map<number, string>): Entity[] {
  const found = finish(recognizeParagraphs(text, articleCurrencies(text), undefined, Infinity, lexicon, undefined, folds));
  return addParksAcrossParagraphs(addBrandsAcrossParagraphs(echoHeadlineOfText(joinZoneNamedProjects(found), text), text), text);
}

/**
 * The entities of some whole paragraphs of an article whose currencies are `article` (what
 * `articleCurrencies` found in the whole text), as `recognize` reads them there, provided no
 * paragraph before them hands a currency or a park's short name on (incrementalAnalysis.ts).
 */
export function recognizeRegion(paragraphs: string, article: ArticleCurrencies, lexicon?: LexiconMatcher): Entity[] {
  return finish(recognizeParagraphs(paragraphs, article, undefined, Infinity, lexicon));
}

/**
 * Same result as `recognize`, with a per-paragraph cache: a second call after a small edit only
 * re-scans the paragraphs that changed. The cache keeps exactly the paragraphs of the last call.
 */
export class Recognizer {
  private cache = new ParagraphCache();
  private article: ArticleCurrencies = NO_ARTICLE_CURRENCIES;
  private wrapped = false;

  /** The lexicon is fixed for the recogniser's life: its cache holds results made with it. */
  constructor(private readonly lexicon?: LexiconMatcher) {}

  recognize(text: string): Entity[] {
    return finish(this.recognizeInSlices(text, Infinity));
  }

  /**
   * The same recognition a slice at a time: it pauses (yields) after every `sliceLength` UTF-16
   * units of paragraphs, so that a caller can hand the thread back between slices, and returns
   * the entities at the end. The cache moves on only when the last slice is done: a run given
   * up half way leaves the recogniser as it was.
   */
  *recognizeInSlices(text: string, sliceLength: number): Generator<void, Entity[]> {
    const read = yield* this.readInSlices(text, sliceLength);
    return addParksAcrossParagraphs(addBrandsAcrossParagraphs(echoHeadlineOfText(joinZoneNamedProjects(read), text), text), text);
  }

  /**
   * `recognizeInSlices` before the article-level readings: projects named by their zone (zoneNamedProjects.ts),
   * the headline read as its body twin (headlineEcho.ts) and brands heading projects named in other paragraphs
   * (brandsAcrossParagraphs.ts), for IncrementalAnalysis.
   */
  *readInSlices(text: string, sliceLength: number): Generator<void, Entity[]> {
    const next = new ParagraphCache();
    const article = articleCurrencies(text);
    const seen = { wrapped: false };
    const out = yield* recognizeParagraphs(text, article, { previous: this.cache, next }, sliceLength, this.lexicon, seen);
    this.cache = next;
    this.article = article;
    this.wrapped = seen.wrapped;
    return out;
  }

  /** Whether the text of the last finished run had lines read as one paragraph (wrappedLines.ts). */
  get hadWrappedLines(): boolean {
    return this.wrapped;
  }

  /** The article's currencies in the text of the last finished run (localCurrency.ts). */
  get articleCurrencies(): ArticleCurrencies {
    return this.article;
  }
}

/** Runs a sliced computation to its end at once. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Paragraph results keyed by the state carried into the paragraph, then by its text. */
class ParagraphCache {
  private readonly byState = new Map<string, Map<string, ParagraphResult>>();

  get(state: CarriedState, paragraph: string): ParagraphResult | undefined {
    return this.byState.get(stateKey(state))?.get(paragraph);
  }

  set(state: CarriedState, paragraph: string, result: ParagraphResult): void {
    const key = stateKey(state);
    let map = this.byState.get(key);
    if (!map) this.byState.set(key, (map = new Map()));
    map.set(paragraph, result);
  }
}

function stateKey(state: CarriedState): string {
  const aliases = aliasKey(state.aliases);
  const article = articleCurrenciesKey(state.article);
  const currencies = article === '' ? state.currency ?? '' : `${state.currency ?? ''}\u0001${article}`;
  return aliases === '' ? currencies : `${currencies}\u0000${aliases}`;
}

function* recognizeParagraphs(text: string, article: ArticleCurrencies, caches: { previous: ParagraphCache; next: ParagraphCache } | undefined, sliceLength: number, lexicon: LexiconMatcher | undefined, seen?: { wrapped: boolean }, folds?: Map<number, string>): Generator<void, Entity[]> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: Entity[] = [];
  let state: CarriedState = { currency: undefined, article, aliases: NO_ALIASES };
  let offset = 0;
  /** Start of the line before `offset` (-1 at the first line). */
  let lineBefore = -1;
  let sliceEnd = sliceLength;
  while (offset <= text.length) {
    if (offset >= sliceEnd) {
      yield;
      sliceEnd = offset + sliceLength;
    }
    let nl = text.indexOf('\n', offset);
    if (nl < 0) nl = text.length;
    // Lines of a page cut short (text pulled from a PDF) are read as one paragraph (wrappedLines.ts).
    const end = nl > offset ? wrappedRunEnd(text, lineBefore, offset, nl) : nl;
    if (end > nl && seen) seen.wrapped = true;
    lineBefore = end > nl ? text.lastIndexOf('\n', end - 1) + 1 : offset;
    nl = end;
    if (nl > offset) {
      const paragraph = text.slice(offset, nl);
      let result: ParagraphResult | undefined;
      if (caches) {
        result = caches.next.get(state, paragraph) ?? caches.previous.get(state, paragraph);
        result ??= analyseParagraph(paragraph, state, 0, lexicon);
        caches.next.set(state, paragraph, result);
        for (const e of result.entities) out.push(offset === 0 ? { ...e } : shifted(e, offset));
      } else {
        // Nothing is kept: the entities are made at their place in the whole text, no copies.
        result = analyseParagraph(paragraph, state, offset, lexicon, text, folds);
        for (const e of result.entities) out.push(e);
      }
      state = { currency: result.currency, article, aliases: result.aliases };
    }
    offset = nl + 1;
  }
  return out;
}

/** A copy of a paragraph-relative entity at its place in the whole text (cached ones stay intact). */
function shifted(e: Entity, offset: number): Entity {
  const copy: Entity = { label: e.label, start: e.start + offset, end: e.end + offset, text: e.text };
  if (e.label === 'MONEY') {
    copy.value = e.value;
    if (e.max !== undefined) copy.max = e.max;
    copy.currency = e.currency;
    if (e.qualifier !== undefined) copy.qualifier = e.qualifier;
    copy.role = e.role;
    copy.scope = e.scope;
  }
  return copy;
}

/**
 * One paragraph, its entities' offsets moved by `offset`; never throws (a failure loses that
 * paragraph's suggestions, nothing else).
 */
function analyseParagraph(paragraph: string, stateIn: CarriedState, offset: number, lexicon: LexiconMatcher | undefined, article?: string, folds?: Map<number, string>): ParagraphResult {
  try {
    if (paragraph.indexOf('\n') >= 0) return analyseWrapped(paragraph, stateIn, offset, lexicon);
    // Folded where it stands in the article (at `offset`) when that is given: the same fold, read faster.
    // Where every finder's anchors may be, found while the paragraph is folded, once for all of them.
    const { folded, anchors } = article === undefined ? foldWithAnchors(paragraph) : foldWithAnchors(article, offset, offset + paragraph.length);
    // A fold that changed no length is every window's too: the links slice it (ParagraphFolds).
    if (folds !== undefined && folded.starts === null) folds.set(offset, folded.text);
    const amounts: Entity[] = [];
    const currency = collectAmounts(paragraph, folded, stateIn, offset, amounts, anchors);
    const names: Entity[] = [];
    const aliases = collectNames(paragraph, folded, stateIn.aliases, offset, lexicon, names, anchors);
    const entities = mergeDisjoint(amounts, names) ?? resolveOverlaps([...amounts, ...names]);
    return { entities, currency, aliases };
  } catch {
    return { entities: [], currency: stateIn.currency, aliases: stateIn.aliases };
  }
}

/**
 * Lines of a page cut short, read as one paragraph (wrappedLines.ts): the amounts are read in the
 * lines joined (a sentence goes on across the breaks; a span may hold one), the names line by line
 * as ever (a name is not guessed across a break).
 */
function analyseWrapped(paragraph: string, stateIn: CarriedState, offset: number, lexicon: LexiconMatcher | undefined): ParagraphResult {
  const joined = joinLines(paragraph);
  const { folded, anchors } = foldWithAnchors(joined.text);
  const amounts: Entity[] = [];
  const currency = collectAmounts(joined.text, folded, stateIn, 0, amounts, anchors);
  for (const a of amounts) {
    a.start = joined.place(a.start) + offset;
    a.end = joined.place(a.end - 1) + 1 + offset;
    a.text = paragraph.slice(a.start - offset, a.end - offset);
  }
  const names: Entity[] = [];
  let aliases = stateIn.aliases;
  for (let lineStart = 0; lineStart <= paragraph.length; ) {
    let nl = paragraph.indexOf('\n', lineStart);
    if (nl < 0) nl = paragraph.length;
    const line = paragraph.slice(lineStart, nl);
    const { folded, anchors } = foldWithAnchors(line);
    aliases = collectNames(line, folded, aliases, offset + lineStart, lexicon, names, anchors);
    lineStart = nl + 1;
  }
  const entities = mergeDisjoint(amounts, names) ?? resolveOverlaps([...amounts, ...names]);
  return { entities, currency, aliases };
}

/** The lines joined without their breaks (`\n`, `\r\n`), and where a unit of the joined text is in the lines. */
function joinLines(paragraph: string): { text: string; place: (at: number) => number } {
  const breaks = /\r?\n/g;
  /** For each break: where it falls in the joined text, and how many units the breaks up to it took. */
  const at: number[] = [];
  const removed: number[] = [];
  let text = '';
  let last = 0;
  let taken = 0;
  for (let m = breaks.exec(paragraph); m; m = breaks.exec(paragraph)) {
    text += paragraph.slice(last, m.index);
    taken += m[0].length;
    at.push(text.length);
    removed.push(taken);
    last = m.index + m[0].length;
  }
  text += paragraph.slice(last);
  // The last break at or before `unit`, found by halving (a page may have thousands of lines and amounts).
  const place = (unit: number): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid] <= unit) lo = mid + 1;
      else hi = mid;
    }
    return unit + (lo > 0 ? removed[lo - 1] : 0);
  };
  return { text, place };
}

/** The amounts of a folded paragraph, as entities at `offset` in `out`; returns the currency in force after it. */
function collectAmounts(paragraph: string, folded: FoldedText, stateIn: CarriedState, offset: number, out: Entity[], anchors: AnchorUnits): string | undefined {
  const money = scanMoney(folded.text, stateIn.currency, stateIn.article, anchors);
  const n = paragraph.length;
  for (const m of money.spans) {
    const [start, end] = toOriginal(folded, m.start, m.end);
    if (!(start >= 0 && end > start && end <= n)) continue;
    const entity: Entity = { label: 'MONEY', start: start + offset, end: end + offset, text: paragraph.slice(start, end), value: m.value };
    if (m.max !== undefined) entity.max = m.max;
    entity.currency = m.currency;
    if (m.qualifier !== undefined) entity.qualifier = m.qualifier;
    entity.role = m.role;
    entity.scope = m.scope;
    out.push(entity);
  }
  return money.currency;
}

/**
 * The named entities of a folded paragraph, as entities at `offset` in `out`; returns the parks' short
 * names in force after it. A failure loses the names (the amounts stay).
 */
function collectNames(paragraph: string, folded: FoldedText, aliasesIn: readonly ParkAlias[], offset: number, lexicon: LexiconMatcher | undefined, out: Entity[], anchors: AnchorUnits): readonly ParkAlias[] {
  let named: ReturnType<typeof findNamedEntitiesWithAliases>['spans'];
  let aliases = aliasesIn;
  try {
    ({ spans: named, aliases } = findNamedEntitiesWithAliases(folded.text, aliasesIn, anchors));
    if (lexicon) named = lexicon.applyToNames(folded.text, named);
  } catch {
    named = [];
  }
  const n = paragraph.length;
  for (const s of named) {
    const [start, end] = toOriginal(folded, s.start, s.end);
    if (!(start >= 0 && end > start && end <= n)) continue;
    out.push({ label: s.label, start: start + offset, end: end + offset, text: paragraph.slice(start, end) });
  }
  return aliases;
}

/**
 * The two lists merged by start when no span of one overlaps any of the other (nor its own
 * neighbours), else undefined. That is resolveOverlaps' answer when nothing overlaps, found
 * without sorting: the common case, as amounts and names rarely touch.
 */
function mergeDisjoint<T extends { start: number; end: number }>(a: T[], b: T[]): T[] | undefined {
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  let lastEnd = -Infinity;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++];
    if (next.start < lastEnd) return undefined;
    merged.push(next);
    lastEnd = next.end;
  }
  return merged;
}

const LABEL_ORDER = { PROJECT: 0, COMPANY: 1, PARK: 2, MONEY: 3 } as const;

/**
 * Keeps a set of non-overlapping spans: longer spans first (a company name holding `一亿` beats
 * the MONEY inside it), then earlier, then by label, so the result never depends on input order.
 */
export function resolveOverlaps(spans: readonly Entity[]): Entity[] {
  return keepNonOverlapping([...spans].sort((a, b) => a.start - b.start), byRank);
}

function byRank(a: Entity, b: Entity): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || LABEL_ORDER[a.label] - LABEL_ORDER[b.label];
}
