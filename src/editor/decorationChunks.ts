// Which highlights to send to VS Code after an edit. No `vscode` import (the range type is a
// parameter), so bench/decorationBench.ts measures this very code.
//
// The spans of an article are painted in chunks of about CHUNK_SIZE consecutive spans, each
// chunk with its own decoration types. VS Code moves painted decorations with the text by
// itself, so after an edit only the chunks whose spans changed are sent again: on a 5 MB article
// ~2,000 ranges instead of ~26,000, for the extension host to serialise and the window to apply.
// The ranges of spans outside the edited paragraphs are reused from the last paint (shifted by
// the lines the edit added) instead of being converted from offsets again.
import type { ChangedRegion } from '../core/recognition/incrementalAnalysis';

/** Spans per chunk in a full paint. */
export const CHUNK_SIZE = 2000;
/** A chunk grown past this (a large paste) makes the next paint a full one, rechunked. */
const MAX_CHUNK = 4 * CHUNK_SIZE;

export interface PaintedSpan {
  readonly start: number;
  readonly end: number;
  readonly label: string;
  readonly status: string;
}

export interface ChunkedPaint<R> {
  readonly items: readonly PaintedSpan[];
  readonly ranges: readonly R[];
  /** Chunk id of each item (chunks are runs of consecutive items). */
  readonly chunkOf: Int32Array;
  /** Chunk ids in use, in document order. */
  readonly ids: readonly number[];
}

export interface PaintPlan<R> {
  readonly paint: ChunkedPaint<R>;
  /** Chunks to send again (with their items), in document order. */
  readonly dirty: readonly number[];
  /** Chunks no longer used: their decorations must be cleared. */
  readonly cleared: readonly number[];
}

/** What the last paint was and how the text changed since (see DocumentAnalysis.region). */
export interface PreviousPaint<R> {
  readonly paint: ChunkedPaint<R>;
  /** Undefined when the text did not change (only reviews did) or the change is unknown. */
  readonly region: ChangedRegion | undefined;
  /** Lines added by the edit (negative when removed). */
  readonly lineDelta: number;
  readonly translate: (range: R, lines: number) => R;
  /** The text is unchanged since the last paint: every range is reused as it is. */
  readonly sameText?: boolean;
}

/** Plans a paint of `items` (sorted by start, then end); `convert` makes a range from offsets. */
export function planPaint<R>(items: readonly PaintedSpan[], convert: (item: PaintedSpan) => R, previous: PreviousPaint<R> | undefined): PaintPlan<R> {
  const incremental = previous && (previous.region || previous.sameText) ? planIncremental(items, convert, previous) : undefined;
  return incremental ?? planFull(items, convert, previous?.paint.ids ?? []);
}

function planFull<R>(items: readonly PaintedSpan[], convert: (item: PaintedSpan) => R, previousIds: readonly number[]): PaintPlan<R> {
  const ranges = items.map(convert);
  const chunkOf = new Int32Array(items.length);
  for (let i = 0; i < items.length; i++) chunkOf[i] = Math.floor(i / CHUNK_SIZE);
  const count = Math.max(1, Math.ceil(items.length / CHUNK_SIZE));
  const ids = Array.from({ length: count }, (_, k) => k);
  return { paint: { items, ranges, chunkOf, ids }, dirty: ids, cleared: previousIds.filter((id) => id >= count) };
}

function planIncremental<R>(items: readonly PaintedSpan[], convert: (item: PaintedSpan) => R, previous: PreviousPaint<R>): PaintPlan<R> | undefined {
  const { paint: last, region, lineDelta, translate } = previous;
  const start = region?.start ?? Infinity;
  const end = region?.end ?? Infinity;
  const delta = region?.delta ?? 0;
  const old = last.items;
  const ranges: R[] = new Array<R>(items.length);
  const chunkOf = new Int32Array(items.length);
  const dirty = new Set<number>();
  // Chunk ids are small integers (0…chunks used): counts in plain arrays.
  const maxId = Math.max(0, ...last.ids);
  const newCount = new Int32Array(maxId + 1);
  let current = last.ids[0] ?? 0;
  let p = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    // Outside the edited paragraphs (strictly: an edit right at a span's edge moves it in VS
    // Code's own copy), the item is at its old offsets, shifted after the region.
    const after = item.start > end;
    let reused = false;
    if (after || item.end < start) {
      const shift = after ? delta : 0;
      const oldStart = item.start - shift;
      const oldEnd = item.end - shift;
      while (p < old.length && (old[p].start < oldStart || (old[p].start === oldStart && old[p].end < oldEnd))) p++;
      if (p < old.length && old[p].start === oldStart && old[p].end === oldEnd) {
        ranges[i] = !after || lineDelta === 0 ? last.ranges[p] : translate(last.ranges[p], lineDelta);
        current = last.chunkOf[p];
        reused = true;
        if (old[p].label !== item.label || old[p].status !== item.status) dirty.add(current);
        p++;
      }
    }
    if (!reused) {
      ranges[i] = convert(item);
      dirty.add(current);
    }
    chunkOf[i] = current;
    newCount[current]++;
  }
  const oldCount = new Int32Array(maxId + 1);
  for (let i = 0; i < last.chunkOf.length; i++) oldCount[last.chunkOf[i]]++;
  const ids: number[] = [];
  const cleared: number[] = [];
  for (const id of last.ids) {
    const count = newCount[id];
    if (count > MAX_CHUNK) return undefined;
    if (count === 0) cleared.push(id);
    else {
      ids.push(id);
      if (count !== oldCount[id]) dirty.add(id);
    }
  }
  if (ids.length === 0 && items.length === 0 && last.ids.length > 0) {
    // Keep one (empty) chunk, as a full paint does.
    ids.push(last.ids[0]);
    cleared.splice(cleared.indexOf(last.ids[0]), 1);
    dirty.add(last.ids[0]);
  }
  return { paint: { items, ranges, chunkOf, ids }, dirty: ids.filter((id) => dirty.has(id)), cleared };
}

/** [from, to) item indices of each chunk of a paint. */
export function chunkSpans(paint: ChunkedPaint<unknown>): Map<number, { from: number; to: number }> {
  const spans = new Map<number, { from: number; to: number }>();
  for (let i = 0; i < paint.chunkOf.length; i++) {
    const id = paint.chunkOf[i];
    const span = spans.get(id);
    if (span) span.to = i + 1;
    else spans.set(id, { from: i, to: i + 1 });
  }
  return spans;
}
