// The company of each project, read once where the text ties the two and inherited by every amount
// linked to that project: the company written right before a mention of it (`C的P项目`, `与C签订P项目合同书`),
// the company that builds it (`C将在K投资建设P项目`) or signs for it (companySigns.ts), the company
// an amount of it was linked to, one named inside the project's name, or the owner the article names for
// its one project (companyOfSoleProject.ts).
import { companyOfLongerWriting, companyOfShorterWriting } from './companyOfShorterWriting';
import { ownerOfSoleProject } from './companyOfSoleProject';
import { articleReading } from './articleReadings';
import { sameName, shortProjectName, type LinkSpan } from './linkNames';
import type { LinkContext, SaidSoFar } from './linkContext';
import { readSignerOfProject } from './companySigns';
import { firstOfPartners } from './partnersListed';

/** What the project readers record: each project's company, by the project's name. */
export type ProjectCompanies = Pick<SaidSoFar, 'projectCompany'>;

/**
 * Between a company and the project after it (an opening quote of the project's name at its end, `C“P项目”`): nothing, `投资的`, a signing (`与C签订P项目合同书`), or the
 * talks that bring the project (`与C洽谈的P项目`: the company is the party that would build it).
 */
export const COMPANY_PROJECT_GAP = /^\s*(?:投资(?:建设)?的|建设的|(?:签约|签订|签署)了?的?|(?:正在)?洽谈(?:中)?的|的)?\s*[“"「]?$/;

/** A company written right before the project (`江西中控精密科技股份有限公司磁栅…项目`). */
export function companyRightBefore(ctx: LinkContext, project: LinkSpan): LinkSpan | undefined {
  const prev = project.pos > 0 ? ctx.spans[project.pos - 1] : undefined;
  if (!prev || prev.entity.label !== 'COMPANY' || !prev.named) return undefined;
  const gap = ctx.structure.gap(prev.entity.end, project.entity.start);
  return gap !== undefined && COMPANY_PROJECT_GAP.test(gap) ? prev : undefined;
}

/**
 * `C1 P1项目今年计划投资X;P2项目今年计划投资Y`: the paragraph's company was named as the owner of another item, written
 * right before its project (companyRightBefore), and the sentence opens with a project of its own that the text ties to no
 * company: in a list whose items name their owners, an item that names none is not the item before's (absent is better
 * than wrong). Another writing of the company's project (`P1`, `P1二期项目`) is no other item.
 */
export function companyWentWithItsProject(ctx: LinkContext, said: ProjectCompanies, company: LinkSpan, subject: LinkSpan): boolean {
  if (said.projectCompany.has(subject.name)) return false;
  const own = ctx.spans[company.pos + 1];
  if (own === undefined || own.entity.label !== 'PROJECT' || own.sentence === subject.sentence || sameName(own.name, subject.name)) return false;
  return companyRightBefore(ctx, own) === company;
}

/**
 * The company of a project: written right before this mention of it (the closest tie, over one said
 * of an earlier mention), said before (an amount linked both), or named inside its name.
 */
export function companyOfProject(ctx: LinkContext, said: SaidSoFar, project: LinkSpan): LinkSpan | undefined {
  return companyRightBefore(ctx, project) ?? said.projectCompany.get(project.name) ?? ctx.parks.companyInside(project, (company) => ctx.registeredFormOf(company)) ?? builtLater(ctx, project) ?? companyOfShorterWriting(said, project) ?? companyOfLongerWriting(ctx, said, project) ?? ownerOfSoleProject(ctx, project);
}

/**
 * `总投资X的P项目、…。`⏎`P项目由C投资建设,…`: the builder or signer the article names for a project after
 * the project's amount (readProjectBuilders over every sentence, once per article): an amount of the
 * project said before its company is still the company's.
 */
function builtLater(ctx: LinkContext, project: LinkSpan): LinkSpan | undefined {
  return projectBuilders(ctx).get(project.name);
}

/** Each project's builder or signer the article names anywhere (by the project's name), read once per article. */
export function projectBuilders(ctx: LinkContext): ReadonlyMap<string, LinkSpan> {
  return ctx.once(PROJECT_BUILDERS);
}

const PROJECT_BUILDERS = articleReading((ctx): ReadonlyMap<string, LinkSpan> => {
  const found = { projectCompany: new Map<string, LinkSpan>() };
  const spans = ctx.spans;
  for (let from = 0, to = 0; from < spans.length; from = to) {
    while (to < spans.length && spans[to].sentence === spans[from].sentence) to++;
    for (let j = from; j < to; j++) {
      if (spans[j].entity.label !== 'COMPANY') continue;
      readBuiltBy(ctx, found, j, from);
      readInvestorOfProject(ctx, found, j);
    }
    readProjectBuilders(ctx, found, from, to);
  }
  return found.projectCompany;
});

/**
 * `C将在K投资建设P项目`, `由C投资建设的P`: between the company and the project, no clause break and a verb
 * of investing or building at its end; the company is the project's builder. A comma right after the company sets it
 * off as the clause's topic, the builder still (`隶属某集团的C,此次新建P项目`).
 */
const BUILDS_PROJECT_GAP = /^,?[^。;,:]{0,30}(?:建设|新建|兴建|投建|投资|拟建|实施)[^。;,:]{0,6}$/;
/** `C1和C2联合投资建设P`: one of several builders is no builder alone. */
export const ONE_OF_BUILDERS = /[和与及、]\s*$/;
/**
 * `某市某区和C拟建P项目`: the party joined before the company is a place or its government, the side that
 * hosts the project, so the company builds it alone.
 */
const HOST_PARTY_BEFORE = /(?:省|市|区|县|镇|乡|政府|管委会)\s*[和与同]\s*$/;

/**
 * The company that builds a project of the sentence (spans [from, to)): a named company one span before
 * the project (or more, parks between) with BUILDS_PROJECT_GAP between, not one of a list. Recorded as the
 * project's company, so the project's amounts anywhere after take it (`C将在K建设P项目。…计划投资X`). Then the
 * company that signs for a project (`K与C举行“P项目”签约仪式`, companySigns.ts), where no builder was said.
 */
export function readProjectBuilders(ctx: LinkContext, said: ProjectCompanies, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const project = ctx.spans[k];
    if (project.entity.label !== 'PROJECT' || said.projectCompany.has(project.name)) continue;
    const builder = builderBefore(ctx, k, from);
    if (builder) said.projectCompany.set(project.name, builder);
  }
  readSignerOfProject(ctx, said, from, to);
}

