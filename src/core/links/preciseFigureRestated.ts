// A precise figure said twice is one money: `总投资108亿元的P项目、…` in a list, and later `C总投资108亿元的项目,…`;
// a lead's `项目总投资25.6亿元` and the original title's `总投资25.6亿P项目落户K`. The writing that names its company
// says whose money the other is too. Only figures of three significant digits or more (`25.6亿`, `108亿`, `3.75亿`):
// round ones (`50亿元`, `5000万元`) recur for different firms' projects of one article and tell nothing. Read after the
// walk, over every item amount at once, so a figure said before its company takes it as well as one said after.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { significantDigitCount } from '../recognition/roundBound';

/** Fewest significant digits of a figure that is read as the same money when written again. */
const MIN_DIGITS = 3;


/**
 * For every item amount with no company, whose precise figure (value, currency, role) another item amount of the
 * article states with a company: that company, when every such statement names the same one.
 */
export function linkPreciseRestatements(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  // By value first (a number key, no string made per amount): most figures are said once, and only a value said twice
  // is told apart by its currency and role.
  const byValue = new Map<number, LinkSpan[]>();
  for (const span of ctx.spans) {
    const e = span.entity;
    if (e.label !== 'MONEY' || e.scope !== 'item' || e.role === 'threshold' || e.value === undefined || significantDigitCount(e.value) < MIN_DIGITS) continue;
    const same = byValue.get(e.value);
    if (same) same.push(span);
    else byValue.set(e.value, [span]);
  }
  for (const spans of byValue.values()) if (spans.length >= 2) for (const same of byFigure(spans)) linkSameFigure(ctx, same, out);
}

/** The amounts of one value (in text order), grouped by currency and role: each group one figure, by its indexes. */
function byFigure(spans: readonly LinkSpan[]): Iterable<number[]> {
  const groups = new Map<string, number[]>();
  for (const span of spans) {
    const e = span.entity;
    const index = span.index;
    const key = `${e.currency ?? ''}|${e.role ?? ''}`;
    const same = groups.get(key);
    if (same) same.push(index);
    else groups.set(key, [index]);
  }
  return groups.values();
}

/** The company one writing of a figure names, for the writings that name none, when every naming writing names it. */
function linkSameFigure(ctx: LinkContext, indexes: readonly number[], out: (AmountLinks | undefined)[]): void {
  if (indexes.length < 2) return;
  const text = ctx.structure.text;
  const named = indexes.map((index) => out[index]?.company).filter((company) => company !== undefined);
  if (named.length === 0 || named.length === indexes.length) return;
  const name = text.slice(named[0].start, named[0].end);
  if (named.some((company) => text.slice(company.start, company.end) !== name)) return;
  for (const index of indexes) if (!out[index]?.company) out[index] = { ...out[index], company: named[0] };
}
