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
import { scopeFromClauseOwner } from './clauseOwner';
import { scopeOfForeignStatistic } from './foreignCapitalStatistic';
import { ArticleFold } from './articleFold';

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
export function recognize(text: string, lexicon?: LexiconMatcher, folds?: Map<number, FoldedText>): Entity[] {
  // the paragraphs' folds put together, for the readings of the whole article (not folded again)
  const fold = typeof text === 'string' ? new ArticleFold(text) : undefined;
  const found = readInBatches(text, articleCurrencies(text), lexicon, folds, fold);
  return addParksAcrossParagraphs(addBrandsAcrossParagraphs(echoHeadlineOfText(joinZoneNamedProjects(found, text), text), text), text, fold);
}

/**
 * The entities of some whole paragraphs of an article whose currencies are `article` (what
 * `articleCurrencies` found in the whole text), as `recognize` reads them there, provided no
 * paragraph before them hands a currency or a park's short name on (incrementalAnalysis.ts).
 */
export function recognizeRegion(paragraphs: string, article: ArticleCurrencies, lexicon?: LexiconMatcher): Entity[] {
  return readInBatches(paragraphs, article, lexicon);
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
    return addParksAcrossParagraphs(addBrandsAcrossParagraphs(echoHeadlineOfText(joinZoneNamedProjects(read, text), text), text), text);
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

/**
 * The paragraphs one by one, each read whole (`analyseParagraph`) or taken from the caches, pausing after every
 * `sliceLength` units (the Recognizer's reading; `recognize` reads in batches, `readInBatches`).
 */
function* recognizeParagraphs(text: string, article: ArticleCurrencies, caches: { previous: ParagraphCache; next: ParagraphCache }, sliceLength: number, lexicon: LexiconMatcher | undefined, seen?: { wrapped: boolean }): Generator<void, Entity[]> {
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
      const result = caches.next.get(state, paragraph) ?? caches.previous.get(state, paragraph) ?? analyseParagraph(paragraph, state, lexicon);
      caches.next.set(state, paragraph, result);
      for (const e of result.entities) out.push(offset === 0 ? { ...e } : shifted(e, offset));
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
 * One paragraph, read whole (amounts then names), its offsets its own; never throws (a failure loses that
 * paragraph's suggestions, nothing else).
 */
function analyseParagraph(paragraph: string, stateIn: CarriedState, lexicon: LexiconMatcher | undefined): ParagraphResult {
  try {
    const amounts = readAmounts(paragraph, stateIn, 0);
    const { entities, aliases } = readNames(amounts, stateIn.aliases, 0, lexicon);
    return { entities, currency: amounts.currency, aliases };
  } catch {
    return { entities: [], currency: stateIn.currency, aliases: stateIn.aliases };
  }
}

/**
 * A paragraph's amounts, and what its names are read in: its fold and anchor units, or for lines of a page cut
 * short (wrappedLines.ts), the paragraph itself (the names are read line by line).
 */
interface AmountsRead {
  paragraph: string;
  amounts: Entity[];
  /** Currency in force after the paragraph (`(下同)`). */
  currency: string | undefined;
  /** The paragraph's fold and anchor units; undefined for wrapped lines. */
  folded?: { folded: FoldedText; anchors: AnchorUnits };
}

/** The first half of `analyseParagraph`: the amounts (may throw). */
function readAmounts(paragraph: string, stateIn: CarriedState, offset: number, article?: string, folds?: Map<number, FoldedText>): AmountsRead {
  if (paragraph.indexOf('\n') >= 0) return readWrappedAmounts(paragraph, stateIn, offset);
  // Folded where it stands in the article (at `offset`) when that is given: the same fold, read faster.
  // Where every finder's anchors may be, found while the paragraph is folded, once for all of them.
  const folded = article === undefined ? foldWithAnchors(paragraph) : foldWithAnchors(article, offset, offset + paragraph.length);
  // Every window's fold is a slice of it, or mostly so: the links read it (ParagraphFolds).
  if (folds !== undefined) folds.set(offset, folded.folded);
  const amounts: Entity[] = [];
  const currency = collectAmounts(paragraph, folded.folded, stateIn, offset, amounts, folded.anchors);
  return { paragraph, amounts, currency, folded };
}

/** The second half of `analyseParagraph`: the names, and the paragraph's entities (may throw). */
function readNames(read: AmountsRead, aliasesIn: readonly ParkAlias[], offset: number, lexicon: LexiconMatcher | undefined): { entities: Entity[]; aliases: readonly ParkAlias[] } {
  const names: Entity[] = [];
  const aliases = read.folded
    ? collectNames(read.paragraph, read.folded.folded, aliasesIn, offset, lexicon, names, read.folded.anchors)
    : readWrappedNames(read.paragraph, aliasesIn, offset, lexicon, names);
  const entities = mergeDisjoint(read.amounts, names) ?? resolveOverlaps([...read.amounts, ...names]);
  // An amount read as a sum whose clause opens with one owner, now that its names are known (clauseOwner.ts).
  scopeFromClauseOwner(read.paragraph, entities, offset);
  // A place's foreign capital used or in place, its sentence naming no firm or project (foreignCapitalStatistic.ts).
  scopeOfForeignStatistic(read.paragraph, entities, offset);
  return { entities, aliases };
}

/**
 * Lines of a page cut short, read as one paragraph (wrappedLines.ts): the amounts are read in the
 * lines joined (a sentence goes on across the breaks; a span may hold one), the names line by line
 * as ever (a name is not guessed across a break).
 */
function readWrappedAmounts(paragraph: string, stateIn: CarriedState, offset: number): AmountsRead {
  const joined = joinLines(paragraph);
  const { folded, anchors } = foldWithAnchors(joined.text);
  const amounts: Entity[] = [];
  const currency = collectAmounts(joined.text, folded, stateIn, 0, amounts, anchors);
  for (const a of amounts) {
    a.start = joined.place(a.start) + offset;
    a.end = joined.place(a.end - 1) + 1 + offset;
    a.text = paragraph.slice(a.start - offset, a.end - offset);
  }
  return { paragraph, amounts, currency };
}

/** The names of wrapped lines (`readWrappedAmounts`), line by line, into `names`; returns the parks' short names after them. */
function readWrappedNames(paragraph: string, aliasesIn: readonly ParkAlias[], offset: number, lexicon: LexiconMatcher | undefined, names: Entity[]): readonly ParkAlias[] {
  let aliases = aliasesIn;
  for (let lineStart = 0; lineStart <= paragraph.length; ) {
    let nl = paragraph.indexOf('\n', lineStart);
    if (nl < 0) nl = paragraph.length;
    const line = paragraph.slice(lineStart, nl);
    const { folded, anchors } = foldWithAnchors(line);
    aliases = collectNames(line, folded, aliases, offset + lineStart, lexicon, names, anchors);
    lineStart = nl + 1;
  }
  return aliases;
}

/**
 * Units of paragraphs read in one batch by `readInBatches`: their folds and anchor units are kept from the
 * amounts to the names, so a batch is bounded (a long article is read in several).
 */
const BATCH_UNITS = 1 << 15;

/**
 * The entities of the paragraphs of `text` at their place in it (no copies), the same as the Recognizer's reading
 * of each paragraph whole (`recognizeParagraphs`), read a batch of paragraphs at a time: the amounts of every
 * paragraph of the batch, then their names. The two readers share nothing but the fold (the
 * currency in force is the amounts' state, the parks' short names the names'), and each has its own large tables
 * and code: read one paragraph after the other, they kept evicting each other's from the processor's caches.
 * A paragraph whose amounts fail is read as empty, its state left as it was, as `analyseParagraph` does; one whose
 * names fail too, though the currency it put in force stays (nothing reading names is known to throw). With `fold`,
 * every paragraph's fold and anchor units are added to it, in order.
 */
function readInBatches(text: string, article: ArticleCurrencies, lexicon: LexiconMatcher | undefined, folds?: Map<number, FoldedText>, fold?: ArticleFold): Entity[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const bounds = paragraphBounds(text);
  const out: Entity[] = [];
  let currency: string | undefined;
  let aliases: readonly ParkAlias[] = NO_ALIASES;
  const batch: (AmountsRead | undefined)[] = [];
  for (let first = 0; first < bounds.length; ) {
    let last = first + 2;
    while (last < bounds.length && bounds[last + 1] - bounds[first] <= BATCH_UNITS) last += 2;
    batch.length = 0;
    for (let k = first; k < last; k += 2) {
      // The amounts read nothing of the names' state.
      const read = amountsOrNothing(text, bounds[k], bounds[k + 1], { currency, article, aliases: NO_ALIASES }, folds);
      if (read) currency = read.currency;
      fold?.add(bounds[k], bounds[k + 1], read?.folded);
      batch.push(read);
    }
    for (let k = first; k < last; k += 2) aliases = namesInto(out, batch[(k - first) >> 1], aliases, bounds[k], lexicon);
    first = last;
  }
  return out;
}

/** `readNames` of what `readAmounts` read (nothing when it failed), its entities pushed to `out`; returns the parks' short names after it. */
function namesInto(out: Entity[], read: AmountsRead | undefined, aliasesIn: readonly ParkAlias[], offset: number, lexicon: LexiconMatcher | undefined): readonly ParkAlias[] {
  if (!read) return aliasesIn;
  try {
    const named = readNames(read, aliasesIn, offset, lexicon);
    for (const e of named.entities) out.push(e);
    return named.aliases;
  } catch {
    // The paragraph's suggestions are lost, nothing else.
    return aliasesIn;
  }
}

/** `readAmounts` of text[start, end), or undefined when it fails. */
function amountsOrNothing(text: string, start: number, end: number, state: CarriedState, folds?: Map<number, FoldedText>): AmountsRead | undefined {
  try {
    return readAmounts(text.slice(start, end), state, start, text, folds);
  } catch {
    return undefined;
  }
}

/**
 * Where the paragraphs of `text` are (`recognizeParagraphs`' split): start and end of each non-empty one, flat
 * and in order; lines of a page cut short make one paragraph (wrappedLines.ts).
 */
function paragraphBounds(text: string): number[] {
  const bounds: number[] = [];
  /** Start of the line before `offset` (-1 at the first line). */
  let lineBefore = -1;
  for (let offset = 0; offset <= text.length; ) {
    let nl = text.indexOf('\n', offset);
    if (nl < 0) nl = text.length;
    const end = nl > offset ? wrappedRunEnd(text, lineBefore, offset, nl) : nl;
    lineBefore = end > nl ? text.lastIndexOf('\n', end - 1) + 1 : offset;
    if (end > offset) bounds.push(offset, end);
    offset = end + 1;
  }
  return bounds;
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
