// Test model: the first, quadratic version of src/core/review/reanchor.ts, kept verbatim
// so test/unit/nearLinearMerges.test.ts can check that the near-linear version gives the same results.
// Not used by the extension or the CLI; do not change it to follow the product.
// Places annotations again when the article changed outside the editor (its hash differs from
// the sidecar's): by their stored text, nearest the old offset, disambiguated by the stored
// context. What cannot be placed is marked `orphaned` and kept: research data is never dropped.
// Pure: no `vscode` import; the store and the CLI both use it.
import { contextAfter, contextBefore } from './reviewQuadratic';
import type { Annotation } from '../../../src/core/sidecar/sidecarSchema';

export interface ReanchorResult {
  /** Annotations found in the new text, at their new offsets, with fresh context, `orphaned` cleared. */
  readonly placed: Annotation[];
  /** Annotations whose text no longer occurs (or only where another annotation of its label sits): `orphaned: true`, old offsets kept. */
  readonly orphaned: Annotation[];
}

/** What a search needs to know about the annotation it places. */
export interface AnchorHint {
  readonly text: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * Re-anchors every annotation (orphaned ones included, so text that came back is found again)
 * in `newText`:
 * 1. the stored text at the old offset, with its stored context around it, is kept as it is;
 * 2. otherwise every occurrence of the stored text is a candidate; the best has the most
 *    context in common with the stored `before`/`after`, then lies nearest the expected place
 *    (the old offset, or the old offset moved by the shift of the previous annotation placed);
 * 3. an occurrence already held by another annotation of the same label is not taken twice;
 * 4. with no candidate left the annotation is orphaned.
 */
export function reanchorAnnotations(annotations: readonly Annotation[], newText: string): ReanchorResult {
  const claimed = new Set<string>();
  const decided = new Map<Annotation, number>();

  // Pass 1: annotations that did not move (text and context intact) keep their place first,
  // so a moved duplicate cannot steal their occurrence.
  for (const a of annotations) {
    if (newText.slice(a.start, a.end) === a.text && contextScore(newText, a.start, a.end, a) === 1) {
      const key = claimKey(a.label, a.start, a.end);
      if (claimed.has(key)) continue;
      claimed.add(key);
      decided.set(a, a.start);
    }
  }

  // Pass 2: the others in text order, following the shift of the previous placed annotation.
  const rest = annotations.filter((a) => !decided.has(a)).sort((a, b) => a.start - b.start || a.end - b.end);
  let shift = 0;
  const byOldStart = [...decided].sort((a, b) => a[0].start - b[0].start);
  for (const a of rest) {
    const previous = lastBefore(byOldStart, a.start);
    if (previous) shift = previous[1] - previous[0].start;
    const expected = shift === 0 ? [a.start] : [a.start, a.start + shift];
    const found = findBestOccurrence(newText, a, expected, 0, newText.length, (s) => claimed.has(claimKey(a.label, s, s + a.text.length)));
    if (found === undefined) continue;
    claimed.add(claimKey(a.label, found, found + a.text.length));
    decided.set(a, found);
    insertSorted(byOldStart, [a, found]);
  }

  const placed: Annotation[] = [];
  const orphaned: Annotation[] = [];
  for (const a of annotations) {
    const start = decided.get(a);
    if (start === undefined) {
      orphaned.push(a.orphaned ? a : { ...a, orphaned: true });
      continue;
    }
    const end = start + a.text.length;
    const moved: Annotation = { ...a, start, end, before: contextBefore(newText, start), after: contextAfter(newText, end) };
    delete moved.orphaned;
    placed.push(moved);
  }
  placed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { placed, orphaned };
}

/**
 * The best start of `hint.text` inside `haystack[from, to)`, or undefined when it does not occur
 * (or every occurrence is `taken`). Best = most context in common, then nearest an expected start.
 * Occurrences that would cut a surrogate pair are ignored.
 */
export function findBestOccurrence(
  haystack: string,
  hint: AnchorHint,
  expected: readonly number[],
  from: number,
  to: number,
  taken: (start: number) => boolean = () => false,
): number | undefined {
  const needle = hint.text;
  if (!needle) return undefined;
  let best: number | undefined;
  let bestScore = -1;
  let bestDistance = Infinity;
  for (let at = haystack.indexOf(needle, from); at !== -1 && at + needle.length <= to; at = haystack.indexOf(needle, at + 1)) {
    if (splitsSurrogatePair(haystack, at) || splitsSurrogatePair(haystack, at + needle.length) || taken(at)) continue;
    const score = contextScore(haystack, at, at + needle.length, hint, from, to);
    const distance = Math.min(...expected.map((e) => Math.abs(at - e)));
    if (score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = at;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Share of the stored context (0…1) that the text around [start, end) repeats: the common suffix
 * with `before` plus the common prefix with `after`, over their total length. Without stored
 * context every place scores 1, and distance alone decides.
 */
export function contextScore(text: string, start: number, end: number, hint: AnchorHint, from = 0, to = text.length): number {
  const before = hint.before ?? '';
  const after = hint.after ?? '';
  const total = before.length + after.length;
  if (total === 0) return 1;
  let same = 0;
  for (let i = 1; i <= before.length && start - i >= from && text[start - i] === before[before.length - i]; i++) same++;
  for (let i = 0; i < after.length && end + i < to && text[end + i] === after[i]; i++) same++;
  return same / total;
}

function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
}

function claimKey(label: string, start: number, end: number): string {
  return `${label}:${start}:${end}`;
}

/** The placed annotation with the greatest old start not after `oldStart` (list sorted by old start). */
function lastBefore(sorted: readonly [Annotation, number][], oldStart: number): [Annotation, number] | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid][0].start <= oldStart) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

function insertSorted(sorted: [Annotation, number][], entry: [Annotation, number]): void {
  let i = sorted.length;
  while (i > 0 && sorted[i - 1][0].start > entry[0].start) i--;
  sorted.splice(i, 0, entry);
}
