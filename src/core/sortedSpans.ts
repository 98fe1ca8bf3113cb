// Lookups in lists of spans sorted by start: binary searches, so that a per-amount or
// per-edit lookup stays logarithmic in a 5 MB article's thousands of spans.

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

/** A copy of `spans` sorted by start, then by end. */
export function sortedByStart<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The last span of a list, undefined when it is empty. Not `spans[spans.length - 1]`: to V8 the index
 * -1 of an empty list is a property looked up along the array's prototypes, about a hundred times an
 * element's read, and the finders ask at every anchor, most of them before any span is found.
 */
export function lastSpan<T>(spans: readonly T[]): T | undefined {
  return spans.length > 0 ? spans[spans.length - 1] : undefined;
}