/** How many spans back the builder is read: the company, and a park written as two names between (`在K1K2建设`). */
const BUILDER_REACH = 3;

function builderBefore(ctx: LinkContext, k: number, from: number): LinkSpan | undefined {
  for (let j = k - 1; j >= from && j >= k - BUILDER_REACH; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK') continue;
    if (span.entity.label !== 'COMPANY' || !span.named) return undefined;
    const gap = ctx.structure.gap(span.entity.end, ctx.spans[k].entity.start);
    if (gap === undefined || !BUILDS_PROJECT_GAP.test(gap)) return undefined;
    // `由C1和C2投资兴建的P项目`: builders listed together, the first leads (partnersListed.ts).
    return ONE_OF_BUILDERS.test(ctx.structure.before(span.entity.start, 2)) && !hostBefore(ctx, span) ? firstOfPartners(ctx, j) : span;
  }
  return undefined;
}

/** The company is joined to a host place (`某区和C`), not to another builder (HOST_PARTY_BEFORE). */
function hostBefore(ctx: LinkContext, company: LinkSpan): boolean {
  return HOST_PARTY_BEFORE.test(ctx.structure.before(company.entity.start, 6));
}

/** `P项目由C投资建设`, `由C开发建设`: between the project and its builder, and what the builder does after its name. */
const BY_GAP = /^\s*(?:是|系)?\s*(?:将|拟|计划)?\s*由\s*$/;
const BUILT_AFTER = /^(?:投资|出资|投建|建设|承建|兴建|负责|开发|建造|运营|签约|签订)/;

