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
//    "合同资金达65.1亿元") counts once; so does the same item amount of the same project;
//  - a part of a stated project total (`总投资115亿元，其中一期投资50亿元`: an amount of the same
//    project after 其中 / a phase word in the same sentence) is inside it, not added to it;
//  - an amount belongs to the park, project and company its links name (src/core/totals/records.ts:
//    accepted links first, the engine's suggestions otherwise, counted as `suggested`); an
//    amount without a link of a kind is summed in that table's unlinked row, never guessed.
//    Projects and companies take item amounts only (an aggregate describes several projects).
//  - across articles (src/core/totals/corpusRecords.ts), an item amount of a project that an earlier
//    article already reported (same project, role, currency and value) is counted once, in the
//    overall and the park, project and company sums alike, and listed with its sources; stated
//    aggregates are listed (`statedAggregates`): their sums across articles add overlapping sets.
// Glosses are found by glosses.ts; the sums per currency × role are amountTable.ts; display formatting is in moneyFormat.ts.
import { CorpusRecords, recordKey } from './corpusRecords';
import type { CitableAmount, RepeatedRecord, StatedAggregate } from './corpusRecords';
import { foldText } from '../fold';
import { glossesOf } from './glosses';
import { articleRecords, groupName } from './records';
import { AmountTable } from './amountTable';
import type { CountedAmount } from './amountTable';
import { detached } from './stringTable';
import type { AmountRecord, LinkedArticle, RecordEnd } from './records';
import type { Entity, Label, SummedRole } from '../types';
import { isLabel, LABELS } from '../types';

export type TotalsStatus = 'suggested' | 'accepted' | 'rejected';

/**
 * The minimal item shape totals need. `ReviewItem` (src/core/review/review.ts) is structurally
 * compatible: an entity plus its review status.
 */
export interface TotalsItem extends Entity {
  status: TotalsStatus;
}

/** One article: its file (as the caller names it), its text, and its reviewed items. */
export interface TotalsArticle {
  file: string;
  /** The text the items' offsets refer to (glosses and parts of a total are read from it). */
  text: string;
  items: readonly TotalsItem[];
  /**
   * Whose money each amount is (`articleRecords`, src/core/totals/records.ts), the amounts being
   * objects of `items`. Without it no amount is linked: all go to the unlinked rows.
   */
  records?: readonly AmountRecord<TotalsItem>[];
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

/** Totals of one park, project or company. */
export interface GroupTotals {
  /**
   * The name as first written (folded names are merged: `高新區` and `高新区` are one park);
   * '' for the unlinked row (the amounts with no link of the table's kind).
   */
  name: string;
  /** How many files contribute an amount to the group. */
  fileCount: number;
  amounts: CurrencyRoleTotals[];
  /** How many of its amounts (accepted + unreviewed basis) are in it by a suggested, not yet accepted, link. */
  suggestedCount: number;
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
  /** Parts of a project's stated total (`其中一期…`), which the total already holds. */
  parts: number;
  /** MONEY without a value or a currency (cannot be summed). */
  incomplete: number;
  /** Item amounts of a project an earlier article already reported (counted there). */
  crossArticle: number;
}

export interface Totals {
  articleCount: number;
  /** Per currency and role, itemised and aggregate side by side; CNY first, then by code. */
  amounts: CurrencyRoleTotals[];
  /** Every non-rejected threshold, in file order. */
  thresholds: ThresholdEntry[];
  /** Per linked park, sorted by name; the unlinked row ('') last. */
  parks: GroupTotals[];
  /** Per linked project, item amounts only (an aggregate describes several projects), likewise. */
  projects: ProjectTotals[];
  /** Per linked company, item amounts only, likewise. */
  companies: GroupTotals[];
  files: FileTotals[];
  /** Review progress per label over all articles. */
  review: ReviewCountsByLabel;
  skipped: Record<TotalsBasis, SkippedCounts>;
  /** Records reported by several articles, each counted once (with its sources). */
  repeatedRecords: RepeatedRecord[];
  /** Every counted stated aggregate (accepted + unreviewed basis), in file order: listed, for the corpus never summed. */
  statedAggregates: StatedAggregate[];
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
  /** Per company key, likewise. */
  companies: RawGroup[];
  skipped: Record<TotalsBasis, SkippedCounts>;
  /** Its counted item amounts of a project: what the corpus de-duplicates across articles. */
  citable: CitableAmount[];
  /** Its counted stated aggregates. */
  aggregates: StatedAggregate[];
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
  suggestedCount: number;
}

/**
 * Folding names is the costly part of grouping: one cache for every article of a process. It
 * holds copies (`detached`): a name cut from an article would keep the article's text alive.
 */
const nameKeys = new Map<string, string>();
const MAX_CACHED_NAMES = 100_000;
/** The normalised name a park, project or company is grouped by (folded, no spaces). */
export function keyOf(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= MAX_CACHED_NAMES) nameKeys.clear();
    key = detached(nameKey(name));
    nameKeys.set(detached(name), key);
  }
  return key;
}

