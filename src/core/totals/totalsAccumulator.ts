// Combining the articles' contributions into the totals (see totals.ts): one at a time, in the
// given order, so that the corpus worker decodes each cached contribution only while it is added.
import { AmountTable } from './amountTable';
import { addSkipped, emptySkipped } from './countedAmount';
import { CorpusRecords } from './corpusRecords';
import type { StatedAggregate } from './corpusRecords';
import { addReviewCounts, emptyReviewCounts } from './reviewCounts';
import { TOTALS_BASES } from './totalsData';
import type { ArticleTotals, FileTotals, ThresholdEntry, Totals } from './totalsData';
import { groupFor, groupRows } from './totalsGroups';
import type { GroupAccumulator } from './totalsGroups';

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
    addReviewCounts(this.review, c.fileTotals.review);
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
