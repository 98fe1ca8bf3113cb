// Moves stored annotations with live text edits, so a researcher can keep correcting the article
// while its tags stay on the same words. Edits arrive as VS Code content changes
// ({rangeOffset, rangeLength, text}, UTF-16), applied one after another in array order.
// Pure: no `vscode` import; the editor store feeds it `TextDocumentChangeEvent.contentChanges`.
import { findBestOccurrence } from './reanchor';
import { contextAfter, contextBefore } from './review';
import type { Annotation } from './sidecarSchema';

export interface TextChange {
  /** Offset (UTF-16) of the replaced range in the text as it is before this change. */
  readonly rangeOffset: number;
  readonly rangeLength: number;
  readonly text: string;
}

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
 * `newText` (the text after all changes).
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
export function moveAnnotations(annotations: readonly Annotation[], changes: readonly TextChange[], newText: string): MovedAnnotations {
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

  let changed = removed.length > 0;
  const result: Annotation[] = [];
  for (const { original, start, end } of live) {
    const updated = refresh(original, start, end, newText);
    if (updated !== original) changed = true;
    result.push(updated);
  }
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

function refresh(original: Annotation, start: number, end: number, text: string): Annotation {
  const covered = text.slice(start, end);
  const before = contextBefore(text, start);
  const after = contextAfter(text, end);
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
