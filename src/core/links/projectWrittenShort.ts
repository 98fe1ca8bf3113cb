// A project the article names with `项目` elsewhere, written next to an amount without it: `总投资X的P、总投资Y的Q`
// (the list's items, each named again below as `P项目`), and `签约项目中投资最多的是P,总投资X` (the name ends the clause
// before the amount's). The name read is the project's short name (linkNames.ts: without its places and `项目`), looked
// up by its first or last characters, so each amount costs a few lookups, never a walk over the article's projects.
import { lastClauseMark } from './linkText';
import { oneNamed, PROJECT_HEAD, shortProjectName, type LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';

/** Shortest short name read (`储能` is a kind of project, not one). */
const MIN_SHORT = 4;
/** How far after the amount the short name is read: `的`, a name, its end. */
const AFTER_REACH = 32;
/** `X的P` then the item's end: the next item, the clause's end, or a conjunction joining the next name. */
const NAME_ENDS = '、,;。和及与';
/** The amount's clause after the project's: its investment and a qualifier at most (`P,总投资X`, `P,计划投资约X`). */
const INVESTMENT_CLAUSE = /^\s*(?:项目)?(?:计划|预计)?总?投资(?:额|总额)?(?:约|达|为|超|近|逾)?\s*$/;

/** The project an amount's `的` introduces by its short name (`总投资X的P、…`), or undefined. */
export function projectShortAfter(ctx: LinkContext, i: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const after = ctx.structure.after(amount.entity.end, AFTER_REACH);
  if (after.charAt(0) !== '的') return undefined;
  const named = nameBeforeEnd(after.slice(1));
  if (named.length < MIN_SHORT) return undefined;
  return projectEndingNamed(ctx, named);
}

/** `rest` up to the first of NAME_ENDS (a name with nothing after it within the reach is none). */
function nameBeforeEnd(rest: string): string {
  for (let k = 0; k < rest.length; k++) if (NAME_ENDS.includes(rest.charAt(k))) return rest.slice(0, k);
  return '';
}

/**
 * The one project `named` writes without `项目`: its short name, alone or after places (`某市P`), the places its own
 * name opens with at most (`某市P项目`); another word before the short name (`某某P`) is another name.
 */
function projectEndingNamed(ctx: LinkContext, named: string): LinkSpan | undefined {
  return oneProjectWhoseShort(ctx, named, (short, project) => named === short || named === project.name.replace(PROJECT_HEAD, ''));
}

/**
 * The project whose short name ends the clause right before the amount's investment clause (`P,总投资X`), or undefined.
 */
export function projectShortBefore(ctx: LinkContext, i: number): LinkSpan | undefined {
  // `总投资Y的P,总投资X的Q`: an amount whose 的 introduces the name after it is that name's, not P's.
  if (ctx.structure.after(ctx.spans[i].entity.end, 1) === '的') return undefined;
  const lead = ctx.leadOf(ctx.spans[i]);
  const mark = lastClauseMark(lead);
  if (mark < MIN_SHORT || lead.charAt(mark) !== ',' || !INVESTMENT_CLAUSE.test(lead.slice(mark + 1))) return undefined;
  const named = lead.slice(0, mark);
  return oneProjectWhoseShort(ctx, named, (short) => named.endsWith(short));
}

/** The one project indexed under `named`'s last characters whose short name (MIN_SHORT at least) passes `fits`. */
function oneProjectWhoseShort(ctx: LinkContext, named: string, fits: (short: string, project: LinkSpan) => boolean): LinkSpan | undefined {
  return oneNamed(ctx.projectsByTail.get(named.slice(-3)).filter((project) => {
    const short = shortProjectName(project);
    // Only a writing with `项目` is the fuller one (a list item named without it is a span too: `amountListItems.ts`).
    return short.length >= MIN_SHORT && PROJECT_HEAD.test(project.name) && fits(short, project);
  }));
}
