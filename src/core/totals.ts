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
// Amounts are linked to a park and a project by `linkAmounts` (amountLinks.ts, rules there);
// display formatting is in moneyFormat.ts.
import { linkAmounts, type AmountLink } from './amountLinks';
import { foldText } from './fold';
import type { Entity, Label, SummedRole } from './types';
import { isLabel, LABELS, MONEY_ROLES } from './types';

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
  const parks = new Map<string, GroupAccumulator>();
  const projects = new Map<string, GroupAccumulator>();
  const thresholds: ThresholdEntry[] = [];
  const skipped = emptySkipped();
  for (const basis of TOTALS_BASES) {
    // Glosses depend on the basis (the amount a bracket restates may be accepted while the
    // bracket is only suggested), so each basis is linked on its own.
    const links = linkAmounts(article.text, article.items, basis === 'all' ? everyItem : isAccepted);
    const seen = new Set<string>();
    for (const link of links) {
      if (link.item.role === 'threshold') {
        // Listed once (from the `all` pass, which holds every non-rejected threshold).
        if (basis === 'all') thresholds.push(thresholdEntry(article.file, link.item, link.park));
        continue;
      }
      const counted = countedAmount(link, seen);
      if (typeof counted === 'string') {
        skipped[basis][counted] += 1;
        continue;
      }
      const { amount, projectKey } = counted;
      fileTable.add(basis, amount);
      if (link.park) groupFor(parks, link.park.text, keyOf(link.park.text)).table.add(basis, amount);
      if (link.project) {
        const group = groupFor(projects, link.project.text, projectKey);
        if (group.park === undefined && link.park) group.park = link.park.text;
        group.table.add(basis, amount);
      }
    }
  }
  const fileTotals = { file: article.file, amounts: fileTable.rows(), thresholdCount: thresholds.length, review: reviewCountsOf(article.items) };
  return { file: article.file, amounts: fileTable.raw(), fileTotals, thresholds, parks: rawGroups(parks), projects: rawGroups(projects), skipped };
}

/**
 * What a linked MONEY item (not a threshold) adds to the sums, with the key of its project; or
 * why it adds nothing: a gloss, no value or currency, or a repeat of an amount `seen` in the
 * article (the same aggregate, or the same amount of the same project).
 */
function countedAmount(link: AmountLink<TotalsItem>, seen: Set<string>): { amount: CountedAmount; projectKey: string } | keyof SkippedCounts {
  const { item } = link;
  if (link.glossOf) return 'glosses';
  if (typeof item.value !== 'number' || !Number.isFinite(item.value) || !item.currency) return 'incomplete';
  const scope = item.scope === 'aggregate' ? 'aggregate' : 'item';
  const role: SummedRole = item.role === 'threshold' || item.role === undefined ? 'other' : item.role;
  const projectKey = link.project ? keyOf(link.project.text) : '';
  const repeatKey =
    scope === 'aggregate'
      ? `A|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
      : projectKey
        ? `I|${projectKey}|${item.currency}|${role}|${item.value}|${item.max ?? ''}`
        : undefined;
  if (repeatKey !== undefined) {
    if (seen.has(repeatKey)) return 'repeats';
    seen.add(repeatKey);
  }
  return { amount: { currency: item.currency, role, scope, value: item.value, isRange: item.max !== undefined }, projectKey };
}

function reviewCountsOf(items: readonly TotalsItem[]): ReviewCountsByLabel {
  const counts = emptyReviewCounts();
  for (const item of items) if (isLabel(item.label)) counts[item.label][item.status] += 1;
  return counts;
}

function emptySkipped(): Record<TotalsBasis, SkippedCounts> {
  return { accepted: { glosses: 0, repeats: 0, incomplete: 0 }, all: { glosses: 0, repeats: 0, incomplete: 0 } };
}

/**
 * The totals of articles from their contributions, in the given order (the first article to
 * name a park or project gives its spelling). `computeTotals` is exactly this over
 * `articleTotals` of each article, so cached contributions give the same numbers.
 */
export function combineTotals(contributions: readonly ArticleTotals[]): Totals {
  const overall = new AmountTable();
  const parks = new Map<string, GroupAccumulator>();
  const projects = new Map<string, GroupAccumulator>();
  const thresholds: ThresholdEntry[] = [];
  const files: FileTotals[] = [];
  const review = emptyReviewCounts();
  const skipped = emptySkipped();
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
    projects: groupRows(projects),
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

  /** Counts one amount in one basis. */
  add(basis: TotalsBasis, amount: CountedAmount): void {
    addSums(this.cellOf(amount.currency, amount.role)[basis], sumsOf(amount));
  }

  /** Adds another table's unrounded cell (combining articles). */
  addCell(from: RawCell): void {
    const cell = this.cellOf(from.currency, from.role);
    addSums(cell.accepted, from.accepted);
    addSums(cell.all, from.all);
  }

  private cellOf(currency: string, role: SummedRole): CurrencyRoleTotals {
    const key = `${currency}|${role}`;
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { currency, role, accepted: emptySums(), all: emptySums() };
      this.cells.set(key, cell);
    }
    return cell;
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

/** The sums of one amount alone. */
function sumsOf(amount: CountedAmount): MoneySums {
  const aggregate = amount.scope === 'aggregate';
  return {
    itemised: aggregate ? 0 : amount.value,
    itemisedCount: aggregate ? 0 : 1,
    aggregate: aggregate ? amount.value : 0,
    aggregateCount: aggregate ? 1 : 0,
    difference: 0,
    rangeCount: amount.isRange ? 1 : 0,
  };
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

/** Rows sorted by key; a project's row carries its park (parks never have one). */
function groupRows(groups: Map<string, GroupAccumulator>): ProjectTotals[] {
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => {
      const row: ProjectTotals = { name: g.name, fileCount: g.files.size, amounts: g.table.rows() };
      if (g.park !== undefined) row.park = g.park;
      return row;
    });
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

const everyItem = (): boolean => true;
const isAccepted = (item: TotalsItem): boolean => item.status === 'accepted';
