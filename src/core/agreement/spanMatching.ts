// Matching two annotators' spans of one label in one article, by sorting and sweeping: the cost
// grows with n log n and the overlaps found, never with every pair of spans.

export interface Span {
  start: number;
  end: number;
}

export function compareSpans(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/**
 * Pairs spans with exactly the same offsets (each span used once). Both lists must be sorted
 * with `compareSpans`. Returns the matched pairs and what is left of each side, in order.
 */
export function matchExact<T extends Span, U extends Span>(first: readonly T[], second: readonly U[]): { pairs: [T, U][]; firstLeft: T[]; secondLeft: U[] } {
  const pairs: [T, U][] = [];
  const firstLeft: T[] = [];
  const secondLeft: U[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    const order = compareSpans(first[i], second[j]);
    if (order === 0) pairs.push([first[i++], second[j++]]);
    else if (order < 0) firstLeft.push(first[i++]);
    else secondLeft.push(second[j++]);
  }
  while (i < first.length) firstLeft.push(first[i++]);
  while (j < second.length) secondLeft.push(second[j++]);
  return { pairs, firstLeft, secondLeft };
}

/**
 * How many spans of `spans` overlap at least one span of `others` (sorted with `compareSpans`):
 * for each span, the furthest end among the others starting before its end (a prefix maximum,
 * found by binary search) tells whether one reaches into it.
 */
export function countOverlapping(spans: readonly Span[], others: readonly Span[]): number {
  if (others.length === 0) return 0;
  const furthestEnd: number[] = [];
  let furthest = -1;
  for (const other of others) furthestEnd.push((furthest = Math.max(furthest, other.end)));
  let count = 0;
  for (const span of spans) {
    const last = lastStartingBefore(others, span.end);
    if (last >= 0 && furthestEnd[last] > span.start) count += 1;
  }
  return count;
}

/** Index of the last span whose start is below `offset` (-1 when none). */
function lastStartingBefore(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * For each span of `first`, the spans of `second` it overlaps. Both sorted with `compareSpans`.
 * A sweep over starts keeps only the spans of `second` that can still overlap (those ending
 * after the current start), so the work follows the overlaps found.
 */
export function overlapsOf<T extends Span, U extends Span>(first: readonly T[], second: readonly U[]): U[][] {
  const result: U[][] = [];
  let active: U[] = [];
  let next = 0;
  for (const span of first) {
    while (next < second.length && second[next].start < span.end) active.push(second[next++]);
    active = active.filter((other) => other.end > span.start);
    result.push(active.filter((other) => other.start < span.end));
  }
  return result;
}
