// A park's other names the article declares: its short name (`K(以下简称L)`), and its other name in brackets right
// after it (`K(L)`), read so that the writings of one park count as one in the article's park readings.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { oneParkWriting, samePark } from './linkParks';

/**
 * A park's short name declared right after it: `K(以下简称L)`, `K(简称:“L”)`, read over the gap and the short
 * name's span (a span that took in the declaring words, `下简称L`, still declares L).
 */
const DECLARES_SHORT = /^\s*\(\s*(?:以下)?简称\s*[:：]?\s*[“「"]?\s*([^\s“「"]{2,})$/;

/**
 * `中埃·某某苏伊士经贸合作区(以下简称某某合作区)`: the park right after the first, declared as its short name
 * (which may leave out words in the middle of the full name), or undefined.
 */
export function declaredShortName(ctx: LinkContext, first: LinkSpan): string | undefined {
  const next = ctx.spans[first.pos + 1];
  if (next?.entity.label !== 'PARK') return undefined;
  const gap = ctx.structure.gap(first.entity.end, next.entity.start);
  return gap === undefined ? undefined : DECLARES_SHORT.exec(gap + next.name)?.[1];
}

/**
 * `K简名…` in a title, then `K全名(以下简称“K简名”)`: the later park declares the first park's name as its own short
 * name, so the two are one park (a declared short name is that park before its declaration too).
 */
export function declaresShortNameOf(ctx: LinkContext, span: LinkSpan, first: LinkSpan): boolean {
  const short = declaredShortName(ctx, span);
  return short !== undefined && (short === first.name || samePark(short, first.name));
}

/** Is the park the first park's declared short name, in any form (longer, shorter, its level word)? */
export function isShortName(short: string | undefined, span: LinkSpan): boolean {
  return short !== undefined && oneParkWriting(span.name, short);
}

/** `K(滨江)(K的全称)`: the park's other name in brackets right after it (a place in brackets before it at most). */
const BRACKETED_AFTER = /^\s*(?:\([^()]{1,6}\)\s*)?\(\s*$/;

/** Is the park the other name, in brackets, of the park right before it (`榆林经济技术开发区(榆神工业区)`)? */
export function otherNameInBrackets(ctx: LinkContext, park: LinkSpan): boolean {
  const before = ctx.spans[park.pos - 1];
  return before?.entity.label === 'PARK' && BRACKETED_AFTER.test(ctx.structure.gap(before.entity.end, park.entity.start) ?? '');
}
