// Where else a span's text occurs, for "tag / reject every occurrence": in one article or in
// each article of the corpus. Pure (no `vscode`): the editor previews and writes what this finds.
import type { Annotation, AnnotationStatus } from '../sidecar/sidecarSchema';
import type { Label } from '../types';

/** One occurrence of the text: [start, end) of the article, and its 1-based line. */
export interface Occurrence {
  start: number;
  end: number;
  line: number;
}

/** What the batch does at each occurrence: give it `label` with `status`. */
export interface OccurrenceTarget {
  text: string;
  label: Label;
  status: AnnotationStatus;
}

/**
 * Every whole occurrence of `target.text` in `text` that the batch would change. Left out:
 * occurrences that already carry the label with that status, and occurrences inside a longer
 * accepted span of another label (`苏州` inside an accepted `苏州工业园区` is part of that
 * name, not a mention of its own). Linear: one indexOf loop, one pass over the annotations
 * sorted by start, one pass for the line numbers.
 */
export function findOccurrences(text: string, target: OccurrenceTarget, annotations: readonly Annotation[]): Occurrence[] {
  if (target.text.length === 0) return [];
  const done = new Set<number>();
  const covering = annotations
    .filter((a) => !a.orphaned && a.status === 'accepted' && a.label !== target.label && a.end - a.start > target.text.length)
    .sort((a, b) => a.start - b.start);
  for (const a of annotations) {
    if (!a.orphaned && a.label === target.label && a.status === target.status && a.text === target.text) done.add(a.start);
  }
  const found: Occurrence[] = [];
  let next = 0;
  let reach = -1;
  const lines = new LineCounter(text);
  for (let at = text.indexOf(target.text); at >= 0; at = text.indexOf(target.text, at + target.text.length)) {
    const end = at + target.text.length;
    while (next < covering.length && covering[next].start <= at) reach = Math.max(reach, covering[next++].end);
    if (done.has(at) || reach >= end) continue;
    found.push({ start: at, end, line: lines.lineOf(at) });
  }
  return found;
}

/** 1-based line of increasing offsets, counting line breaks once over the whole text. */
export class LineCounter {
  private line = 1;
  private scanned = 0;

  constructor(private readonly text: string) {}

  /** Offsets must not decrease between calls. */
  lineOf(offset: number): number {
    for (; this.scanned < offset; this.scanned++) if (this.text.charCodeAt(this.scanned) === 10) this.line++;
    return this.line;
  }
}
