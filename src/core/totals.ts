// Totals: what a set of reviewed articles adds up to, without the naive sum's mistakes.
//
// Used by `invest-news summary` and by the summary panel (the result crosses to the webview,
// so it is plain JSON data). The rules, from the annotation guidelines:
//  - rejected items never count; accepted items are counted on their own (basis `accepted`)
//    and together with unreviewed suggestions (basis `all`), so the panel can show both;
//  - per currency and role, itemised amounts (scope `item`) and stated aggregates
//    (scope `aggregate`) are summed APART and shown side by side with their difference:
//    adding an aggregate to the items it already contains would double count;
//  - thresholds (role `threshold`, "10亿元以上项目69个") are size classes, not money: they are
//    listed, never summed;
//  - a range ("10-20亿元") counts its minimum (`value`), as the guidelines define `value`;
//  - a gloss (a second currency in brackets right after an amount, "5.215亿美元(约40.7亿港元)")
//    restates the amount before it and is not counted;
//  - the same aggregate stated twice in one article (headline and body repeat
//    "合同资金达65.1亿元") counts once; so does the same item amount of the same project.
// Amounts are linked to a park and a project by `linkAmounts` (rules on that function).
import { foldText } from './fold';
import type { Entity, Label, MoneyRole } from './types';
import { LABELS, MONEY_ROLES } from './types';

export type TotalsStatus = 'suggested' | 'accepted' | 'rejected';

/**
 * The minimal item shape totals need. `ReviewItem` (src/core/review.ts) is structurally
 * compatible: an entity plus its review status.
 */
export interface TotalsItem extends Entity {
  status: TotalsStatus;
}

/** One article: its file (as the caller names it), its text, and its reviewed items. */
export interface TotalsArticle {
  file: string;
  /** The text the items' offsets refer to (used to link amounts to parks and projects). */
  text: string;
  items: readonly TotalsItem[];
}

/** Which items a sum covers: `accepted` only, or `all` = accepted + unreviewed suggestions. */
export type TotalsBasis = 'accepted' | 'all';
export const TOTALS_BASES: readonly TotalsBasis[] = ['accepted', 'all'];

/** Sums of one currency and role, for one basis. Values are in units of the currency. */
export interface MoneySums {
  /** Sum of item-scope amounts (each range at its minimum). */
  itemised: number;
  itemisedCount: number;
  /** Sum of stated aggregates (scope `aggregate`). */
  aggregate: number;
  aggregateCount: number;
  /** `aggregate − itemised`: positive when the articles state more than they itemise. */
  difference: number;
  /** How many counted amounts are ranges (counted at their minimum). */
  rangeCount: number;
}

/** Money that is summed: every role but `threshold`. */
export type SummedRole = Exclude<MoneyRole, 'threshold'>;

export interface CurrencyRoleTotals {
  /** ISO 4217. */
  currency: string;
  role: SummedRole;
  accepted: MoneySums;
  all: MoneySums;
}

/** Totals of one park or one project. */
export interface GroupTotals {
  /** The name as first written (folded names are merged: `高新區` and `高新区` are one park). */
  name: string;
  /** How many files contribute an amount to the group. */
  fileCount: number;
  amounts: CurrencyRoleTotals[];
}

export interface ProjectTotals extends GroupTotals {
  /** The park of the project's first linked amount, when there is one. */
  park?: string;
}

/** A size-class threshold: listed, never summed. */
export interface ThresholdEntry {
  file: string;
  start: number;
  end: number;
  text: string;
  value?: number;
  max?: number;
  currency?: string;
  status: Exclude<TotalsStatus, 'rejected'>;
  park?: string;
}

export interface ReviewCounts {
  accepted: number;
  rejected: number;
  suggested: number;
}
export type ReviewCountsByLabel = Record<Label, ReviewCounts>;

export interface FileTotals {
  file: string;
  amounts: CurrencyRoleTotals[];
  thresholdCount: number;
  review: ReviewCountsByLabel;
}

/** Amounts left out of the sums, and why (per basis). */
export interface SkippedCounts {
  /** Glosses: a second currency restating the amount before it. */
  glosses: number;
  /** The same aggregate, or the same project's item amount, stated again in one article. */
  repeats: number;
  /** MONEY without a value or a currency (cannot be summed). */
  incomplete: number;
}