/** One article's contribution (see `ArticleTotals`). Pure; never throws. */
export function articleTotals(article: TotalsArticle): ArticleTotals {
  const fileTable = new AmountTable();
  const groups: Record<GroupKind, Map<string, GroupAccumulator>> = { park: new Map(), project: new Map(), company: new Map() };
  const thresholds: ThresholdEntry[] = [];
  const skipped = emptySkipped();
  const records = new Map<TotalsItem, AmountRecord<TotalsItem>>();
  for (const record of article.records ?? []) records.set(record.amount, record);
  const cited = new CitedAmounts(article.file);
  const money = article.items.filter((item) => item.label === 'MONEY' && item.status !== 'rejected').sort((a, b) => a.start - b.start || a.end - b.end);
  for (const basis of TOTALS_BASES) {
    // Glosses depend on the basis (the amount a bracket restates may be accepted while the
    // bracket is only suggested), so each basis is read on its own.
    const amounts = basis === 'all' ? money : money.filter(isAccepted);
    const glosses = glossesOf(article.text, amounts);
    const seen = new Set<string>();
    const totalsOfProject = new Map<string, TotalsItem>();
    for (const item of amounts) {
      const record = records.get(item) ?? { amount: item };
      if (item.role === 'threshold') {
        // Listed once (from the `all` pass, which holds every non-rejected threshold).
        if (basis === 'all') thresholds.push(thresholdEntry(article.file, item, record.park));
        continue;
      }
      const counted = glosses.has(item) ? 'glosses' : countedAmount(article.text, record, seen, totalsOfProject);
      if (typeof counted === 'string') {
        skipped[basis][counted] += 1;
        continue;
      }
      fileTable.add(basis, counted);
      cited.note(basis, record, counted);
      addToGroup(groups.park, basis, counted, record.park);
      if (counted.scope === 'item') {
        const project = addToGroup(groups.project, basis, counted, record.project);
        if (project.park === undefined && record.park) project.park = groupName(record.park);
        addToGroup(groups.company, basis, counted, record.company);
      }
    }
  }
  const fileTotals = { file: article.file, amounts: fileTable.rows(), thresholdCount: thresholds.length, review: reviewCountsOf(article.items) };
  return {
    file: article.file, amounts: fileTable.raw(), fileTotals, thresholds, parks: rawGroups(groups.park), projects: rawGroups(groups.project), companies: rawGroups(groups.company), skipped,
    citable: cited.citable(), aggregates: cited.aggregates,
  };
}

/** The counted amounts of one article that the corpus de-duplicates (items of a project) or lists (aggregates). */
class CitedAmounts {
  private readonly items = new Map<TotalsItem, CitableAmount>();
  readonly aggregates: StatedAggregate[] = [];
  constructor(private readonly file: string) {}

  note(basis: TotalsBasis, record: AmountRecord<TotalsItem>, counted: CountedAmount): void {
    const item = record.amount;
    const source = { file: this.file, start: item.start, end: item.end, text: item.text };
    const max = item.max;
    if (counted.scope === 'aggregate') {
      if (basis !== 'all') return;
      const aggregate: StatedAggregate = { ...source, currency: counted.currency, role: counted.role, value: counted.value, status: item.status === 'accepted' ? 'accepted' : 'suggested' };
      if (max !== undefined) aggregate.max = max;
      if (record.park) aggregate.park = groupName(record.park);
      this.aggregates.push(aggregate);
      return;
    }
    if (!record.project) return;
    let amount = this.items.get(item);
    if (!amount) {
      // Keyed by the names the groups use (canonical when the lexicon has one), so that a repeat
      // comes out of the very rows it was added to.
      const project = groupName(record.project);
      const projectKey = keyOf(project);
      amount = {
        ...source, key: recordKey(projectKey, counted.role, counted.currency, counted.value, max), project, projectKey,
        parkKey: record.park ? keyOf(groupName(record.park)) : '', companyKey: record.company ? keyOf(groupName(record.company)) : '',
        currency: counted.currency, role: counted.role, value: counted.value, accepted: false, all: false,
      };
      if (max !== undefined) amount.max = max;
      this.items.set(item, amount);
    }
    amount[basis] = true;
  }