/**
 * `P项目(是)由C投资建设`: the company (span `j`) a project is said to be built by is its company, for the
 * project's amounts in later sentences too (`项目总投资X,达产后年产值Y`), and, read over the whole article
 * (builtLater), for its amounts said before.
 */
export function readBuiltBy(ctx: LinkContext, said: ProjectCompanies, j: number, from: number): void {
  const company = ctx.spans[j];
  if (!BUILT_AFTER.test(ctx.structure.after(company.entity.end, 6))) return;
  const project = j - 1 >= from ? ctx.asProject(ctx.spans[j - 1]) : undefined;
  const gap = project && ctx.structure.gap(project.entity.end, company.entity.start);
  if (project && gap !== undefined && BY_GAP.test(gap)) said.projectCompany.set(project.name, company);
  else if (!builtByInLaterClause(ctx, said, j, from)) builtByOfAnaphor(ctx, said, j);
}

/**
 * `P项目位于K,由C投资建设`, `此次签约的P项目,由C开发`: right after the project's own clause (one clause, 24 units at
 * most), a clause opened by `由` and the company: the company builds the project.
 */
const BY_IN_LATER_CLAUSE = /^[^。;!?,]{0,24},\s*(?:并|将|拟|计划|是|系)?\s*由\s*$/;
/** How many spans back the project is read: the project, and a park written as two names between (`位于K1K2,由C…`). */
const LATER_CLAUSE_REACH = 3;

/**
 * The project a `由C…` clause (company at span `j`, BUILT_AFTER read already) builds when the project's own clause comes
 * between (BY_IN_LATER_CLAUSE), parks only between the two: recorded as the project's company, unless one was said.
 */
function builtByInLaterClause(ctx: LinkContext, said: ProjectCompanies, j: number, from: number): boolean {
  const company = ctx.spans[j];
  for (let k = j - 1; k >= from && k >= j - LATER_CLAUSE_REACH; k--) {
    const project = ctx.asProject(ctx.spans[k]);
    if (!project && ctx.spans[k].entity.label === 'PARK') continue;
    const gap = project && ctx.structure.gap(project.entity.end, company.entity.start);
    if (!project || gap === undefined || !BY_IN_LATER_CLAUSE.test(gap)) return false;
    if (!said.projectCompany.has(project.name)) said.projectCompany.set(project.name, company);
    return true;
  }
  return false;
}

/**
 * `(该)项目(将)由` opening a clause before the company, or `由` opening a clause with no subject of its own (`…,由C投资建设`,
 * the clause going on about the project its paragraph speaks of): the project spoken of is built by it. Words between
 * `由` and the company (group 1) describe it or name the other party (`由A与B合资组建的C投资建设`, `由某县人民政府与C签约`).
 */
const ANAPHOR_BY = /(?:^|[。;,!?])\s*(?:(?:该|此|这个|这一|整个)?项目)?\s*(?:是|系)?\s*(?:并|将|拟|计划)?\s*由([^。;,!?:、]{0,24})$/;
/** How far before the company the clause opened by `由` is read (its opening words, 24 units of description). */
const ANAPHOR_CLAUSE_REACH = 36;
/**
 * A demonstrative pointing back, opening the company's paragraph (`这一项目由`, `该项目由`): the project spoken of may be the
 * last one of the paragraph before; a bare `项目由` opening a paragraph points back at nothing.
 */
const PARAGRAPH_OPENS_BY = /^\s*(?:该|此|这个|这一)项目\s*(?:是|系)?\s*(?:将|拟|计划)?\s*由\s*$/;
/** How many spans back the project spoken of is looked for, in the company's paragraph. */
const ANAPHOR_REACH = 8;

