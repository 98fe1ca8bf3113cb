// The plain data of the totals (see totals.ts for the rules): what the summary panel, the
// corpus worker and `invest-news summary` read, and what one article contributes before the
// articles are combined. It crosses to the webview and to the worker as JSON.
import type { CitableAmount, RepeatedRecord, StatedAggregate } from './corpusRecords';
import type { AmountRecord } from './records';
import type { Entity, Label, SummedRole } from '../types';

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