export interface Totals {
  articleCount: number;
  /** Per currency and role, itemised and aggregate side by side; CNY first, then by code. */
  amounts: CurrencyRoleTotals[];
  /** Every non-rejected threshold, in file order. */
  thresholds: ThresholdEntry[];
  /** Per park (see `linkAmounts`), sorted by name. */
  parks: GroupTotals[];
  /** Per project, item amounts only (an aggregate describes several projects), sorted by name. */
  projects: ProjectTotals[];
  files: FileTotals[];
  /** Review progress per label over all articles. */
  review: ReviewCountsByLabel;
  skipped: Record<TotalsBasis, SkippedCounts>;
}

/** Where one MONEY item belongs, as `linkAmounts` decides. */
export interface AmountLink {
  /** The item (same object as in the input). */
  item: TotalsItem;
  /** The park item it is attributed to, if any. */
  park?: TotalsItem;
  /** The project item it describes, if any (item-scope, non-threshold amounts only). */
  project?: TotalsItem;
  /** The amount this one glosses (restates in brackets), if it is a gloss. */
  glossOf?: TotalsItem;
}

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const SENTENCE_END = codes('。！？!?；;\n');
const CLAUSE_END = codes('，,、：:。！？!?；;\n');
const LINE_END = codes('\n');
/** Between an amount and `的 + PROJECT`: a qualifier written after the amount may intervene. */
const OF_PROJECT_GAP = /^\s*(?:左右|以上|以下|多|余)?\s*的\s*$/;
/** Between an amount and its gloss: an opening bracket and an approximation word. */
const GLOSS_OPEN = /^\s*(?:左右)?\s*[（(]\s*(?:约合|大约|约|合|折合|相当于|折)?\s*(?:人民币)?\s*$/;
const GLOSS_CLOSE = /^\s*(?:左右)?\s*[）)]/;

/**
 * Links each non-rejected MONEY item of an article to its park, project and gloss.
 *
 * - Park: the nearest PARK before the amount in the same sentence (ended by 。！？；or a line
 *   break); else the nearest PARK before it in the same paragraph (line); else the article's
 *   first PARK (headlines usually name the park the whole article is about); else none.
 * - Project (item-scope amounts that are not thresholds): a PROJECT right after the amount
 *   with only `的` between (`总投资50亿元的博通科技产业园项目`); else the project named in the
 *   same clause (split at ，、：。！？；), the nearest one before the amount first, else the
 *   nearest after it; else the nearest project before it in the same sentence
 *   (`甲项目总投资6亿元，达产后年产值10亿元` → both belong to 甲项目); else none.
 * - Gloss: an amount that directly follows another one inside brackets, with at most an
 *   approximation word between (`5.215亿美元(约40.7亿港元)`), in another currency or of the
 *   same value. Its currency need not match: the gloss restates, it does not add.
 * PARK and PROJECT items count as context whatever their status, unless rejected.
 * Items are the ones given (the caller filters by basis); the result is sorted by start.
 */
export function linkAmounts(text: string, items: readonly TotalsItem[]): AmountLink[] {
  const links = linkParksAndProjects(text, items);
  const glosses = glossesOf(text, links);
  links.forEach((link, i) => {
    const of = glosses[i];
    if (of) link.glossOf = of;
  });
  return links;
}

/** Park and project of every non-rejected MONEY item, sorted by start (glosses not marked). */
function linkParksAndProjects(text: string, items: readonly TotalsItem[]): AmountLink[] {
  const parks: TotalsItem[] = [];
  const projects: TotalsItem[] = [];
  const money: TotalsItem[] = [];
  for (const item of items) {
    if (item.status === 'rejected') continue;
    if (item.label === 'PARK') parks.push(item);
    else if (item.label === 'PROJECT') projects.push(item);
    else if (item.label === 'MONEY') money.push(item);
  }
  parks.sort(byStart);
  projects.sort(byStart);
  money.sort(byStart);
  return money.map((item) => {
    const link: AmountLink = { item };
    const park = parkOf(text, item, parks);
    if (park) link.park = park;
    if (item.scope !== 'aggregate' && item.role !== 'threshold') {
      const project = projectOf(text, item, projects);
      if (project) link.project = project;
    }
    return link;
  });
}