  /** In text order (the items were met in text order in each pass). */
  citable(): CitableAmount[] {
    return [...this.items.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

type GroupKind = 'park' | 'project' | 'company';

/** Counts an amount in the group its link names, or in the unlinked group (key ''). */
function addToGroup(groups: Map<string, GroupAccumulator>, basis: TotalsBasis, amount: CountedAmount, end: RecordEnd | undefined): GroupAccumulator {
  const name = end ? groupName(end) : '';
  const group = end ? groupFor(groups, name, keyOf(name)) : groupFor(groups, '', '');
  group.table.add(basis, amount);
  if (basis === 'all' && end?.status === 'suggested') group.suggestedCount += 1;
  return group;
}

/** Between a project's total and a part of it, in one sentence: `，其中一期`, `；首期`. */
const PART_OF_TOTAL = /(?:其中|[一二三四五六七八九十首]期)/;
const SENTENCE_END = /[。！？!?\n\r]/;

/**
 * What a MONEY item (not a threshold, not a gloss) adds to the sums; or why it adds nothing: no
 * value or currency, a repeat of an amount `seen` in the article (the same aggregate, or the
 * same amount of the same project), or a part of the same project's total stated before it in
 * its sentence (`totalsOfProject`: the last counted item amount of each project).
 */
function countedAmount(text: string, record: AmountRecord<TotalsItem>, seen: Set<string>, totalsOfProject: Map<string, TotalsItem>): CountedAmount | keyof SkippedCounts {
  const item = record.amount;
  if (typeof item.value !== 'number' || !Number.isFinite(item.value) || !item.currency) return 'incomplete';
  const scope = item.scope === 'aggregate' ? 'aggregate' : 'item';
  const role: SummedRole = item.role === 'threshold' || item.role === undefined ? 'other' : item.role;
  const projectKey = record.project && scope === 'item' ? keyOf(groupName(record.project)) : '';
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
  if (projectKey) {
    const total = totalsOfProject.get(projectKey);
    if (total && isPartOf(text, total, item)) return 'parts';
    totalsOfProject.set(projectKey, item);
  }
  return { currency: item.currency, role, scope, value: item.value, isRange: item.max !== undefined };
}

/** `part` is a part of `total` (same project, checked by the caller): same currency, not larger, after 其中 or a phase word in the same sentence. */
export function isPartOf(text: string, total: TotalsItem, part: TotalsItem): boolean {
  if (total.currency !== part.currency || typeof total.value !== 'number' || typeof part.value !== 'number' || part.value >= total.value) return false;
  if (part.start < total.end || part.start - total.end > MAX_PART_GAP) return false;
  const between = text.slice(total.end, part.start);
  return !SENTENCE_END.test(between) && PART_OF_TOTAL.test(between);
}

/** How far after a total its part may be stated (the same sentence, a clause or two). */
const MAX_PART_GAP = 40;

function reviewCountsOf(items: readonly TotalsItem[]): ReviewCountsByLabel {
  const counts = emptyReviewCounts();
  for (const item of items) if (isLabel(item.label)) counts[item.label][item.status] += 1;
  return counts;
}

function emptySkipped(): Record<TotalsBasis, SkippedCounts> {
  return { accepted: { glosses: 0, repeats: 0, parts: 0, incomplete: 0, crossArticle: 0 }, all: { glosses: 0, repeats: 0, parts: 0, incomplete: 0, crossArticle: 0 } };
}

/**
 * The totals of articles from their contributions, in the given order (the first article to
 * name a park or project gives its spelling). `computeTotals` is exactly this over
 * `articleTotals` of each article, so cached contributions give the same numbers.
 */
export function combineTotals(contributions: readonly ArticleTotals[]): Totals {
  const accumulator = new TotalsAccumulator();
  for (const c of contributions) accumulator.add(c);
  return accumulator.totals();
}

/** The longest lists a `TotalsAccumulator` keeps (the rest counted in `omitted`). */
export interface TotalsListLimits {
  files: number;
  thresholds: number;
  statedAggregates: number;
}

/**
 * `combineTotals` fed one contribution at a time, so that a caller holding many (the corpus
 * worker, as compact records) decodes each only while it is added. Every sum is made by the
 * same additions in the same order as over an array, so the totals are the same to the last
 * digit. With `limits`, the per-article lists (files, thresholds, stated aggregates) keep their
 * first entries only and count the others: the sums still cover every article.
 */
export class TotalsAccumulator {
  private readonly overall = new AmountTable();
  private readonly parks = new Map<string, GroupAccumulator>();
  private readonly projects = new Map<string, GroupAccumulator>();
  private readonly companies = new Map<string, GroupAccumulator>();
  private readonly thresholds: ThresholdEntry[] = [];
  private readonly files: FileTotals[] = [];
  private readonly review = emptyReviewCounts();
  private readonly skipped = emptySkipped();
  private readonly corpusRecords = new CorpusRecords();
  private readonly statedAggregates: StatedAggregate[] = [];
  private articleCount = 0;
  /** Entries of the lists left out by the limits. */
  readonly omitted = { files: 0, thresholds: 0, statedAggregates: 0 };

  constructor(private readonly limits: TotalsListLimits = { files: Infinity, thresholds: Infinity, statedAggregates: Infinity }) {}

  add(c: ArticleTotals): void {
    this.articleCount += 1;
    for (const cell of c.amounts) this.overall.addCell(cell);
    this.list('thresholds', this.thresholds, c.thresholds);
    for (const [target, groups] of [[this.parks, c.parks], [this.projects, c.projects], [this.companies, c.companies]] as const) {
      for (const g of groups) {
        const group = groupFor(target, g.name, g.key);
        if (group.park === undefined && g.park !== undefined) group.park = g.park;
        group.suggestedCount += g.suggestedCount;
        for (const cell of g.amounts) group.table.addCell(cell);
        group.files.add(c.file);
      }
    }
    this.list('statedAggregates', this.statedAggregates, c.aggregates);
    for (const amount of c.citable) {
      const verdict = this.corpusRecords.add(amount);
      for (const basis of TOTALS_BASES) {
        if (!verdict[basis]) continue;
        // Counted by an earlier article: out of every sum this one put it in.
        for (const table of [this.overall, this.parks.get(amount.parkKey)?.table, this.projects.get(amount.projectKey)?.table, this.companies.get(amount.companyKey)?.table]) table?.remove(basis, amount);
        this.skipped[basis].crossArticle += 1;
      }
    }
    this.list('files', this.files, [c.fileTotals]);
    for (const label of LABELS) {
      const from = c.fileTotals.review[label];
      const to = this.review[label];
      to.accepted += from.accepted;
      to.rejected += from.rejected;
      to.suggested += from.suggested;
    }
    for (const basis of TOTALS_BASES) addSkipped(this.skipped[basis], c.skipped[basis]);
  }

  /** The totals of the contributions added so far (the lists as far as the limits keep them). */
  totals(): Totals {
    return {
      articleCount: this.articleCount,
      amounts: this.overall.rows(),
      thresholds: [...this.thresholds],
      parks: groupRows(this.parks),
      projects: groupRows(this.projects),
      companies: groupRows(this.companies),
      files: [...this.files],
      review: structuredClone(this.review),
      skipped: structuredClone(this.skipped),
      repeatedRecords: this.corpusRecords.repeated(),
      statedAggregates: [...this.statedAggregates],
    };
  }

  private list<T>(kind: keyof TotalsListLimits, to: T[], from: readonly T[]): void {
    const room = Math.max(0, this.limits[kind] - to.length);
    for (let i = 0; i < from.length && i < room; i++) to.push(from[i]);
    this.omitted[kind] += Math.max(0, from.length - room);
  }
}

function addSkipped(to: SkippedCounts, from: SkippedCounts): void {
  for (const key of Object.keys(to) as (keyof SkippedCounts)[]) to[key] += from[key];
}

class GroupAccumulator {
  readonly table = new AmountTable();
  readonly files = new Set<string>();
  suggestedCount = 0;
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
    const raw: RawGroup = { key, name: g.name, amounts: g.table.raw(), suggestedCount: g.suggestedCount };
    if (g.park !== undefined) raw.park = g.park;
    return raw;
  });
}

/** Rows sorted by key, the unlinked row ('') last; a project's row carries its park. */
function groupRows(groups: Map<string, GroupAccumulator>): ProjectTotals[] {
  return [...groups.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1))
    .map(([, g]) => {
      const row: ProjectTotals = { name: g.name, fileCount: g.files.size, amounts: g.table.rows(), suggestedCount: g.suggestedCount };
      if (g.park !== undefined) row.park = g.park;
      return row;
    });
}

function thresholdEntry(file: string, item: TotalsItem, park: RecordEnd | undefined): ThresholdEntry {
  const entry: ThresholdEntry = { file, start: item.start, end: item.end, text: item.text, status: item.status === 'accepted' ? 'accepted' : 'suggested' };
  if (item.value !== undefined) entry.value = item.value;
  if (item.max !== undefined) entry.max = item.max;
  if (item.currency !== undefined) entry.currency = item.currency;
  if (park) entry.park = groupName(park);
  return entry;
}

function emptyReviewCounts(): ReviewCountsByLabel {
  const counts = {} as ReviewCountsByLabel;
  for (const label of LABELS) counts[label] = { accepted: 0, rejected: 0, suggested: 0 };
  return counts;
}

const isAccepted = (item: TotalsItem): boolean => item.status === 'accepted';

/**
 * An article for the totals with its records (whose money each amount is, src/core/totals/records.ts):
 * what the summary panel, the corpus worker and `invest-news summary` all sum.
 */
export function linkedTotalsArticle(file: string, text: string, article: LinkedArticle): TotalsArticle {
  return { file, text, items: article.items, records: articleRecords(article) };
}
