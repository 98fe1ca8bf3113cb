// The parts of a project's total said in the next sentence: `P项目总投资X,…。其中:建设投资Y,铺底流动资金Z`.
// The guidelines make a part of a project's stated total an item of that project; within one sentence
// `projectBefore` reads it, across the full stop the walk remembers the total's project (SaidSoFar.projectWhole).
import type { LinkSpan } from './linkNames';
import type { LinkContext, SaidSoFar } from './linkContext';

/** A sentence opened by `其中`: it breaks down what the sentence before stated. */
export const PARTS_OPENING = /^\s*其中/;
/** How far into a sentence its opening is read for `其中` (UTF-16 units). */
export const PARTS_REACH = 4;

/**
 * The project whose item amount the sentence right before stated, when the amount's sentence opens with
 * `其中` in the same paragraph (the caller has found no project named before the amount in its sentence).
 */
export function projectOfWhole(ctx: LinkContext, said: SaidSoFar, i: number): LinkSpan | undefined {
  const whole = said.projectWhole;
  const amount = ctx.spans[i];
  if (whole === undefined || whole.sentence !== amount.sentence - 1 || whole.paragraph !== amount.paragraph) return undefined;
  const start = ctx.structure.sentenceStart(amount.sentence);
  return PARTS_OPENING.test(ctx.structure.text.slice(start, start + PARTS_REACH)) ? whole.project : undefined;
}
