// Test model: the first, quadratic version of src/core/review/annotationEdits.ts, kept verbatim
// so test/unit/nearLinearMerges.test.ts can check that the near-linear version gives the same results.
// Not used by the extension or the CLI; do not change it to follow the product.
// Moves stored annotations with live text edits, so a researcher can keep correcting the article
// while its tags stay on the same words. Edits arrive as VS Code content changes
// ({rangeOffset, rangeLength, text}, UTF-16), applied one after another in array order.
// Pure: no `vscode` import; the editor store feeds it `TextDocumentChangeEvent.contentChanges`.
// The new text is read through a `TextReader`, and only around the annotations: on a 5 MB
// article, building the whole text on every keystroke costs tens of milliseconds.
import { findBestOccurrence } from './reanchorQuadratic';
import { CONTEXT_LENGTH } from './reviewQuadratic';
import type { Annotation } from '../../../src/core/sidecar/sidecarSchema';

export interface TextChange {
  /** Offset (UTF-16) of the replaced range in the text as it is before this change. */
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

/**
 * The text after the changes between two UTF-16 offsets, clamped to the text exactly as
 * `String.prototype.slice` clamps (`end` past the end of the text reads to its end).
 */
export type TextReader = (start: number, end: number) => string;

/** Reads of annotation neighbourhoods closer than this are made as one read (fewer calls into the document). */
const MERGE_GAP = 64;

export interface MovedAnnotations {
  /** Every annotation that still has text under it, at its new offsets, with fresh text and context. */
  readonly annotations: Annotation[];
  /** Annotations whose whole span was deleted, as they were before the edit (so they can be restored or listed). */
  readonly removed: Annotation[];
  /** Whether anything differs from the input (offsets, text, context or removals). */
  readonly changed: boolean;
}

/**
 * Applies `changes` in order to the annotations of a text and returns them in the coordinates of
 * `newText` (the text after all changes, or a reader of it). Only each surviving span and its
 * context (CONTEXT_LENGTH units each side, plus one to respect surrogate pairs) are read.
 * - An edit wholly before a span shifts it; an insertion exactly at a span's start also shifts it
 *   (typing in front of a tag is not part of the tag), an insertion at its end leaves it alone.
 * - An edit inside a span grows or shrinks it; `text` is then read again from `newText`.
 * - An edit over the span's head or tail trims the span to the characters that survive.
 * - An edit that replaces the whole span keeps the annotation when the replacement contains the
 *   same words (VS Code's reload of a file changed on disk replaces whole lines), or when exactly
 *   the span was replaced by new text (a correction of the tagged words: the annotation then
 *   covers the new text). Otherwise the whole span is deleted and the annotation is removed
 *   (reported in `removed`).
 * Orphaned annotations have no place in the text and pass through untouched.
 * Objects whose offsets, text and context are unchanged are returned as the same objects.
 */
export function moveAnnotations(annotations: readonly Annotation[], changes: readonly TextChange[], newText: string | TextReader): MovedAnnotations {
  const removed: Annotation[] = [];
  const spans: LiveSpan[] = [];
  const orphans: Annotation[] = [];
  for (const original of annotations) {
    if (original.orphaned) orphans.push(original);
    else spans.push({ original, start: original.start, end: original.end, intact: true });
  }

  let live = spans;
  for (const change of changes) {
    const next: typeof spans = [];
    const claimed = new Set<string>();
    for (const span of live) {
      const shifted = moveSpan(span.start, span.end, change);
      if (shifted) {
        next.push({ ...span, ...shifted, intact: span.intact && !touches(span, change) });
        continue;
      }
      const found = findInReplacement(span, change, claimed);
      if (found) {
        next.push({ ...span, ...found });
        continue;
      }
      const corrected = exactCorrection(span, change);
      if (corrected) next.push({ ...span, ...corrected, intact: false });
      else removed.push(span.original);
    }
    live = next;
  }

  const read: TextReader = typeof newText === 'string' ? (start, end) => newText.slice(start, end) : newText;
  const result = refreshAll(live, read);
  const changed = removed.length > 0 || result.some((updated, i) => updated !== live[i].original);
  return { annotations: [...result, ...orphans], removed, changed };
}

interface LiveSpan {
  readonly original: Annotation;
  readonly start: number;
  readonly end: number;
  /** No earlier change of the batch altered its words, so `original.text` is still what it covers. */
  readonly intact: boolean;
}

/**
 * A change that replaces a whole span may still contain its words: VS Code reloads a file changed
 * on disk, and tools such as formatters rewrite it, as one replacement of whole lines. The words
 * found again in the replacement (best context, nearest the old relative place) keep their tag.
 */
function findInReplacement(span: LiveSpan, change: TextChange, claimed: Set<string>): { start: number; end: number } | undefined {
  if (!span.intact) return undefined;
  const { original } = span;
  const length = original.text.length;
  const relative = span.start - change.rangeOffset;
  const found = findBestOccurrence(change.text, original, [relative], 0, change.text.length, (at) => claimed.has(`${original.label}:${at}`));
  if (found === undefined) return undefined;
  claimed.add(`${original.label}:${found}`);
  return { start: change.rangeOffset + found, end: change.rangeOffset + found + length };
}

/** Exactly the span's words replaced by other words: a correction, the tag moves onto them. */
function exactCorrection(span: LiveSpan, change: TextChange): { start: number; end: number } | undefined {
  const exact = change.rangeOffset === span.start && change.rangeLength === span.end - span.start && change.text.length > 0;
  return exact ? { start: span.start, end: span.start + change.text.length } : undefined;
}

/** Whether the change altered characters of the span (not merely shifted it). */
function touches(span: LiveSpan, change: TextChange): boolean {
  const editEnd = change.rangeOffset + change.rangeLength;
  return change.rangeOffset < span.end && editEnd > span.start && !(change.rangeLength === 0 && change.rangeOffset <= span.start);
}

/** The span after one change, or undefined when the change replaced all of it. */
export function moveSpan(start: number, end: number, change: TextChange): { start: number; end: number } | undefined {
  const editStart = change.rangeOffset;
  const editEnd = change.rangeOffset + change.rangeLength;
  const inserted = change.text.length;
  const delta = inserted - change.rangeLength;

  if (editEnd <= start) return { start: start + delta, end: end + delta }; // Before the span, or an insertion at its start.
  if (editStart >= end) return { start, end }; // After the span, or an insertion right at its end.
  if (editStart <= start && editEnd >= end) return undefined; // The whole span is replaced.
  if (editStart >= start && editEnd <= end) return { start, end: end + delta }; // Inside.
  if (editStart < start) return { start: editStart + inserted, end: end + delta }; // Over the head.
  return { start, end: editStart }; // Over the tail.
}

/**
 * Each live span with its text and context read again from the new text. Neighbourhoods
 * (span ± CONTEXT_LENGTH + 1) that overlap or nearly touch are read together; the result is what
 * `contextBefore`/`contextAfter` give on the whole text.
 */
function refreshAll(live: readonly LiveSpan[], read: TextReader): Annotation[] {
  const result = new Array<Annotation>(live.length);
  const windows = live.map((span, index) => ({ index, from: Math.max(0, span.start - CONTEXT_LENGTH), to: span.end + CONTEXT_LENGTH + 1 }));
  windows.sort((a, b) => a.from - b.from);
  for (let first = 0; first < windows.length; ) {
    let last = first;
    let to = windows[first].to;
    while (last + 1 < windows.length && windows[last + 1].from <= to + MERGE_GAP) to = Math.max(to, windows[++last].to);
    const from = windows[first].from;
    const chunk = read(from, to);
    // A read shorter than asked for stopped at the end of the text.
    const textLength = chunk.length < to - from ? from + chunk.length : Number.POSITIVE_INFINITY;
    for (let k = first; k <= last; k++) {
      const { original, start, end } = live[windows[k].index];
      result[windows[k].index] = refresh(original, start, end, chunk, from, textLength);
    }
    first = last + 1;
  }
  return result;
}

/**
 * `chunk` is the new text from offset `from` (it holds the span and its context); `textLength` is
 * the length of the whole text when the chunk reaches its end, else Infinity.
 */
function refresh(original: Annotation, start: number, end: number, chunk: string, from: number, textLength: number): Annotation {
  const covered = chunk.slice(start - from, end - from);
  // As contextBefore/contextAfter on the whole text: at most CONTEXT_LENGTH units, never half a surrogate pair.
  let beforeFrom = Math.max(0, start - CONTEXT_LENGTH);
  if (beforeFrom > 0 && isLowSurrogate(chunk.charCodeAt(beforeFrom - from))) beforeFrom += 1;
  let afterTo = Math.min(textLength, end + CONTEXT_LENGTH);
  if (afterTo < textLength && isLowSurrogate(chunk.charCodeAt(afterTo - from))) afterTo -= 1;
  const before = chunk.slice(beforeFrom - from, start - from);
  const after = chunk.slice(end - from, afterTo - from);
  if (
    original.start === start &&
    original.end === end &&
    original.text === covered &&
    (original.before ?? '') === before &&
    (original.after ?? '') === after
  ) {
    return original;
  }
  return { ...original, start, end, text: covered, before, after };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
