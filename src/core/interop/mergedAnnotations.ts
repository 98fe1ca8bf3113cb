// The annotations of one article while an import merges its spans into them (see mergeImported
// in importPlan.ts). Pure.
import type { Annotation } from '../sidecar/sidecarSchema';
import type { ImportedSpan } from './importedDocument';
import { OverlapTree } from './overlapTree';

/**
 * The annotations of an article while imported spans are merged into them, in their order (the
 * current ones, then the added ones), indexed for the two questions each span asks: which
 * placed annotations have exactly its span, and which accepted ones overlap it. A scan of every
 * annotation per span made an import quadratic in spans per article.
 */
export class MergedAnnotations {
  /** In order; a removed annotation leaves an empty slot. */
  private readonly slots: (Annotation | undefined)[];
  private readonly bySpan = new Map<string, number[]>();
  private readonly slotsOf = new Map<Annotation, number[]>();
  /** Overlap candidates: the current accepted annotations, then one per accepted imported span (on once added). */
  private readonly accepted: OverlapTree;
  private readonly acceptedSlots: number[] = [];
  private readonly acceptedOfSlot = new Map<number, number>();
  private readonly acceptedOfSpan = new Map<number, number>();

  constructor(current: readonly Annotation[], sorted: readonly ImportedSpan[]) {
    this.slots = [...current];
    const candidates: { start: number; end: number }[] = [];
    current.forEach((a, slot) => {
      this.index(a, slot);
      if (a.orphaned || a.status !== 'accepted') return;
      this.acceptedOfSlot.set(slot, candidates.length);
      this.acceptedSlots.push(slot);
      candidates.push(a);
    });
    sorted.forEach((span, index) => {
      if (span.status !== 'accepted') return;
      this.acceptedOfSpan.set(index, candidates.length);
      this.acceptedSlots.push(-1);
      candidates.push(span);
    });
    this.accepted = new OverlapTree(candidates);
    for (const candidate of this.acceptedOfSlot.values()) this.accepted.set(candidate, true);
  }

  at(slot: number): Annotation {
    return this.slots[slot] as Annotation;
  }

  /** Slots of the placed annotations with exactly this span, in order. */
  onSpan(span: { start: number; end: number }): number[] {
    return (this.bySpan.get(spanKey(span)) ?? []).filter((slot) => this.slots[slot] !== undefined);
  }

  /** Slots of the placed annotations that clash with `span` (see `clash`), in order. */
  clashing(span: ImportedSpan, sameSpan: readonly number[]): number[] {
    if (span.status !== 'accepted') return [...sameSpan];
    const overlapping = this.accepted
      .overlapping(span.start, span.end)
      .map((candidate) => this.acceptedSlots[candidate])
      .filter((slot) => {
        const a = this.at(slot);
        return a.start !== span.start || a.end !== span.end;
      });
    return [...sameSpan, ...overlapping].sort((a, b) => a - b);
  }

  add(annotation: Annotation, spanIndex: number): void {
    const slot = this.slots.length;
    this.slots.push(annotation);
    this.index(annotation, slot);
    const candidate = this.acceptedOfSpan.get(spanIndex);
    if (candidate === undefined || annotation.status !== 'accepted') return;
    this.acceptedSlots[candidate] = slot;
    this.acceptedOfSlot.set(slot, candidate);
    this.accepted.set(candidate, true);
  }

  /** Removes every slot holding `annotation` (a list may hold one object twice). */
  removeAll(annotation: Annotation): void {
    for (const slot of this.slotsOf.get(annotation) ?? []) {
      if (this.slots[slot] === undefined) continue;
      this.slots[slot] = undefined;
      const candidate = this.acceptedOfSlot.get(slot);
      if (candidate !== undefined) this.accepted.set(candidate, false);
    }
  }

  list(): Annotation[] {
    return this.slots.filter((a): a is Annotation => a !== undefined);
  }

  private index(annotation: Annotation, slot: number): void {
    const same = this.slotsOf.get(annotation);
    if (same) same.push(slot);
    else this.slotsOf.set(annotation, [slot]);
    if (annotation.orphaned) return;
    const key = spanKey(annotation);
    const list = this.bySpan.get(key);
    if (list) list.push(slot);
    else this.bySpan.set(key, [slot]);
  }
}

function spanKey(span: { start: number; end: number }): string {
  return `${span.start}:${span.end}`;
}
