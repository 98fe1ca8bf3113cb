// A figure given as what another was compared with (`签约金额达X,比上届Y翻了一倍`, `税收X,比上年Y增长20%`): it is
// the same kind of money as the figure it is compared with, written right before it (guidelines: targets, plans
// and results alike take the role of their kind). Reads only the few units between the two amounts.
import type { MoneySpan } from './money';

/** `,比上届`, `,较去年同期的`: the words between a figure and the one it is compared with. */
const COMPARED_WITH = /^(?:以上|左右)?[,，]?(?:比|较|相比)(?:上届|上一届|上年|去年|上年同期|去年同期|上期)的?$/;

/** The longest run of units COMPARED_WITH reads. */
const COMPARED_REACH = 12;

/**
 * `span` with the role of `before` when the words between them say `span` is what `before` is compared with
 * and nothing of its own named its kind (`other`, the fallback); same currency only.
 */
export function withComparedRole(text: string, before: MoneySpan | undefined, span: MoneySpan): MoneySpan {
  if (!before || span.role !== 'other' || before.role === 'other' || before.role === 'threshold' || before.currency !== span.currency) return span;
  if (span.start - before.end > COMPARED_REACH || !COMPARED_WITH.test(text.slice(before.end, span.start))) return span;
  return { ...span, role: before.role };
}