/** For each link, the amount it glosses (the one right before it), if it is a gloss. */
function glossesOf(text: string, links: readonly AmountLink[]): (TotalsItem | undefined)[] {
  const result: (TotalsItem | undefined)[] = [];
  for (let i = 0; i < links.length; i++) {
    const previous = i > 0 && !result[i - 1] ? links[i - 1].item : undefined;
    result.push(previous && isGloss(text, previous, links[i].item) ? previous : undefined);
  }
  return result;
}

function byStart(a: Entity, b: Entity): number {
  return a.start - b.start || a.end - b.end;
}

/** Start of the run of text (after the last boundary character) that contains `offset`. */
function runStart(text: string, offset: number, boundary: ReadonlySet<number>): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) if (boundary.has(text.charCodeAt(i))) return i + 1;
  return 0;
}

function runEnd(text: string, offset: number, boundary: ReadonlySet<number>): number {
  for (let i = Math.max(offset, 0); i < text.length; i++) if (boundary.has(text.charCodeAt(i))) return i;
  return text.length;
}

/** The last candidate (in start order) inside [from, before); candidates sorted by start. */
function nearestBefore(candidates: readonly TotalsItem[], from: number, before: number): TotalsItem | undefined {
  // Binary search, then back through the few candidates inside the run: a 5 MB article has
  // thousands of parks and projects, and a scan from the first per amount was quadratic.
  for (let i = firstStartingAt(candidates, before) - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.start < from) break;
    if (c.end <= before) return c;
  }
  return undefined;
}

/** Index of the first candidate starting at or after `offset` (sorted by start). */
function firstStartingAt(candidates: readonly TotalsItem[], offset: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parkOf(text: string, amount: TotalsItem, parks: readonly TotalsItem[]): TotalsItem | undefined {
  if (parks.length === 0) return undefined;
  return (
    nearestBefore(parks, runStart(text, amount.start, SENTENCE_END), amount.start) ??
    nearestBefore(parks, runStart(text, amount.start, LINE_END), amount.start) ??
    parks[0]
  );
}

function projectOf(text: string, amount: TotalsItem, projects: readonly TotalsItem[]): TotalsItem | undefined {
  const next = projects[firstStartingAt(projects, amount.end)] as TotalsItem | undefined;
  if (next && OF_PROJECT_GAP.test(text.slice(amount.end, next.start))) return next;
  const clauseStart = runStart(text, amount.start, CLAUSE_END);
  const before = nearestBefore(projects, clauseStart, amount.start);
  if (before) return before;
  const clauseEnd = runEnd(text, amount.end, CLAUSE_END);
  if (next && next.end <= clauseEnd) return next;
  return nearestBefore(projects, runStart(text, amount.start, SENTENCE_END), amount.start);
}

function isGloss(text: string, first: TotalsItem, second: TotalsItem): boolean {
  if (!GLOSS_OPEN.test(text.slice(first.end, second.start))) return false;
  if (!GLOSS_CLOSE.test(text.slice(second.end, second.end + 4))) return false;
  return first.currency !== second.currency || first.value === second.value;
}

/** Totals over the given articles (see the rules at the top of this file). Pure; never throws. */
export function computeTotals(articles: readonly TotalsArticle[]): Totals {
  return combineTotals(articles.map(articleTotals));
}

/**
 * What one article adds to the totals, before combining: its sums (unrounded), thresholds,
 * parks and projects. Computed once per article and kept (the corpus worker caches one per
 * file), so a rescan or a live update of one file only combines. Plain data.
 */
export interface ArticleTotals {
  file: string;
  /** Per `currency|role`: unrounded sums of this article. */
  amounts: RawCell[];
  /** This article's row of `Totals.files` (rounded). */
  fileTotals: FileTotals;
  thresholds: ThresholdEntry[];
  /** Per park key (folded name): name as first written here, and this article's sums. */
  parks: RawGroup[];
  /** Per project key, likewise, with the park of its first linked amount here. */
  projects: RawGroup[];
  skipped: Record<TotalsBasis, SkippedCounts>;
}

export interface RawCell {
  currency: string;
  role: SummedRole;
  accepted: MoneySums;
  all: MoneySums;
}

export interface RawGroup {
  key: string;
  name: string;
  park?: string;
  amounts: RawCell[];
}

/** Folding names is the costly part of grouping: one cache for every article of a process. */
const nameKeys = new Map<string, string>();
const MAX_CACHED_NAMES = 100_000;
function keyOf(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_CACHED_NAMES) nameKeys.clear();
    nameKeys.set(name, (key = nameKey(name)));
  }
  return key;
}