/**
 * `P项目位于K,总投资X。项目由C开发建设`: a clause naming no project but `项目` says who builds the one its paragraph
 * spoke of last (or, opening its paragraph, the paragraph before: `这一项目由C投资建设`), when no other company was said
 * since (the project's amounts take C, builtLater).
 */
function builtByOfAnaphor(ctx: LinkContext, said: ProjectCompanies, j: number): void {
  const company = ctx.spans[j];
  const between = company.named ? ANAPHOR_BY.exec(ctx.structure.before(company.entity.start, ANAPHOR_CLAUSE_REACH))?.[1] : undefined;
  if (between === undefined) return;
  // A company of the `由` clause itself (`由A与B合资组建的C`) is a party of the deed, not another subject said since.
  const clauseStart = company.entity.start - between.length;
  // `P项目预计…年产值X。`⏎`这一项目由C投资建设`: a paragraph opened so goes on about the paragraph before's project.
  const paragraphStart = ctx.structure.paragraph(company.paragraph).start;
  const opensParagraph = company.entity.start - paragraphStart <= 12 && PARAGRAPH_OPENS_BY.test(ctx.structure.text.slice(paragraphStart, company.entity.start));
  const firstParagraph = opensParagraph ? company.paragraph - 1 : company.paragraph;
  for (let k = j - 1; k >= 0 && k >= j - ANAPHOR_REACH; k--) {
    const span = ctx.spans[k];
    if (span.paragraph < firstParagraph) return;
    if (span.entity.label === 'COMPANY') {
      if (span.entity.start >= clauseStart) continue;
      return;
    }
    const project = ctx.asProject(span);
    if (!project) continue;
    if (!said.projectCompany.has(project.name)) said.projectCompany.set(project.name, company);
    return;
  }
}

/**
 * `P项目投资方为C`, `百亿元项目K文旅城投资方C(香港企业)董事…`: the project's name (its places, `项目` written or
 * not) right before the role the company is named in, the words of the role and the company between.
 */
const INVESTOR_OF_NAMED = /([^\s,;:。、!?()“”]{3,}?)(?:项目)?的?(?:投资方|投资商|投资主体)\s*(?:为|是|系)?\s*$/;
/** How far before the company the project's name and the role are read (folded units). */
const INVESTOR_OF_REACH = 32;
/** The first character of every role word of INVESTOR_OF_NAMED, and what opens an HTML entity (which may fold to it). */
const INVEST_CHARACTER = '投';
const ENTITY_OPENER = '&';

/**
 * The company named as a project's investor right after the project's name (`P投资方C`): the project's company,
 * for its amounts anywhere in the article. The name, read back from the role, ends with the short name of one
 * project of the article (`文旅城` for `某区文旅城项目`).
 */
function readInvestorOfProject(ctx: LinkContext, said: ProjectCompanies, j: number): void {
  const company = ctx.spans[j];
  if (!company.named) return;
  const start = company.entity.start;
  const from = Math.max(0, start - INVESTOR_OF_REACH);
  // Asked of every named company: most windows hold no 投 (nor an HTML entity, the one other thing that folds to
  // it), and then no role word, so neither the fold nor the regex (which tries each start of the window) is run.
  if (!ctx.structure.holdsEither(INVEST_CHARACTER, ENTITY_OPENER, from, start)) return;
  const named = INVESTOR_OF_NAMED.exec(ctx.structure.foldedCut(from, start))?.[1];
  if (!named) return;
  const found = ctx.projectsByTail.get(named.slice(-3)).filter((project) => {
    const short = shortProjectName(project);
    return short.length >= 3 && named.endsWith(short);
  });
  const project = found[0];
  if (project && found.every((other) => other.name === project.name) && !said.projectCompany.has(project.name)) said.projectCompany.set(project.name, company);
}
