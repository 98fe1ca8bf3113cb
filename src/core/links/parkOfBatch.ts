// The park of a batch of projects: `现场签约的7个先进制造项目,…,总投资达X` linked to K, then the
// batch's members with their money (`C将投资X建设…;D将投资Y建设…`) in that paragraph or the next. Read
// from what the walk has linked, and a bounded look back over the spans between.
import type { LinkContext, SaidSoFar } from './linkContext';
import type { LinkSpan } from './linkNames';
import { samePark } from './linkParks';

/** `7个先进制造项目`, `12家企业`, `3宗项目`: projects or firms counted, before the sum in its sentence (folded lead). */
const BATCH_COUNTED = /[0-9一二三四五六七八九十两百]+\s*[个项家宗批][^,;。]{0,12}?(?:项目|企业)/;
/** BATCH_COUNTED, run only on a lead that holds its last words. */
function countsBatch(lead: string): boolean {
  return (lead.includes('项目') || lead.includes('企业')) && BATCH_COUNTED.test(lead);
}

/** Most spans between a batch's total and a member's amount (bounds the look back). */
const MAX_BATCH_SPANS = 40;
/** Most blank lines between the batch's paragraph and the next one, which lists its members. */
const MAX_BLANK_LINES = 3;
/** Widest line still read as blank (UTF-16 units of spaces). */
const MAX_BLANK_WIDTH = 8;

/**
 * Remember a sum that totals a counted batch and was linked to a park (`said.lastBatch`); any other sum ends
 * the batch (the text has moved on to other figures).
 */
export function noteBatch(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan, park: LinkSpan | undefined): void {
  if (amount.entity.scope !== 'aggregate') return;
  said.lastBatch = park && countsBatch(ctx.leadOf(amount)) ? { pos: amount.pos, paragraph: amount.paragraph, park } : undefined;
}

/**
 * An item amount right after a batch's total, in its paragraph or the next, with no other park named
 * between: one of the batch's members, whose money goes to the batch's park (guidelines: the park where
 * the project is built). Undefined otherwise.
 */
export function parkOfBatch(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan): LinkSpan | undefined {
  if (amount.entity.scope !== 'item') return undefined;
  const batch = said.lastBatch;
  if (!batch || amount.pos - batch.pos > MAX_BATCH_SPANS || !sameOrNextParagraph(ctx, batch.paragraph, amount.paragraph)) return undefined;
  for (let j = amount.pos - 1; j > batch.pos; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK' && !oneParkNamed(span.name, batch.park.name)) return undefined;
  }
  return batch.park;
}

/** The park written again, longer or shorter (`某某科技园`, `成都某某科技园`), or with its short zone word. */
function oneParkNamed(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || samePark(a, b);
}

/** Is `later` the paragraph `first`, or the next one with text (blank lines between at most)? */
function sameOrNextParagraph(ctx: LinkContext, first: number, later: number): boolean {
  if (later === first) return true;
  if (later < first || later - first > MAX_BLANK_LINES + 1) return false;
  for (let p = first + 1; p < later; p++) {
    const { start, end } = ctx.structure.paragraph(p);
    // A blank line is a few spaces at most: a longer one is text, read no further.
    if (end - start > MAX_BLANK_WIDTH || ctx.structure.text.slice(start, end).trim() !== '') return false;
  }
  return true;
}