/** One article's contribution (see `ArticleTotals`). Pure; never throws. */
export function articleTotals(article: TotalsArticle): ArticleTotals {
  const fileTable = new AmountTable();
  const parks = new Map<string, GroupAccumulator & { park?: string }>();
  const projects = new Map<string, GroupAccumulator & { park?: string }>();
  const thresholds: ThresholdEntry[] = [];
  const fileReview = emptyReviewCounts();
  const skipped: Record<TotalsBasis, SkippedCounts> = {
    accepted: { glosses: 0, repeats: 0, incomplete: 0 },
    all: { glosses: 0, repeats: 0, incomplete: 0 },
  };
  for (const item of article.items) {
    if (!isKnownLabel(item.label)) continue;
    fileReview[item.label][item.status] += 1;
  }

  let thresholdCount = 0;
  // Parks and projects do not depend on the basis: link once; glosses do (the amount a
  // bracket restates may be accepted while the bracket is only suggested), so per basis.
  const links = linkParksAndProjects(article.text, article.items);
  for (const basis of TOTALS_BASES) {
    const inBasis = basis === 'all' ? links : links.filter((l) => l.item.status === 'accepted');
    const glosses = glossesOf(article.text, inBasis);
    const seen = new Set<string>();
    for (let index = 0; index < inBasis.length; index++) {
      const link = inBasis[index];
      const { item } = link;
      if (item.role === 'threshold') {
        // Listed once (from the `all` pass, which holds every non-rejected threshold).
        if (basis === 'all') {
          thresholds.push(thresholdEntry(article.file, item, link.park));
          thresholdCount += 1;
        }
        continue;
      }
      if (glosses[index]) {
        skipped[basis].glosses += 1;
        continue;
      }
      if (typeof item.value !== 'number' || !Number.isFinite(item.value) || !item.currency) {
        skipped[basis].incomplete += 1;
        continue;
      }
      const scope = item.scope === 'aggregate' ? 'aggregate' : 'item';
      const role: SummedRole = item.role ?? 'other';
      const projectKey = link.project ? keyOf(link.project.text) : '';
      const repeatKey =
        scope === 'aggregate'
          ? `A|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
          : projectKey
            ? `I|${projectKey}|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
            : undefined;
      if (repeatKey !== undefined) {
        if (seen.has(repeatKey)) {
          skipped[basis].repeats += 1;
          continue;
        }
        seen.add(repeatKey);
      }
      const amount: CountedAmount = { currency: item.currency, role, scope, value: item.value, isRange: item.max !== undefined };
      fileTable.add(basis, amount);
      if (link.park) groupFor(parks, link.park.text, keyOf(link.park.text)).table.add(basis, amount);
      if (link.project) {
        const group = groupFor(projects, link.project.text, projectKey);
        if (group.park === undefined && link.park) group.park = link.park.text;
        group.table.add(basis, amount);
      }
    }
  }
  return {
    file: article.file,
    amounts: fileTable.raw(),
    fileTotals: { file: article.file, amounts: fileTable.rows(), thresholdCount, review: fileReview },
    thresholds,
    parks: rawGroups(parks),
    projects: rawGroups(projects),
    skipped,
  };
}

/**
 * The totals of articles from their contributions, in the given order (the first article to
 * name a park or project gives its spelling). `computeTotals` is exactly this over
 * `articleTotals` of each article, so cached contributions give the same numbers.
 */
