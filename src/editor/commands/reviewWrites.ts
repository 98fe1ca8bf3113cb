// The review decisions every command writes, as edits of an article's annotation list. All go
// through `store.update`, which validates and writes the sidecar atomically (or refuses and
// tells the user why: corrupt sidecar, untrusted workspace).
import * as os from 'node:os';
import * as vscode from 'vscode';
import { repointLinks } from '../../core/links/linkEdits';
import { AnnotationIds, createAnnotation } from '../../core/review/review';
import type { ReviewItem } from '../../core/review/review';
import type { Annotation, AnnotationStatus } from '../../core/sidecar/sidecarSchema';
import type { Entity, MoneyAttributes } from '../../core/types';
import type { AnnotationStore } from '../annotationStore';
import { recognition } from '../deferredModules';
import { CONFIG_SECTION } from '../ids';

/**
 * Changes to an entity's label or MONEY attributes; a key set to undefined removes it.
 * `valueSetByHand`: the researcher typed the value, so a later change of the text never replaces it.
 */
export type EntityPatch = Partial<Pick<Entity, 'label' | keyof MoneyAttributes>> & { valueSetByHand?: true; checkValue?: undefined };

const MONEY_KEYS = ['value', 'max', 'currency', 'qualifier', 'role', 'scope'] as const satisfies readonly (keyof MoneyAttributes)[];
/** Annotation fields about how an amount's value was set (see core/review/amountFollowsText.ts). */
const HAND_KEYS = ['valueSetByHand', 'checkValue'] as const satisfies readonly (keyof Annotation)[];

