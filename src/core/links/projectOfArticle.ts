// The article's one project: an amount whose sentence speaks of a project without naming it, in an
// article that names one project only (under one name, or a longer and a shorter form of it), is that
// project's, however far back it was named. Two sentence shapes say so: a clause opened by the bare
// word 项目 (`根据公告显示,项目总投资X`), and a sentence with no subject of its own, opened by a
// determiner and 项目 or by the money's label (`此次开工的新项目总投资X`, `计划投资X`).
import { articleReading } from './articleReadings';
import { lastClauseMark } from './linkText';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { factoryOpens } from './companyOfAmount';
import { QUOTE_OPENING, TIME_OPENING } from './projectOfAmount';
import { OWN_THING_AFTER } from './projectOfParagraph';
import { oneProject } from './projectVariants';

/** `(根据公告,)项目总投资X`, `该项目一期投资Y`: a clause opened by the bare word 项目 (after 该/此/本/这个 at most). */
const BARE_PROJECT_CLAUSE = /^(?:该|此|本|这个)?项目/;

/**
 * A sentence with no subject of its own: `此次签约项目…`, `本次对外投资项目…`, `新项目…` (a determiner, a few
 * words, then 项目), or the money's label itself, `计划投资X`, `总投资X` (the subject left out, as the
 * sentence before it spoke of the project).
 */
const SUBJECTLESS = /^(?:(?:此次|本次|这次)[^,;:。]{0,8}?项目|新项目|(?:计划|预计|拟)?(?:总投资|计划投资|投资总额))/;

/** How much of the sentence's opening is read for SUBJECTLESS. */
const OPENING_REACH = 24;

/** A part of the whole (`其中,总投资X`) or a phase (`一期`): whose, the topic rules decide. */
const PART_OR_PHASE = /其中|第?[一二三四五六七八九十首]期/;

/**
 * `公司拟投资建设P项目。…根据公告显示,项目总投资X,一期投资Y`: a clause about `项目` with no name, in an
 * article that names one project only, is about that project, however far back it was named. Two projects
 * named, or one described earlier in the sentence: the word says nothing.
 */
export function soleProjectOfArticle(ctx: LinkContext, i: number): LinkSpan | undefined {
  const lead = ctx.leadOf(ctx.spans[i]);
  const cut = lastClauseMark(lead, true) + 1;
  // `入驻的投资项目是,建设一座气站,该项目总投资X`: a project described before it in the sentence is the one meant.
  const bareClause = BARE_PROJECT_CLAUSE.test(lead.slice(cut).trimStart()) && !lead.slice(0, cut).includes('项目');
  if (!(bareClause || subjectless(ctx, i)) || factoryOpens(ctx, ctx.spans[i])) return undefined;
  // `1.C项目总投资X` (its name left unrecognised) … `2.P项目…`: the word takes up a project said before, never one said after.
  const project = articleProject(ctx);
  return project && project.entity.start < ctx.spans[i].entity.start ? project : undefined;
}

/**
 * `同时入驻的投资项目是,建设一座气站,该项目总投资X`: the amount's clause takes up with the bare word a project the
 * sentence described before it, not named: that one is meant, no project of the company's.
 */
export function projectDescribedBefore(ctx: LinkContext, i: number): boolean {
  const lead = ctx.leadOf(ctx.spans[i]);
  const cut = lastClauseMark(lead, true) + 1;
  return BARE_PROJECT_CLAUSE.test(lead.slice(cut).trimStart()) && lead.slice(0, cut).includes('项目');
}

/**
 * `据了解,项目主要生产…。计划投资6亿元,…`, `此次开工的新项目总投资X`: the sentence opens with no subject of
 * its own (nothing named before the amount in it), speaks of no part or phase, and the amount qualifies or
 * builds nothing named after it. The one project must be named before the amount: a subject-less sentence
 * goes on from what was said.
 */
function subjectless(ctx: LinkContext, i: number): boolean {
  const amount = ctx.spans[i];
  const start = ctx.structure.sentenceStart(amount.sentence);
  const opening = ctx.structure.folded(start, Math.min(amount.entity.start, start + OPENING_REACH)).replace(QUOTE_OPENING, '').replace(TIME_OPENING, '').trimStart();
  const bare = BARE_PROJECT_CLAUSE.test(opening);
  if (!(bare || SUBJECTLESS.test(opening)) || PART_OR_PHASE.test(ctx.leadOf(amount))) return false;
  // `项目位于某村,预计总投资X`: the bare word opening the sentence speaks of the project in its later clauses too,
  // unless a company was named in the paragraph before it (`C是一家…企业。该项目…`: its own project may be meant).
  if (bare && companyInParagraphBefore(ctx, i)) return false;
  // `总投资15亿元的C`, `投资X建设Q`: the money qualifies or builds a thing named after it.
  if (OWN_THING_AFTER.test(ctx.structure.after(amount.entity.end, 6))) return false;
  for (let j = i - 1; j >= 0 && ctx.spans[j].sentence === amount.sentence; j--) if (ctx.spans[j].entity.label !== 'MONEY') return false;
  const project = articleProject(ctx);
  return project !== undefined && project.entity.start < amount.entity.start;
}

/** Is a company named in the amount's paragraph before it? */
function companyInParagraphBefore(ctx: LinkContext, i: number): boolean {
  const last = lastCompanyBefore(ctx)[i];
  return last >= 0 && ctx.spans[last].paragraph === ctx.spans[i].paragraph;
}

/** Per article, for each span, the index of the last COMPANY before it (-1 for none). */
function lastCompanyBefore(ctx: LinkContext): Int32Array {
  return ctx.once(LAST_COMPANIES);
}

/** Read once per article: scanning back through the paragraph for each amount is quadratic in a long one. */
const LAST_COMPANIES = articleReading((ctx) => {
  const last = new Int32Array(ctx.spans.length);
  let company = -1;
  for (let j = 0; j < ctx.spans.length; j++) {
    last[j] = company;
    if (ctx.spans[j].entity.label === 'COMPANY') company = j;
  }
  return last;
});

/** The article's one project (read once per article), or undefined when it names none or two. */
export function articleProject(ctx: LinkContext): LinkSpan | undefined {
  return ctx.once(ARTICLE_PROJECT) ?? undefined;
}

const ARTICLE_PROJECT = articleReading((ctx) => readSoleProject(ctx) ?? null);

function readSoleProject(ctx: LinkContext): LinkSpan | undefined {
  let sole: LinkSpan | undefined;
  for (const span of ctx.spans) {
    const project = ctx.asProject(span);
    if (!project) continue;
    if (sole && !oneProject(sole, project)) return undefined;
    sole ??= project;
  }
  return sole;
}
