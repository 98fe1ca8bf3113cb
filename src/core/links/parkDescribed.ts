// `投资X的K`: the amount describes the park written right after it, which is what the money is put into.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * Between the amount and the park: `的` alone (`总投资X的K`, `分别是投资X的K、投资Y的L`), after the amount's
 * qualifier too (`总投资百亿元以上的K`).
 */
const OF_GAP = /^\s*(?:以上|左右|以下)?\s*的\s*$/;

/**
 * The park the amount at span `i` describes (`总投资X的K`): the next span, in the same sentence, a park written
 * as itself (not standing for a project, nor opening one's name: `投资X的K产业园项目` is the project's money),
 * with only `的` between and no other park named before it in the article but the zone it was written inside. Reads the two
 * spans after the amount and the article's park names.
 */
export function parkTheAmountDescribes(ctx: LinkContext, i: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const park = ctx.spans[i + 1];
  if (park === undefined || park.entity.label !== 'PARK' || park.sentence !== amount.sentence || ctx.parks.projectNamed(park)) return undefined;
  if (!OF_GAP.test(ctx.structure.gap(amount.entity.end, park.entity.start) ?? '')) return undefined;
  // `K经开区…投资X的L产业园`: a park inside the zone the article named first is as often a project of that zone
  // (not the zone L was written inside: `otherParkBefore`).
  if (ctx.parks.otherParkBefore(park)) return undefined;
  const next = ctx.spans[i + 2];
  if (next !== undefined && next.entity.label === 'PROJECT' && next.entity.start <= park.entity.end) return undefined;
  return park;
}
