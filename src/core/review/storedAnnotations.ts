// Where a sidecar's annotations sit in the article's current text: one rule for the editor's
// store and the command line. As stored when the article is the text they were written for and
// every placed annotation still covers its text; otherwise all of them (orphans included, so
// text that came back is found again) are re-anchored (src/core/review/reanchor.ts), and those that
// cannot be placed are kept as orphans.
import { reanchorAnnotations } from './reanchor';
import type { Annotation } from '../sidecar/sidecarSchema';
import { hashText } from '../textHash';

export interface StoredPlacement {
  /** At offsets into `text`, sorted by start. */
  placed: Annotation[];
  /** `orphaned: true`, old offsets kept. */
  orphaned: Annotation[];
  /** Orphans that were placed before this call (the article changed and lost their text). */
  newlyOrphaned: number;
}

export function placeStoredAnnotations(sha256: string, annotations: readonly Annotation[], text: string): StoredPlacement {
  const placed = annotations.filter((a) => !a.orphaned);
  const orphaned = annotations.filter((a) => a.orphaned);
  if (hashText(text) === sha256 && placed.every((a) => text.slice(a.start, a.end) === a.text)) {
    return { placed: [...placed].sort((a, b) => a.start - b.start || a.end - b.end), orphaned, newlyOrphaned: 0 };
  }
  const result = reanchorAnnotations(annotations, text);
  return { placed: result.placed, orphaned: result.orphaned, newlyOrphaned: Math.max(0, result.orphaned.length - orphaned.length) };
}