/** Setting `investNews.author`, else the operating-system user. */
export function currentAuthor(): string {
  const configured = vscode.workspace.getConfiguration(CONFIG_SECTION).get<string>('author', '').trim();
  if (configured) return configured;
  try {
    return os.userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The plain entity of a review item (no status, no stored annotation). */
export function entityOf(item: ReviewItem): Entity {
  const entity: Entity = { label: item.label, start: item.start, end: item.end, text: item.text };
  for (const key of MONEY_KEYS) if (item[key] !== undefined) Object.assign(entity, { [key]: item[key] });
  return entity;
}

/** Applies a patch; a label other than MONEY carries no MONEY attributes. */
export function patched<T extends Entity>(base: T, patch: EntityPatch): T {
  const result: T = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete (result as Record<string, unknown>)[key];
    else (result as Record<string, unknown>)[key] = value;
  }
  if (result.label !== 'MONEY') for (const key of [...MONEY_KEYS, ...HAND_KEYS]) delete (result as Record<string, unknown>)[key];
  return result;
}

/**
 * Records a decision on one span: the stored annotation behind the item is updated, or a new
 * annotation is created from the suggestion. Author and time become the current reviewer's.
 */
export function decide(store: AnnotationStore, document: vscode.TextDocument, item: ReviewItem, status: AnnotationStatus, patch: EntityPatch = {}): Promise<boolean> {
  return decideMany(store, document, [item], status, () => patch);
}

/** One write for many decisions (accept all suggestions of a label). */
export function decideMany(
  store: AnnotationStore,
  document: vscode.TextDocument,
  items: readonly ReviewItem[],
  status: AnnotationStatus,
  patchFor: (item: ReviewItem) => EntityPatch = () => ({}),
): Promise<boolean> {
  const text = document.getText();
  const author = currentAuthor();
  const now = new Date();
  return store.update(document.uri, (current) => {
    const next = new DecidedAnnotations(current);
    const ids = new AnnotationIds(current.map((a) => a.id));
    for (const item of items) {
      const patch = patchFor(item);
      const index = item.annotation ? next.firstWithId(item.annotation.id) : next.firstPlacedOn(item);
      if (index >= 0) {
        // A decision on an annotation is a look at it: a flag asking to check its value is answered.
        next.replace(index, patched({ ...next.list[index], status, author, time: now.toISOString() }, { ...patch, checkValue: undefined }));
      } else {
        next.push(patched(createAnnotation(patched(entityOf(item), patch), status, author, now, text, ids), handPatch(patch)));
      }
    }
    return next.list;
  }, { review: true });
}

/** The part of a patch that createAnnotation does not carry over from the entity. */
function handPatch(patch: EntityPatch): EntityPatch {
  return patch.valueSetByHand ? { valueSetByHand: true } : {};
}

/**
 * The annotation list `decideMany` edits, indexed by id and by placed span + label: accepting all
 * the suggestions of a 5 MB article (tens of thousands) searched the whole list for each one.
 * Gives the first match in list order, as a search from the start would.
 */
class DecidedAnnotations {
  readonly list: Annotation[];
  private readonly byId = new Map<string, number>();
  /** Indices, ascending, of the placed annotations with one label and span. */
  private readonly bySpan = new Map<string, number[]>();

  constructor(current: readonly Annotation[]) {
    this.list = [...current];
    this.list.forEach((a, index) => this.index(a, index));
  }

  firstWithId(id: string): number {
    return this.byId.get(id) ?? -1;
  }

  firstPlacedOn(span: { label: string; start: number; end: number }): number {
    return this.bySpan.get(spanKey(span))?.[0] ?? -1;
  }

  /** Puts `annotation` at `index`; its id and span are the old one's, its label may differ. */
  replace(index: number, annotation: Annotation): void {
    const old = this.list[index];
    this.list[index] = annotation;
    if (old.orphaned || spanKey(old) === spanKey(annotation)) return;
    const from = this.bySpan.get(spanKey(old)) as number[];
    from.splice(from.indexOf(index), 1);
    const to = this.bySpan.get(spanKey(annotation)) ?? [];
    const at = to.findIndex((i) => i > index);
    to.splice(at < 0 ? to.length : at, 0, index);
    this.bySpan.set(spanKey(annotation), to);
  }

  push(annotation: Annotation): void {
    this.list.push(annotation);
    this.index(annotation, this.list.length - 1);
  }

  private index(annotation: Annotation, index: number): void {
    if (!this.byId.has(annotation.id)) this.byId.set(annotation.id, index);
    if (annotation.orphaned) return;
    const same = this.bySpan.get(spanKey(annotation));
    if (same) same.push(index);
    else this.bySpan.set(spanKey(annotation), [index]);
  }
}

function spanKey(span: { label: string; start: number; end: number }): string {
  return `${span.label}:${span.start}:${span.end}`;
}

/**
 * Tags [entity.start, entity.end) as accepted. Accepted annotations it overlaps are replaced:
 * tagging a longer or shorter stretch is how a researcher corrects a span's boundaries.
 */
export function tagSpan(store: AnnotationStore, document: vscode.TextDocument, entity: Entity, valueSetByHand = false): Promise<boolean> {
  const text = document.getText();
  const author = currentAuthor();
  const now = new Date();
  return store.updateLinked(document.uri, ({ annotations: current, links }) => {
    const kept = current.filter((a) => a.orphaned || a.status !== 'accepted' || a.end <= entity.start || a.start >= entity.end);
    const sameSpan = kept.filter((a) => !a.orphaned && a.start === entity.start && a.end === entity.end && a.label === entity.label);
    const rest = kept.filter((a) => !sameSpan.includes(a));
    const annotation = createAnnotation(entity, 'accepted', author, now, text, current.map((a) => a.id));
    const created = valueSetByHand && entity.label === 'MONEY' ? { ...annotation, valueSetByHand: true } : annotation;
    return { annotations: [...rest, created], links: repointLinks(links, replacedBy(current, rest, created)) };
  }, { review: true });
}

/** The annotations of `before` of the new one's label that are not in `after`: its earlier boundaries, whose links it takes over. */
function replacedBy(before: readonly Annotation[], after: readonly Annotation[], created: Annotation): Map<string, string> {
  const staying = new Set(after);
  return new Map(before.filter((a) => !staying.has(a) && a.label === created.label).map((a) => [a.id, created.id]));
}

export function removeAnnotation(store: AnnotationStore, document: vscode.TextDocument, annotation: Annotation): Promise<boolean> {
  return store.update(document.uri, (current) => current.filter((a) => a.id !== annotation.id), { review: true });
}

/**
 * MONEY attributes for a stretch of text the user tags: the value as the engine reads the
 * selected words, the role and scope from the engine's reading of the sentence around them
 * (an overlapping MONEY item), defaults otherwise. Undefined when no amount can be read.
 */
export function moneyAttributesFor(selectedText: string, overlapping: readonly ReviewItem[]): MoneyAttributes | undefined {
  const read = recognition().recognize(selectedText).find((e) => e.label === 'MONEY' && e.value !== undefined);
  const around = overlapping.find((i) => i.label === 'MONEY' && i.value !== undefined);
  const source = read ?? around;
  if (!source || source.value === undefined) return undefined;
  const attributes: MoneyAttributes = {
    value: source.value,
    currency: source.currency ?? around?.currency ?? 'CNY',
    role: around?.role ?? read?.role ?? 'other',
    scope: around?.scope ?? read?.scope ?? 'item',
  };
  if (source.max !== undefined) attributes.max = source.max;
  const qualifier = source.qualifier ?? around?.qualifier;
  if (qualifier) attributes.qualifier = qualifier;
  return attributes;
}

/**
 * Reads a value the user typed: a plain number (`6510000000`, `6,510,000,000`), a range of plain
 * numbers (`10-20`), or an amount as written in articles (`65.1亿元`, `10至20亿美元`), read by the
 * engine. Plain numbers keep `currency`.
 */
export function parseAmountInput(input: string, currency: string): Pick<MoneyAttributes, 'value' | 'max' | 'currency'> | undefined {
  const text = input.trim();
  const number = String.raw`\d[\d,]*(?:\.\d+)?`;
  const plain = new RegExp(`^(${number})(?:\\s*[-–~至]\\s*(${number}))?$`).exec(text);
  if (plain) {
    const value = Number(plain[1].replace(/,/g, ''));
    const max = plain[2] === undefined ? undefined : Number(plain[2].replace(/,/g, ''));
    if (!Number.isFinite(value) || (max !== undefined && !(max >= value))) return undefined;
    return max === undefined ? { value, currency } : { value, max, currency };
  }
  const money = recognition().recognize(text).find((e) => e.label === 'MONEY' && e.value !== undefined);
  if (!money || money.value === undefined) return undefined;
  const result: Pick<MoneyAttributes, 'value' | 'max' | 'currency'> = { value: money.value, currency: money.currency ?? currency };
  if (money.max !== undefined) result.max = money.max;
  return result;
}
