// When the words under an accepted amount change (a typo fixed inside the span, a file changed
// on disk and reloaded into the editor), the amount's value must follow them, or the panel sums
// stale numbers. What derives from the words (value, max, currency, qualifier) is read again by
// the engine; role and scope are the researcher's reading of the sentence and stay. A value the
// researcher typed by hand (`valueSetByHand`) is never overwritten: the annotation is flagged
// (`checkValue`) so the hover, the Problems view and the quick fixes ask for a look.
// Pure: the engine comes in as an argument (the editor loads it lazily, see deferredModules.ts).
import type { Annotation } from '../sidecar/sidecarSchema';
import type { Entity } from '../types';

/** The engine's reader: `recognize` from recognize.ts. */
export type AmountReader = (text: string) => readonly Entity[];

const READ_KEYS = ['value', 'max', 'currency', 'qualifier'] as const;

/**
 * The annotation after its text changed from `previousText`. Unchanged text, other labels and
 * orphans come back as the same object.
 */
export function followAmountText(annotation: Annotation, previousText: string, read: AmountReader): Annotation {
  if (annotation.label !== 'MONEY' || annotation.orphaned || annotation.text === previousText) return annotation;
  if (annotation.valueSetByHand) return annotation.checkValue ? annotation : { ...annotation, checkValue: true };
  const reading = readAmount(annotation, read);
  if (!reading) return annotation.checkValue ? annotation : { ...annotation, checkValue: true };
  const next: Annotation = { ...annotation };
  for (const key of READ_KEYS) {
    if (reading[key] === undefined) delete next[key];
    else Object.assign(next, { [key]: reading[key] });
  }
  delete next.checkValue;
  return next;
}

/**
 * `followAmountText` over a list whose previous texts are known by id (annotations new to the
 * list pass through). Returns the input array itself when nothing changed.
 */
export function followAmountTexts(annotations: readonly Annotation[], previousTextById: ReadonlyMap<string, string>, read: AmountReader): readonly Annotation[] {
  let result: Annotation[] | undefined;
  annotations.forEach((annotation, index) => {
    const previous = previousTextById.get(annotation.id);
    if (previous === undefined) return;
    const followed = followAmountText(annotation, previous, read);
    if (followed === annotation) return;
    result ??= [...annotations];
    result[index] = followed;
  });
  return result ?? annotations;
}

/**
 * The engine's reading of the span's words. The stored context is read with them, so a
 * qualifier written just before the span (`约67亿元`) is kept; the amount must cover exactly the
 * span. Without such a reading, the words alone are read (an amount that covers them all).
 */
export function readAmount(annotation: Pick<Annotation, 'text' | 'before' | 'after'>, read: AmountReader): Entity | undefined {
  const before = annotation.before ?? '';
  const inContext = read(`${before}${annotation.text}${annotation.after ?? ''}`).find(
    (e) => e.label === 'MONEY' && e.value !== undefined && e.start === before.length && e.end === before.length + annotation.text.length,
  );
  if (inContext) return inContext;
  return read(annotation.text).find((e) => e.label === 'MONEY' && e.value !== undefined && e.start === 0 && e.end === annotation.text.length);
}
