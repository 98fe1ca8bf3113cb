// Review progress per label (accepted, rejected, suggested), per article and over all articles.
import { isLabel, LABELS } from '../types';
import type { ReviewCountsByLabel, TotalsItem } from './totalsData';

/** How many items of each label are accepted, rejected or still suggested. */
export function reviewCountsOf(items: readonly TotalsItem[]): ReviewCountsByLabel {
  const counts = emptyReviewCounts();
  for (const item of items) if (isLabel(item.label)) counts[item.label][item.status] += 1;
  return counts;
}

export function emptyReviewCounts(): ReviewCountsByLabel {
  const counts = {} as ReviewCountsByLabel;
  for (const label of LABELS) counts[label] = { accepted: 0, rejected: 0, suggested: 0 };
  return counts;
}

/** Adds the counts of `from` to `to`, label by label. */
export function addReviewCounts(to: ReviewCountsByLabel, from: ReviewCountsByLabel): void {
  for (const label of LABELS) {
    to[label].accepted += from[label].accepted;
    to[label].rejected += from[label].rejected;
    to[label].suggested += from[label].suggested;
  }
}
