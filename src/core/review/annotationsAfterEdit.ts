// What a live text edit does to one article's annotations in the editor: they move with the text
// (annotationEdits.ts), an amount whose words changed takes the value the engine reads in them
// (amountFollowsText.ts), and an undo brings back the annotations the last deleting edit removed,
// once their text is back. Pure: the editor store feeds it the document's content changes.
import { followAmountTexts } from './amountFollowsText';
import type { AmountReader } from './amountFollowsText';
import { moveAnnotations } from './annotationEdits';
import type { TextChange, TextReader } from './annotationEdits';
import type { Annotation } from '../sidecar/sidecarSchema';
import { sortedByStart } from '../sortedSpans';

export interface EditedAnnotations {
  /** The placed annotations after the edit (sorted by start when `changed`). */
  readonly annotations: readonly Annotation[];
  readonly changed: boolean;
  /** Annotations removed by the latest deleting edit, for an undo to restore. */
  readonly recentlyRemoved: Annotation[];
  /** How many annotations this edit removed with their text. */
  readonly removed: number;
}

/**
 * `annotations` after `changes` (the new text read through `read`); `recentlyRemoved` are those
 * an earlier edit removed, restored when `undo` brings their text back at their place.
 */
export function annotationsAfterEdit(
  annotations: readonly Annotation[], recentlyRemoved: Annotation[], changes: readonly TextChange[], read: TextReader, undo: boolean, recognize: AmountReader,
): EditedAnnotations {
  const moved = moveAnnotations(annotations, changes, read);
  let next = moved.changed ? followTexts(annotations, moved.annotations, recognize) : moved.annotations;
  let changed = moved.changed;
  let removedBefore = recentlyRemoved;
  if (undo && recentlyRemoved.length > 0) {
    const present = new Set(next.map((b) => b.id));
    const restored = recentlyRemoved.filter((a) => read(a.start, a.end) === a.text && !present.has(a.id));
    if (restored.length > 0) {
      next = [...next, ...restored];
      const back = new Set(restored);
      removedBefore = recentlyRemoved.filter((a) => !back.has(a));
      changed = true;
    }
  }
  return {
    annotations: changed ? sortedByStart(next) : next,
    changed,
    recentlyRemoved: moved.removed.length > 0 ? moved.removed : removedBefore,
    removed: moved.removed.length,
  };
}

/** Amounts whose words an edit changed take the value the engine reads in them (or are flagged; see amountFollowsText.ts). */
function followTexts(before: readonly Annotation[], after: readonly Annotation[], recognize: AmountReader): readonly Annotation[] {
  const previousText = new Map<string, string>();
  for (const annotation of before) if (annotation.label === 'MONEY') previousText.set(annotation.id, annotation.text);
  if (previousText.size === 0) return after;
  return followAmountTexts(after, previousText, recognize);
}
