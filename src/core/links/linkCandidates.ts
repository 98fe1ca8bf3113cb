// What the user can link an amount to: the article's spans of the wanted label, nearest first
// (what an amount belongs to is most often named close by), each with its sentence so that two
// mentions of one name can be told apart in a quick pick. Pure.
import type { ReviewItem } from '../review/review';
import { LINK_KINDS } from '../types';
import type { Label, LinkKind, MoneyAttributes, SpanRef } from '../types';

/**
 * The kinds of link the annotation guidelines allow an amount: none for a size threshold, only a
 * park for an aggregate (a park's stated figures), all three for an item (or when unknown).
 */
export function linkKindsFor(amount: Partial<Pick<MoneyAttributes, 'role' | 'scope'>>): readonly LinkKind[] {
  if (amount.role === 'threshold') return [];
  if (amount.scope === 'aggregate') return ['park'];
  return LINK_KINDS;
}

export interface LinkCandidate {
  readonly item: ReviewItem;
  /** UTF-16 units between the amount and the span (0 when they touch or overlap). */
  readonly distance: number;
}

/** Spans of `label` (suggested or accepted, not rejected), nearest `amount` first, ties in text order. */
export function linkCandidates(items: readonly ReviewItem[], amount: SpanRef, label: Label): LinkCandidate[] {
  return items
    .filter((item) => item.label === label && item.status !== 'rejected')
    .map((item) => ({ item, distance: gap(amount, item) }))
    .sort((a, b) => a.distance - b.distance || a.item.start - b.item.start);
}

/** Characters that end a sentence (or a line, which ends a headline). */
const SENTENCE_END = /[。！？!?；;\n]/;

/** Longest sentence shown whole; longer ones are cut around the span. */
const MAX_SENTENCE = 80;

/** The sentence holding [start, end), trimmed; a long one is cut around the span with `…`. */
export function sentenceAround(text: string, span: SpanRef): string {
  let from = span.start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  let to = span.end;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++; // keep the full stop
  const sentence = text.slice(from, to);
  const trimmed = sentence.trim();
  if (trimmed.length <= MAX_SENTENCE) return trimmed;
  const lead = sentence.length - sentence.trimStart().length;
  const spanAt = span.start - from - lead;
  const cutFrom = Math.max(0, Math.min(spanAt - MAX_SENTENCE / 2, trimmed.length - MAX_SENTENCE));
  const cut = trimmed.slice(cutFrom, cutFrom + MAX_SENTENCE);
  return `${cutFrom > 0 ? '…' : ''}${cut}${cutFrom + MAX_SENTENCE < trimmed.length ? '…' : ''}`;
}

function gap(a: SpanRef, b: SpanRef): number {
  if (b.end <= a.start) return a.start - b.end;
  if (b.start >= a.end) return b.start - a.end;
  return 0;
}
