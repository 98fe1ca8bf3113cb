// Undo of review actions (accept, reject, accept all, relabel, remove, set role, edit value).
// A review action is recorded as the annotations it changed, before and after; undoing it puts
// back what it changed and nothing else, on the annotations as they are now: text edits since
// then (annotations moved with the text) and other actions on other annotations stay.
// Pure: the editor store records and reverts; the text comes in as an argument.
import { reanchorAnnotations } from './reanchor';
import type { Annotation } from '../sidecar/sidecarSchema';

export interface ReviewChange {
  /** The annotations the action changed or removed, as they were before it (by id). */
  readonly before: readonly Annotation[];
  /** The ids of the annotations the action created. */
  readonly created: readonly string[];
}

/** What a review action changed: `after` is the list it produced from `before`. Linear in the lists' length. */
export function reviewChange(before: readonly Annotation[], after: readonly Annotation[]): ReviewChange {
  const afterById = new Map(after.map((a) => [a.id, a]));
  const beforeIds = new Set(before.map((a) => a.id));
  const changed = before.filter((a) => {
    const now = afterById.get(a.id);
    return now !== a && (now === undefined || !sameReview(a, now));
  });
  const created = after.filter((a) => !beforeIds.has(a.id)).map((a) => a.id);
  return { before: changed, created };
}

export function isEmptyChange(change: ReviewChange): boolean {
  return change.before.length === 0 && change.created.length === 0;
}

/** How many review actions per article `undoReview` can take back. */
const REVIEW_HISTORY_LENGTH = 100;

/** Adds a non-empty change to an article's review history (latest last), forgetting the oldest beyond the limit. */
export function recordReviewChange(history: ReviewChange[], change: ReviewChange): void {
  if (isEmptyChange(change)) return;
  history.push(change);
  if (history.length > REVIEW_HISTORY_LENGTH) history.shift();
}

/**
 * `current` with `change` reverted: annotations it created are removed; annotations it changed
 * get their review fields back (label, status, attributes, author, time) at their current place;
 * annotations it removed come back, placed again in `text` (orphaned when their words are gone).
 */
export function revertReviewChange(current: readonly Annotation[], change: ReviewChange, text: string): Annotation[] {
  const created = new Set(change.created);
  const previous = new Map(change.before.map((a) => [a.id, a]));
  const next: Annotation[] = [];
  for (const annotation of current) {
    if (created.has(annotation.id)) continue;
    const old = previous.get(annotation.id);
    if (!old) {
      next.push(annotation);
      continue;
    }
    previous.delete(annotation.id);
    next.push(withReviewOf(annotation, old));
  }
  // Removed by the action: put back where their words are now.
  const removed = [...previous.values()];
  if (removed.length > 0) {
    const placed = reanchorAnnotations(removed, text);
    next.push(...placed.placed, ...placed.orphaned);
  }
  return next;
}

/** Fields that say where an annotation sits, not what the researcher decided about it. */
const PLACE_KEYS = ['id', 'start', 'end', 'text', 'before', 'after', 'orphaned'] as const satisfies readonly (keyof Annotation)[];

function withReviewOf(place: Annotation, review: Annotation): Annotation {
  const result = { ...review } as Record<string, unknown>;
  for (const key of PLACE_KEYS) {
    if (place[key] === undefined) delete result[key];
    else result[key] = place[key];
  }
  return result as Annotation;
}

function sameReview(a: Annotation, b: Annotation): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const k = key as keyof Annotation;
    if ((PLACE_KEYS as readonly string[]).includes(key)) continue;
    if (a[k] !== b[k]) return false;
  }
  return true;
}
