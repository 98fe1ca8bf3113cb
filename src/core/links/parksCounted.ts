// `A、B、C3个园区合计实现税收收入X`, `一区四园共接纳项目77个,总投资X`: the amount's sentence counts several parks
// together as its subject (a number before the park word, then their deed), or names a city's zone and parks by their
// count (`一区四园`): the money is spread over them, none of them alone (guidelines: absent when nothing ties it to one).
// The counted form the determiners of `spreadOverCountedParks` (parkOfAmount.ts: `这3个园区`, `各园区`) leave out.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** Parks counted, then what they do together (`3个园区合计`), or a zone and its parks by number (`一区四园`). */
const PARKS_COUNTED = /[0-9一二三四五六七八九十两]+个(?:园区|开发区|工业园区?|产业园区?)(?:合计|共计|共|累计)|[一两二三]区[二三四五六七八九十多]园/;
/** Cheap cue: the character every such count holds. */
const PARK_CHARACTER = '园';

/** Does the amount's lead (its sentence before it) count several parks together? */
export function parksCountedTogether(ctx: LinkContext, amount: LinkSpan): boolean {
  const lead = ctx.leadOf(amount);
  return lead.includes(PARK_CHARACTER) && PARKS_COUNTED.test(lead);
}
