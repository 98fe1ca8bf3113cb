// `C将投资X,启动K厂房及产线扩增计划`, `投资近X,扩建K闲置厂房`: the clause right after the amount opens with a verb of
// starting or enlarging works whose object is a plant in the park written right after the verb, so the money is
// spent there (guidelines, "Links": the park the money goes to), though no `在` places it.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** Between the amount and the park: the amount's clause ends (a qualifier at most), the next opens with the verb. */
const WORKS_VERB_GAP = /^\s*(?:以上|左右)?\s*,\s*(?:启动|扩建|新建|兴建|增建|扩充)\s*$/;
/** After the park: the plant or line the works are on (`厂房`, `闲置厂房`, `新厂`, `产线`). */
const PLANT_AFTER = /^[^,;:。!?]{0,4}?(?:厂房|厂区|厂|产线|生产线)/;
/** How far after the park its plant is read (UTF-16 units; a Traditional page folds alike). */
const PLANT_REACH = 8;

/**
 * The park the amount at span `i` is spent in by the works its next clause starts there (the park the next span,
 * in the sentence ending before span `to`); undefined when the clause after says no such thing.
 */
export function parkOfWorksAfter(ctx: LinkContext, i: number, to: number): LinkSpan | undefined {
  const park = ctx.spans[i + 1];
  // Cheap test first: the span right after the amount, in its sentence, is a park.
  if (i + 1 >= to || park.entity.label !== 'PARK' || ctx.parks.projectNamed(park)) return undefined;
  const gap = ctx.structure.gap(ctx.spans[i].entity.end, park.entity.start);
  if (gap === undefined || !WORKS_VERB_GAP.test(gap)) return undefined;
  return PLANT_AFTER.test(ctx.structure.after(park.entity.end, PLANT_REACH)) ? park : undefined;
}