export function combineTotals(contributions: readonly ArticleTotals[]): Totals {
  const overall = new AmountTable();
  const parks = new Map<string, GroupAccumulator & { park?: string }>();
  const projects = new Map<string, GroupAccumulator & { park?: string }>();
  const thresholds: ThresholdEntry[] = [];
  const files: FileTotals[] = [];
  const review = emptyReviewCounts();
  const skipped: Record<TotalsBasis, SkippedCounts> = {
    accepted: { glosses: 0, repeats: 0, incomplete: 0 },
    all: { glosses: 0, repeats: 0, incomplete: 0 },
  };
  for (const c of contributions) {
    for (const cell of c.amounts) overall.addCell(cell);
    for (const t of c.thresholds) thresholds.push(t);
    for (const [target, groups] of [[parks, c.parks], [projects, c.projects]] as const) {
      for (const g of groups) {
        const group = groupFor(target, g.name, g.key);
        if (group.park === undefined && g.park !== undefined) group.park = g.park;
        for (const cell of g.amounts) group.table.addCell(cell);
        group.files.add(c.file);
      }
    }
    files.push(c.fileTotals);
    for (const label of LABELS) {
      const from = c.fileTotals.review[label];
      const to = review[label];
      to.accepted += from.accepted;
      to.rejected += from.rejected;
      to.suggested += from.suggested;
    }
    for (const basis of TOTALS_BASES) {
      skipped[basis].glosses += c.skipped[basis].glosses;
      skipped[basis].repeats += c.skipped[basis].repeats;
      skipped[basis].incomplete += c.skipped[basis].incomplete;
    }
  }

  return {
    articleCount: contributions.length,
    amounts: overall.rows(),
    thresholds,
    parks: groupRows(parks),
    projects: groupRowsWithPark(projects),
    files,
    review,
    skipped,
  };
}

interface CountedAmount {
  currency: string;
  role: SummedRole;
  scope: 'item' | 'aggregate';
  value: number;
  isRange: boolean;
}

function emptySums(): MoneySums {
  return { itemised: 0, itemisedCount: 0, aggregate: 0, aggregateCount: 0, difference: 0, rangeCount: 0 };
}

/** Currency × role accumulator for both bases. */
class AmountTable {
  private readonly cells = new Map<string, CurrencyRoleTotals>();

  add(basis: TotalsBasis, amount: CountedAmount): void {
    const key = `${amount.currency}|${amount.role}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { currency: amount.currency, role: amount.role, accepted: emptySums(), all: emptySums() };
      this.cells.set(key, cell);
    }
    const sums = cell[basis];
    if (amount.scope === 'aggregate') {
      sums.aggregate += amount.value;
      sums.aggregateCount += 1;
    } else {
      sums.itemised += amount.value;
      sums.itemisedCount += 1;
    }
    if (amount.isRange) sums.rangeCount += 1;
  }

  /** Adds another table's unrounded cell (combining articles). */
  addCell(from: RawCell): void {
    const key = `${from.currency}|${from.role}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { currency: from.currency, role: from.role, accepted: emptySums(), all: emptySums() };
      this.cells.set(key, cell);
    }
    addSums(cell.accepted, from.accepted);
    addSums(cell.all, from.all);
  }

  /** The unrounded cells (for combining), in insertion order. */
  raw(): RawCell[] {
    return [...this.cells.values()];
  }

  /** Rows with sums rounded to cents (float sums of 亿-sized values drift) and sorted. */
  rows(): CurrencyRoleTotals[] {
    return [...this.cells.values()]
      .map((cell) => ({ ...cell, accepted: finish(cell.accepted), all: finish(cell.all) }))
      .sort((a, b) => compareCurrency(a.currency, b.currency) || MONEY_ROLES.indexOf(a.role) - MONEY_ROLES.indexOf(b.role));
  }
}

function addSums(to: MoneySums, from: MoneySums): void {
  to.itemised += from.itemised;
  to.itemisedCount += from.itemisedCount;
  to.aggregate += from.aggregate;
  to.aggregateCount += from.aggregateCount;
  to.rangeCount += from.rangeCount;
}

function finish(sums: MoneySums): MoneySums {
  const itemised = roundCents(sums.itemised);
  const aggregate = roundCents(sums.aggregate);
  return { ...sums, itemised, aggregate, difference: roundCents(aggregate - itemised) };
}

