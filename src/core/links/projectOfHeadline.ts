// A headline's amount in an article about one project: `投资X!这个项目预计明年竣工!`, `某地正式签约某某园 耗资多达X`,
// `一期总投资X,城东这一工程全面动工!`. A headline names what the article is about before the body does, so the
// project it speaks of may be named only after it; in an article that names one project only (under one name, or
// a longer and a shorter form of it), that project is the one. A headline is a short line with no full stop (it may
// exclaim, as headlines do), naming nothing but amounts: a line that names a company, a park or a project of its own
// is an item of a list or a sentence of the body cut short, and says whose money it is by itself.
// Read after the walk, for the project link only: a headline places its project loosely (`…项目落户某省`), so it says
// nothing of the park or the company the body gives the project's money.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import { articleProject } from './projectOfArticle';

/** Longest headline, in folded units (the title of a page and its repeats, a line of a WeChat post). */
const MAX_HEADLINE = 40;
/** A pinyin-glossed page (`項(xiàng)目`) writes a line longer than it reads: how much longer it may be before folding. */
const GLOSSED_REACH = 4;
/** A full stop ends a sentence of the body; a headline has none (a `!` may set off its clauses). */
const FULL_STOP = /[。?？]/;

/** Give each item amount of a headline, still without a project, the article's one project. */
export function linkHeadlineProjects(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const project = articleProject(ctx);
  if (!project) return;
  for (const span of ctx.spans) {
    const e = span.entity;
    if (e.label !== 'MONEY' || e.scope !== 'item' || e.role === 'threshold' || out[span.index]?.project || !inHeadline(ctx, span.pos)) continue;
    out[span.index] = { ...out[span.index], project: { start: project.entity.start, end: project.entity.end } };
  }
}

/** Is the amount at span `i` in a headline: a short line with no full stop, naming nothing but amounts? */
function inHeadline(ctx: LinkContext, i: number): boolean {
  const { start, end } = ctx.structure.paragraph(ctx.spans[i].paragraph);
  if (end - start > MAX_HEADLINE * GLOSSED_REACH) return false;
  const line = ctx.structure.folded(start, end).trim();
  return line.length <= MAX_HEADLINE && !FULL_STOP.test(line) && onlyAmountsInLine(ctx, i);
}

/** Does the amount's paragraph (a short line) name amounts only? Reads its few spans on either side. */
function onlyAmountsInLine(ctx: LinkContext, i: number): boolean {
  const paragraph = ctx.spans[i].paragraph;
  for (let j = i - 1; j >= 0 && ctx.spans[j].paragraph === paragraph; j--) if (ctx.spans[j].entity.label !== 'MONEY') return false;
  for (let j = i + 1; j < ctx.spans.length && ctx.spans[j].paragraph === paragraph; j++) if (ctx.spans[j].entity.label !== 'MONEY') return false;
  return true;
}
