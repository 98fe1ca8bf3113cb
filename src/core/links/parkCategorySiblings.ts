// `分地区看:某县项目9个,总投资X;K项目6个,总投资Y;市本级项目9个,总投资Z`: a list of counted categories of projects
// in which a park is one category among others. Each `;` item has its own label: the items after the park's are other
// categories of the whole (a city's), no figures of the park (guidelines: absent when nothing ties the amount to one park).
import { WINDOW, type LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** A numeral counting projects (`16`, `十二`). */
const COUNT = '[0-9一二三四五六七八九十百两]+';
/** The amount's whole `;` item: a label, its projects counted, then only the amount's own label (`市本级项目9个,总投资`). */
const COUNTED_CATEGORY = new RegExp(`^\\s*[^,;:。!?]{1,16}?项目\\s*${COUNT}\\s*[个项]\\s*,\\s*[^,;:。!?]{0,8}$`);
/** Right after a park: its projects counted (`K项目6个`), the park being the label of a category. */
const PARK_AS_LABEL = new RegExp(`^\\s*项目\\s*${COUNT}\\s*[个项]`);
/** What ends a sentence for good, as written (a `;` only ends an item of the list). */
const FULL_STOPS = ['。', '！', '？', '!', '?'];

/**
 * Is the amount the figure of a category listed after a park labelling an earlier item of the same `;` list
 * (`K项目6个,总投资Y;L项目9个,总投资X`)? Its item names no park of its own. Reads the amount's lead and the spans
 * back to that park (amounts only between, its paragraph, WINDOW spans at most).
 */
export function siblingOfParkCategory(ctx: LinkContext, amount: LinkSpan): boolean {
  if (amount.entity.scope !== 'aggregate') return false;
  const { structure } = ctx;
  const start = structure.sentenceStart(amount.sentence);
  // Cheap cue first: the item follows a `;` (asked of every sum the sentence leaves open).
  const mark = structure.text.charAt(start - 1);
  if (mark !== ';' && mark !== '；') return false;
  if (!COUNTED_CATEGORY.test(ctx.leadOf(amount)) || ctx.leadStart(amount) !== start) return false;
  for (let j = amount.pos - 1; j >= 0 && j >= amount.pos - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.paragraph !== amount.paragraph || span.sentence === amount.sentence) return false;
    if (span.entity.label === 'MONEY') continue;
    if (span.entity.label !== 'PARK' || !PARK_AS_LABEL.test(structure.after(span.entity.end, 8))) return false;
    for (const stop of FULL_STOPS) if (structure.holds(stop, span.entity.end, start)) return false;
    return true;
  }
  return false;
}
