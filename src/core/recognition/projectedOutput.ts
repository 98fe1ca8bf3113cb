// A projected output: the sales or taxes expected once production starts (`全部达产后,年主营业务收入将达X`,
// `届时年创利税可达X`). Output that is yet to come is what one project or firm spoken of will yield; a region's
// or a batch's figures are reported with a count, a period or a summing word, which the rules weighed before
// this one catch. Reads the amount's sentence before it, up to a short reach.
import type { MoneyRole } from '../types';

/** A milestone of production after which output is expected, or `届时` pointing at one said before. */
const MILESTONE = /(?:达产|达效|投产|建成|竣工|投入使用|运营)(?:之后|以后|后)|届时/;

/** How far before the amount the milestone is looked for. */
const REACH = 40;

/** The kinds of money a plant yields once it runs. */
const OUTPUT_ROLES: ReadonlySet<MoneyRole> = new Set<MoneyRole>(['revenue', 'tax']);

/** True when the amount is sales or taxes expected after a production milestone named before it in its sentence. */
export function projectedOutput(text: string, sStart: number, start: number, role: MoneyRole | undefined): boolean {
  if (role === undefined || !OUTPUT_ROLES.has(role)) return false;
  return MILESTONE.test(text.slice(Math.max(sStart, start - REACH), start));
}
