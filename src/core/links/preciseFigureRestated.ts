// A precise figure said twice is one money: `总投资108亿元的P项目、…` in a list, and later `C总投资108亿元的项目,…`;
// a lead's `项目总投资25.6亿元` and the original title's `总投资25.6亿P项目落户K`. The writing that names its company
// says whose money the other is too. Only figures of three significant digits or more (`25.6亿`, `108亿`, `3.75亿`):
// round ones (`50亿元`, `5000万元`) recur for different firms' projects of one article and tell nothing. Read after the
// walk, over every item amount at once, so a figure said before its company takes it as well as one said after.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import { significantDigits } from '../recognition/roundBound';

/** Fewest significant digits of a figure that is read as the same money when written again. */
const MIN_DIGITS = 3;


/**
 * For every item amount with no company, whose precise figure (value, currency, role) another item amount of the
 * article states with a company: that company, when every such statement names the same one.
 */
export function linkPreciseRestatements(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const byFigure = new Map<string, number[]>();
  for (const span of ctx.spans) {
    const e = span.entity;
    if (e.label !== 'MONEY' || e.scope !== 'item' || e.role === 'threshold' || e.value === undefined || significantDigits(e.value).length < MIN_DIGITS) continue;
    const key = `${e.value}|${e.currency ?? ''}|${e.role ?? ''}`;
    const same = byFigure.get(key);
    if (same) same.push(span.index);
    else byFigure.set(key, [span.index]);
  }
  const text = ctx.structure.text;
  for (const indexes of byFigure.values()) {
    if (indexes.length < 2) continue;
    const named = indexes.map((index) => out[index]?.company).filter((company) => company !== undefined);
    if (named.length === 0 || named.length === indexes.length) continue;
    const name = text.slice(named[0].start, named[0].end);
    if (named.some((company) => text.slice(company.start, company.end) !== name)) continue;
    for (const index of indexes) if (!out[index]?.company) out[index] = { ...out[index], company: named[0] };
  }
}