function roundCents(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** CNY first (the corpus's currency), then alphabetically. */
function compareCurrency(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'CNY') return -1;
  if (b === 'CNY') return 1;
  return a < b ? -1 : 1;
}

class GroupAccumulator {
  readonly table = new AmountTable();
  readonly files = new Set<string>();
  park?: string;
  constructor(readonly name: string) {}
}

/** Names are merged after folding (Traditional → Simplified, full-width → ASCII) and without spaces. */
function nameKey(name: string): string {
  return foldText(name).text.replace(/\s+/g, '');
}

function groupFor<G extends GroupAccumulator>(groups: Map<string, G>, name: string, key: string): G {
  let group = groups.get(key);
  if (!group) {
    group = new GroupAccumulator(name) as G;
    groups.set(key, group);
  }
  return group;
}

function rawGroups(groups: Map<string, GroupAccumulator>): RawGroup[] {
  return [...groups.entries()].map(([key, g]) => {
    const raw: RawGroup = { key, name: g.name, amounts: g.table.raw() };
    if (g.park !== undefined) raw.park = g.park;
    return raw;
  });
}

function groupRowsWithPark(groups: Map<string, GroupAccumulator>): ProjectTotals[] {
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const row: ProjectTotals = { name: g.name, fileCount: g.files.size, amounts: g.table.rows() };
      if (g.park !== undefined) row.park = g.park;
      return row;
    });
}

function groupRows(groups: Map<string, GroupAccumulator>): GroupTotals[] {
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => ({ name: g.name, fileCount: g.files.size, amounts: g.table.rows() }));
}

function thresholdEntry(file: string, item: TotalsItem, park: TotalsItem | undefined): ThresholdEntry {
  const entry: ThresholdEntry = { file, start: item.start, end: item.end, text: item.text, status: item.status === 'accepted' ? 'accepted' : 'suggested' };
  if (item.value !== undefined) entry.value = item.value;
  if (item.max !== undefined) entry.max = item.max;
  if (item.currency !== undefined) entry.currency = item.currency;
  if (park) entry.park = park.text;
  return entry;
}

function emptyReviewCounts(): ReviewCountsByLabel {
  const counts = {} as ReviewCountsByLabel;
  for (const label of LABELS) counts[label] = { accepted: 0, rejected: 0, suggested: 0 };
  return counts;
}

function isKnownLabel(label: string): label is Label {
  return (LABELS as readonly string[]).includes(label);
}

/** The currency word researchers read after 万/亿; other codes are written after a space. */
const CURRENCY_WORD: Record<string, string> = {
  CNY: '元', USD: '美元', HKD: '港元', EUR: '欧元', JPY: '日元', GBP: '英镑', KRW: '韩元',
  TWD: '新台币', SGD: '新加坡元', AUD: '澳元', CAD: '加元', CHF: '瑞士法郎', MOP: '澳门元', RUB: '卢布',
};

/**
 * An amount in the unit researchers read: `65.1亿元`, `8000万元`, `5.215亿美元`, `67元`
 * (亿 from 1e8, 万 from 1e4, up to 4 decimals, trailing zeros dropped). Currencies without a
 * Chinese word get their code: `3万 XYZ`. The exact value is `formatExactAmount`.
 */
export function formatAmount(value: number, currency: string): string {
  if (!Number.isFinite(value)) return `${value} ${currency}`;
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const [scaled, multiplier] = magnitude >= 1e8 ? [magnitude / 1e8, '亿'] : magnitude >= 1e4 ? [magnitude / 1e4, '万'] : [magnitude, ''];
  const digits = trimZeros(scaled.toFixed(4));
  const word = CURRENCY_WORD[currency];
  return word ? `${sign}${digits}${multiplier}${word}` : `${sign}${digits}${multiplier} ${currency}`;
}

/** The exact value with thousands separators and the ISO code: `6,510,000,000 CNY`. */
export function formatExactAmount(value: number, currency: string): string {
  if (!Number.isFinite(value)) return `${value} ${currency}`;
  const sign = value < 0 ? '-' : '';
  const [whole, fraction] = trimZeros(Math.abs(value).toFixed(2)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction ? `.${fraction}` : ''} ${currency}`;
}

function trimZeros(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}
