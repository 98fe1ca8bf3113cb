// Lookups in sorted lists (span starts, piece starts): binary searches, so that a per-amount or
// per-edit lookup stays logarithmic in a 5 MB article's thousands of spans.

/** How many of the ascending `values` are below `value` (the index of the first one at or after it). */
export function countBelow(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first span starting at or after `offset` (`spans` sorted by start). */
export function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
