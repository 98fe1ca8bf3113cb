// `K位于L,规划面积N亩,总投资X`: a park that opens its sentence and is said to lie somewhere is what the
// sentence describes; the money the sentence goes on to state is that park's own (its construction or plan),
// not the place or zone it lies in.
import { WINDOW, type LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** A verb placing what comes before it, right after its name. */
const LIES_IN = /^\s*(?:位于|坐落于|坐落在|地处)/;

/**
 * The park described by the sentence of the amount at span `i` (sentence spans from `from`): a park that begins
 * its clause and lies somewhere (`K位于L`), with no project or company named between it and the amount (which
 * would be the subject the money belongs to). Reads at most WINDOW spans back.
 */
export function parkLyingIn(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    const label = span.entity.label;
    if (label === 'PROJECT' || label === 'COMPANY') return undefined;
    // A park whose name a project also bears (`K建设项目`) is still the park when written alone and placed.
    if (label !== 'PARK') continue;
    if (LIES_IN.test(ctx.structure.after(span.entity.end, 4)) && ctx.beginsClause(span)) return span;
  }
  return undefined;
}
