// Which project an amount belongs to: the project it qualifies (`总投资X的P项目`), the project
// before it that nothing moves on from (`P项目总投资X`), the paragraph's project said again
// (`该项目…`), a project said by its short name, or the one project of its company. The order the
// rules are asked in is linksOf's, in links.ts; `分别` lists are paired in respectively.ts.
import { foldedText } from '../fold';
import { bareName, brandOf, companyBrand, oneNamed, shortProjectName, type LinkSpan } from './linkNames';
import { placeSubjectAny } from './linkClauses';
import { lastClauseMark, MAX_GAP } from './linkText';
import { WINDOW, type LinkContext, type SaidSoFar } from './linkContext';
import type { Topic } from './linkTopic';
import { factoryOpens, investsBefore } from './companyOfAmount';
import { COMPANY_PROJECT_GAP, companyRightBefore } from './companyOfProject';
import { objectOfSubject } from './projectOfSubject';

/** Between an amount and the project it qualifies: `总投资X亿元(左右)(的|建设的)`; a size said of the project, `投资达X级的P项目`, too. */
/** Nothing at all counts too: `总投资150亿元海创磷酸铁锂项目` (the name starts where the amount ends). */
/** A headline's verb after the amount (`公司拟12亿元投建P项目`, `拟5亿元投资P项目`, `拟10亿元建P项目`) counts too, and so does */
/** the start of the works the money pays for (`投入X启动P项目`), and founding it (`投资X建立P项目`). */
export const OF_GAP = /^\s*(?:左右|以上|多|余|级)?\s*(?:的|建设的|打造的|实施的|兴建的|用于|用于建设|建设|新建|兴建|打造|新上|投建|投资建设|投资|建立|建|启动(?:建设)?)?\s*$/;
/** `总投资1.5亿元，年产量5万吨的P项目`: the project's capacity between the amount and its name. */
const CAPACITY_GAP = /^\s*[,，、]\s*(?:预计)?(?:年产量?|年产能|产能)[^,，;；。:：]{1,14}的\s*$/;
/** The same, when the recogniser left the head of the project's name out of its span. */
const OF_GAP_NAME_HEAD = /^\s*(?:左右|以上|多|余)?\s*的[^\s,;:。、的了]{1,8}$/;
/**
 * `C拟投资X,在Q建设P项目`, `公司将投资X,建设P项目`, `C与D合资X,投资P项目`: the project the money builds, named in the
 * clause after the amount right after its verb (a place before the verb at most); `公司投资X,用于P项目`: what the money is
 * used for, the verb of building left out.
 */
const BUILDS_GAP = /^\s*,\s*(?:将|拟|计划)?\s*(?:(?:在|于)[^,;:。]{1,10}?)?(?:用于|(?:用于)?(?:建设|新建|兴建|投建|打造|建立|建|投资建设|投资))\s*$/;
/** `C投资X在Q扩建的P项目`: where the money builds the project, then 的 and its name. */
const BUILT_THERE_GAP = /^\s*(?:在|于)[^,;:。的]{1,12}?(?:建设|新建|兴建|投建|扩建|改建|打造)的\s*$/;
/** `总投资X、于去年竣工的P项目`, `总投资X、占地80亩的P项目`: another feature of the project (or of the company, `…的C`), then 的. */
const FEATURE_GAP = /^\s*、[^,;:。、的]{1,14}的\s*$/;
/** `总投资达X的项目有1项,为P项目`: a class of projects with one member, named right after. */
const ONLY_MEMBER_GAP = /^\s*(?:以上)?\s*的项目(?:有|共)?\s*(?:1|一)\s*[个项]\s*[,:]?\s*(?:为|是|即)\s*$/;
/** `年产值X的预计明年投产的P项目`: a short clause about the project between two 的. */
const DESCRIBED_GAP = /^\s*(?:左右|以上|多|余)?\s*的[^,;:。、的了]{1,16}的\s*$/;
/**
 * `总投资超X亿元!P项目开工`: a headline opened by the amount, its exclamation mark, then the project it is said of (the
 * headline's subject comes after the figure it leads with).
 */
const HEADLINE_LEAD_GAP = /^\s*[!！]\s*$/;
/** `首期投资X、总投资Y`: the next amount of a list, with a label of its own. */
const LABELLED_AMOUNT_GAP = /^\s*、\s*[\u4e00-\u9fff]{1,6}\s*$/;
/** A name's opening quote left between an amount and the project (`投资6亿元建设的“P项目”`), as folded. */
const OPENING_QUOTES = '"“「『';
/** A project (or company) is done with once the sentence speaks of another phase. */
const PHASE = /([一二三四五六七八九十首]期)/;
/** `分三期建设`, `分二期实施`: a count of phases, no phase. */
const PHASE_COUNT = /分\s*[二三四五六七八九十]\s*期/g;
/** After a project's short name that opens a clause: its phase, or what a project does with money. */
const SHORT_NAME_DEED = /^(?:[一二三四五六七八九十首]期)?(?:已|将|计划|预计|总投资|累计|完成|投资|建成|达产|投产)/;
/**
 * Anaphors that continue the paragraph's topic project or company; a clause opened by a phase
 * (`一期项目计划投资`, `一期投资`) speaks of a part of that project (a phase not its own is
 * `otherPhase`); so does a sentence opened by a phase as the subject of its first clause, the amount in a
 * later one (`一期工程正在施工,计划投资X`, `二期工程占地N亩,计划投资Y`). The bare `项目` opening a clause with where it
 * lies or its yearly figure (`项目位于K,总投资X`, `项目年可新增营收X`) is the project spoken of too.
 */
const PROJECT_ANAPHOR = /(?:该|此|这个|这一|本)项目|(?:^|[,;:])\s*(?:全部|全面|正式)?(?:工程)?(?:达产|投产|建成)(?:投入使用)?后(?:次年|当年)?|(?:协议|合同)(?:规划|约定|计划)?的?项目|^\s*其中[,]?\s*第?[一二三四五六七八九十首]期|^\s*第?[一二三四五六七八九十首]期(?:项目|工程)?(?:年底前|年内|今年|明年)?(?:计划|预计|总投资|投资|建成|投产|达产|将|已|可)|^\s*第?[一二三四五六七八九十首]期(?:项目|工程)?[^,;:。]{1,16},|(?:^|[,;:])\s*(?:整个|整体)?项目(?:建成|投产|达产|总投资|计划|预计|将|拟|全部|一期|二期|投资|达产后|建成后|投产后|全面|规划|由|总?占地|总?用地|总?建筑面积|分[两二三四五]期|起于|位于|选址|坐落|年|(?:开工|动工)(?:建设)?以来)/;
/**
 * Projects spoken of as a group (`这些项目`, `上述项目`): a later `项目建成后` is the group's, not the last one named.
 * A size class (`第四个亿元以上项目`, `百亩以上项目`) is no group: it says what the project named is.
 */
export const PROJECT_GROUP = /(?:这些|这批|上述|(?<![元亩吨])以上|所有|全部|各)(?:重点|签约|开工|集中开工)?项目/;

/** What the amount qualifies after it: a project (and its company), or a list of projects sharing it (`shared`: no project). */
export interface AmountOwnerAfter {
  project?: LinkSpan;
  company?: LinkSpan;
  shared?: boolean;
  /** The amount's own clause names the parties that sign or build its project (`总投资X的K与D签订P项目`): whose money it is, is read there. */
  parties?: boolean;
  /** The amount qualifies the company named right after it, no project after that (`总投资X的C`): the company's own money, no project said before. */
  ofCompanyOnly?: boolean;
}

/** `总投资X亿元的(C公司投资的)P项目`: the project (and company) the amount qualifies. */
export function projectAfter(ctx: LinkContext, said: SaidSoFar, i: number, to: number): AmountOwnerAfter | undefined {
  const amount = ctx.spans[i];
  const next = ctx.spans[i + 1];
  if (next && i + 1 === to) return headlineSubject(ctx, said, i);
  if (!next || i + 1 >= to) return undefined;
  const written = ctx.structure.gap(amount.entity.end, next.entity.start);
  if (written === undefined) return undefined;
  const gap = OPENING_QUOTES.includes(written.charAt(written.length - 1)) ? written.slice(0, -1) : written;
  if (next.entity.label !== 'MONEY' && CLAUSE_OF_AMOUNT.test(gap)) {
    const signed = projectOfPartiesClause(ctx, said, i, to);
    if (signed) return signed;
  }
  const ofProject =
    next.entity.label === 'PROJECT' && (OF_GAP_NAME_HEAD.test(gap) || CAPACITY_GAP.test(gap) || BUILDS_GAP.test(gap) || BUILT_THERE_GAP.test(gap) || FEATURE_GAP.test(gap) || DESCRIBED_GAP.test(gap) || ONLY_MEMBER_GAP.test(gap));
  // `总投资X、占地N亩的C公司P项目`: another feature of what the amount qualifies, then its company, as after `总投资X的`.
  const ofCompany = next.entity.label === 'COMPANY' && (FEATURE_GAP.test(gap) || CAPACITY_GAP.test(gap) || DESCRIBED_GAP.test(gap));
  if (!OF_GAP.test(gap) && !ofProject && !ofCompany) {
    const built = projectBuiltInPlace(ctx, said, i, to);
    return built && { project: built, company: companyRightBefore(ctx, built) };
  }
  let company: LinkSpan | undefined;
  let candidate = next;
  if (next.entity.label === 'COMPANY') {
    // `总投资9300万美元的C公司`: the amount qualifies the company, whether a project follows or not.
    company = next.named ? next : undefined;
    const afterCompany = i + 2 < to ? ctx.spans[i + 2] : undefined;
    const between = afterCompany && ctx.structure.gap(next.entity.end, afterCompany.entity.start);
    if (afterCompany && between !== undefined && COMPANY_PROJECT_GAP.test(between)) candidate = afterCompany;
  }
  const project = ctx.asProject(candidate);
  if (project && opensListOfProjects(ctx, candidate, to)) return { company, shared: true };
  if (!project) return company ? { company, ofCompanyOnly: true } : undefined;
  said.claimed.add(candidate);
  return { project, company: company ?? companyRightBefore(ctx, candidate) };
}

/**
 * `总投资超X亿元!P项目开工`, `总投资X亿元!K P项目开工`: the amount ends its sentence at the headline's exclamation mark and
 * the project the headline is about opens the next one (a park written against it at most, the head of its name).
 */
function headlineSubject(ctx: LinkContext, said: SaidSoFar, i: number): AmountOwnerAfter | undefined {
  const amount = ctx.spans[i];
  const next = ctx.spans[i + 1];
  // Cheap test first: the exclamation mark right after the amount.
  if (!'!！'.includes(ctx.structure.text.charAt(amount.entity.end)) || next.paragraph !== amount.paragraph) return undefined;
  const gap = ctx.structure.gap(amount.entity.end, next.entity.start);
  if (gap === undefined || !HEADLINE_LEAD_GAP.test(gap)) return undefined;
  const headed = next.entity.label === 'PARK' ? ctx.spans[i + 2] : undefined;
  const subject = headed && headed.entity.start === next.entity.end ? headed : next;
  const project = ctx.asProject(subject);
  if (!project) return undefined;
  said.claimed.add(subject);
  return { project, company: companyRightBefore(ctx, subject) };
}

/** `总投资X的` then the parties of a clause (`K与C签订…`, `由C投资建设的…`): the amount qualifies what that clause ends with. */
const CLAUSE_OF_AMOUNT = /^\s*(?:左右|以上|多|余)?\s*的[^,;:。的]*的?\s*$/;
/** How that clause ends before the project it names: its parties sign, bring in or build it (`的` after the verb or not). */
const SIGNS_OR_BUILDS = /(?:签订|签约|签署|引进|投资建设|投资兴建|合作建设|共同建设|建设|兴建|投建|承建|打造)了?(?:的)?\s*$/;
/** How many spans (parties, places) the clause may name before its project. */
const PARTIES_REACH = 4;

/**
 * `总投资30亿元的K管委会与C签订P项目`, `总投资X的由C投资建设的P项目`: the amount opens (with `的`) a clause whose parties
 * sign, bring in or build the project it ends with, so the money is that project's (and the one company among the
 * parties, the signer or builder, its company). Parks and companies only between, no clause mark.
 */
function projectOfPartiesClause(ctx: LinkContext, said: SaidSoFar, i: number, to: number): AmountOwnerAfter | undefined {
  const parties: LinkSpan[] = [];
  for (let k = i + 1; k < to && k <= i + PARTIES_REACH; k++) {
    const span = ctx.spans[k];
    if (span.entity.label === 'PARK' || span.entity.label === 'COMPANY') {
      parties.push(span);
      continue;
    }
    const project = span.entity.label === 'PROJECT' ? ctx.asProject(span) : undefined;
    const written = project && ctx.structure.gap(ctx.spans[i].entity.end, span.entity.start);
    if (!project || written === undefined) return undefined;
    const gap = OPENING_QUOTES.includes(written.charAt(written.length - 1)) ? written.slice(0, -1) : written;
    if (!CLAUSE_OF_AMOUNT.test(gap) || !SIGNS_OR_BUILDS.test(gap) || opensListOfProjects(ctx, span, to)) return undefined;
    said.claimed.add(span);
    const companies = parties.filter((party) => party.entity.label === 'COMPANY');
    return { project, company: companies.length === 1 && companies[0].named ? companies[0] : undefined, parties: true };
  }
  return undefined;
}

/** Between two names of a list (projects, companies): a separator or a conjunction only. */
export const LIST_JOINER = /^\s*(?:、|和|及|与|以及)\s*$/;

/**
 * `投资X建设的A项目、B项目落户`: a project right followed by another of a list shares the amount with it; the money is
 * neither's alone (an item of a list with its own amount, `X的A项目、Y的B项目`, has an amount between).
 */
function opensListOfProjects(ctx: LinkContext, project: LinkSpan, to: number): boolean {
  const next = project.pos + 1 < to ? ctx.spans[project.pos + 1] : undefined;
  if (!next || next.entity.label !== 'PROJECT' || !ctx.asProject(next)) return false;
  const gap = ctx.structure.gap(project.entity.end, next.entity.start);
  return gap !== undefined && LIST_JOINER.test(gap);
}

/**
 * `拟投资X在K(投资)建设P项目`, `投资X,于K打造P项目`, `投资X在该县建立P项目`, `投资X,将在某市建设P项目`: where the money builds (a
 * place, parks at most, after a modal at most), then the verb, and the head of the name the project span leaves out at most.
 */
const BUILT_IN_PLACE_GAP = /^\s*,?\s*(?:将|拟|计划)?\s*(?:在|于)[^,;:。]{1,40}?(?:投资)?(?:建设|新建|兴建|投建|扩建|打造|建立)[^,;:。的、]{0,8}$/;
/**
 * `投资X,建设K P项目`, `投资X在某县开发了某新城和K P项目`: the verb of building (where, at most, before it), then the
 * head of the project's name, which ends with a park written right against the project (`K` is part of the name, not
 * where the money goes), or is read into the project's name (zoneNamedProjects.ts: the project then follows the gap).
 */
const BUILDS_PARK_HEADED_GAP = /^\s*,?\s*(?:(?:在|于)[^,;:。]{1,16}?)?(?:投资)?(?:建设|新建|兴建|投建|扩建|打造|开发)了?[^,;:。的]{0,12}$/;
/** How many spans after the amount the project is looked for: parks naming the place may come first. */
const BUILT_IN_PLACE_REACH = 3;

/**
 * `C拟投资20亿元在K某某旗投资建设P项目`: the money builds the project named after the place and the verb,
 * however long the place (parks between are where, not what).
 */
function projectBuiltInPlace(ctx: LinkContext, said: SaidSoFar, i: number, to: number): LinkSpan | undefined {
  for (let k = i + 1; k < to && k <= i + BUILT_IN_PLACE_REACH; k++) {
    const span = ctx.spans[k];
    if (span.entity.label === 'PARK') continue;
    const project = span.entity.label === 'PROJECT' ? ctx.asProject(span) : undefined;
    const written = project && ctx.structure.gap(ctx.spans[i].entity.end, span.entity.start);
    if (!project || written === undefined) return undefined;
    const gap = OPENING_QUOTES.includes(written.charAt(written.length - 1)) ? written.slice(0, -1) : written;
    if (!BUILT_IN_PLACE_GAP.test(gap) && !headedByPark(ctx, i, k) && !(k === i + 1 && BUILDS_PARK_HEADED_GAP.test(gap))) return undefined;
    said.claimed.add(span);
    return project;
  }
  return undefined;
}

/**
 * Is the project at span `k` named with a park at its head (the span right before it, written against it), the
 * verb that builds it between the amount at span `i` and that park (`投资X,建设K P项目`)?
 */
function headedByPark(ctx: LinkContext, i: number, k: number): boolean {
  const head = ctx.spans[k - 1];
  if (k - 1 <= i || head.entity.label !== 'PARK' || head.entity.end !== ctx.spans[k].entity.start) return false;
  const gap = ctx.structure.gap(ctx.spans[i].entity.end, ctx.spans[i + 1].entity.start);
  return gap !== undefined && BUILDS_PARK_HEADED_GAP.test(gap);
}

/**
 * `首期投资X、总投资Y、年产值Z的P项目`: amounts listed each with its own label, the last one
 * qualifying a project, are all that project's. Bare amounts (`5亿元、3亿元的A项目和B项目`) are not.
 */
export function listedBefore(ctx: LinkContext, said: SaidSoFar, i: number, to: number): AmountOwnerAfter | undefined {
  // Cheap test first: most amounts are not followed by 、 (full-width or folded).
  if (!'、,'.includes(ctx.structure.text.charAt(ctx.spans[i].entity.end))) return undefined;
  let k = i;
  while (k + 1 < to && k - i < WINDOW && ctx.spans[k + 1].entity.label === 'MONEY' && ctx.joinedBy(k + 1, LABELLED_AMOUNT_GAP)) k++;
  return k > i ? projectAfter(ctx, said, k, to) : undefined;
}

/** The nearest project before the amount in its sentence, when nothing between moves on from it. */
export function projectBefore(ctx: LinkContext, said: SaidSoFar, i: number, from: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    const project = ctx.asProject(span);
    if (span.entity.label === 'MONEY') {
      // `P1项目总投资X、K…项目总投资Y`: the amount's item opened after X with a name of its own, not P1.
      if (j + 1 < i && afterAmountItem(ctx, ctx.spans[j + 1])) return undefined;
      continue;
    }
    if (span.entity.label === 'COMPANY') {
      if (investsBefore(ctx, span) || inAgentClause(ctx, span)) continue;
      return j > from ? projectThenInvestor(ctx, j, i) : undefined;
    }
    // `该项目…,建设Q项目,预计…收入X`, `P项目是K的Q项目,…总投资X`: Q is what the subject builds or is, not the owner.
    if (!project || isFrameOfReference(ctx, span) || objectOfSubject(ctx, span, from)) continue;
    // `P项目分3期建设,分别建设A、“B”项目,投资额X`: a `、` list's items are what a project builds, none the amount's alone.
    if (listItem(ctx, span)) continue;
    // A project another amount qualifies is this one's too, unless it ends a list of them.
    if (said.claimed.has(span) && projectBetween(ctx, Math.max(from, j - WINDOW), j)) return undefined;
    const builder = j > from ? builderOf(ctx, j, from) : undefined;
    if (builder) return builder;
    const gap = ctx.structure.gap(span.entity.end, amount.entity.start);
    if (gap === undefined || placeSubjectAny(afterCopula(gap)) || otherPhase(project.name, gap)) return undefined;
    // `总投资X的P项目、A与B合资Y的项目`: after a project its own amount qualified, 、 opens the next item.
    if (said.claimed.has(span) && NEXT_ITEM.test(gap)) return undefined;
    // `总投资Y的P,总投资X的Q…`: the amount qualifies the name after it as Y did P; P is Y's item, not X's.
    if (said.claimed.has(span) && qualifiesWhatFollows(ctx, amount)) return undefined;
    return project;
  }
  return i === from ? labelAfterSemicolon(ctx, i) : undefined;
}

/**
 * `P项目,由C1与C2合资,计划总投资X`, `P项目,则被C1和C2拿下,项目总投资X`: a clause opened by `由` or `被` names who
 * invests in or takes on the project before it; its companies (one or a list) are agents, not a new subject.
 */
const AGENT_CLAUSE = /[,;:。]\s*(?:则|将|已|均|现|正)?(?:由|被|引入|引进)[^,;:。]*$/;
/** How far back from a company its clause's opening is looked for (UTF-16 units). */
const AGENT_REACH = 24;

/** Is the company inside a clause opened by `由` or `被` (its opening mark a few units back)? */
function inAgentClause(ctx: LinkContext, company: LinkSpan): boolean {
  return AGENT_CLAUSE.test(ctx.structure.before(company.entity.start, AGENT_REACH));
}

/** `…;P项目;总投资X;…`: a list's item whose name and labelled amount a `;` parts (the amount's clause holds nothing else). */
const SEMICOLON_LABEL_GAP = /^\s*;\s*(?:总投资|计划投资|投资)额?\s*(?:约|达|为)?\s*$/;

/** The project ending the clause right before, when the amount's clause is only its label (`P项目;总投资X`). */
function labelAfterSemicolon(ctx: LinkContext, i: number): LinkSpan | undefined {
  const prev = i > 0 ? ctx.spans[i - 1] : undefined;
  if (!prev || prev.entity.label !== 'PROJECT' || !prev.named || prev.paragraph !== ctx.spans[i].paragraph) return undefined;
  const gap = ctx.structure.gap(prev.entity.end, ctx.spans[i].entity.start);
  return gap !== undefined && SEMICOLON_LABEL_GAP.test(gap) ? prev : undefined;
}

/** `P项目将建立以…为主的Q项目总部`: after the subject project, its verb of building and what it builds (one clause). */
const BUILDS_OBJECT_GAP = /^\s*(?:将|拟|计划|主要)?(?:建立|建设|新建|兴建|打造|投建)[^,，;；:：。]*$/;

/**
 * The project opening the clause whose verb of building has the project at `j` for its object: the money
 * after them is the builder's (`P项目将建立…Q项目总部,预计…营业收入X`: Q is a part of P).
 */
function builderOf(ctx: LinkContext, j: number, from: number): LinkSpan | undefined {
  const subject = ctx.spans[j - 1];
  const project = ctx.asProject(subject);
  if (!project || j - 1 < from || !ctx.beginsClause(subject)) return undefined;
  const gap = ctx.structure.gap(subject.entity.end, ctx.spans[j].entity.start);
  return gap !== undefined && BUILDS_OBJECT_GAP.test(gap) ? project : undefined;
}

/**
 * A `、` right before a project's span (a name's opening quote between; not a numbered item's `3、`), or right
 * after it.
 */
const LIST_COMMA_BEFORE = /(?<![0-9一二三四五六七八九十])、\s*["“]?$/;
const LIST_COMMA_AFTER = /^\s*、/;

/** `P1项目总投资X、P2项目总投资Y`: a `、` right after an amount (its qualifier at most) parts items of a name and its money. */
const AMOUNT_THEN_COMMA = /^\s*(?:以上|左右)?\s*、\s*["“]?$/;
/** `P项目、总投资X`: a `、` followed by the label of the amount after it marks the clause, it lists no other name. */
const COMMA_THEN_LABEL = /^\s*、\s*(?:总投资|计划投资|投资总额)/;

/**
 * An item of a `、` list (`A、B、C项目`): named with others, so it owns no amount after the list alone. Not when the
 * `、` parts items each with its own amount (`P1项目总投资X、P2项目总投资Y`, `P项目、总投资X`).
 */
function listItem(ctx: LinkContext, project: LinkSpan): boolean {
  const before = LIST_COMMA_BEFORE.test(ctx.structure.before(project.entity.start, 3)) && !afterAmountItem(ctx, project);
  return before || (LIST_COMMA_AFTER.test(ctx.structure.after(project.entity.end, 2)) && !COMMA_THEN_LABEL.test(ctx.structure.after(project.entity.end, 6)));
}

/** Is the span the next item after an amount and a `、` (`…总投资X、P项目`)? */
function afterAmountItem(ctx: LinkContext, span: LinkSpan): boolean {
  return span.pos > 0 && ctx.spans[span.pos - 1].entity.label === 'MONEY' && ctx.joinedBy(span.pos, AMOUNT_THEN_COMMA);
}

/** `X的`: an amount followed by `的` qualifies the name after it. */
function qualifiesWhatFollows(ctx: LinkContext, amount: LinkSpan): boolean {
  return ctx.structure.after(amount.entity.end, 1) === '的';
}

/** A list's separator right after a project: what follows is the next item. */
const NEXT_ITEM = /^\s*、/;
/** `是在Q项目基础上…`: a project named as what the subject builds on, not the subject. */
const FRAME_BEFORE = /在\s*$/;
const FRAME_AFTER = /^\s*(?:的)?基础(?:上|之上)/;
/** `以Q项目为代表,…`: a project named as an example of others, not the subject (`以Q为例,该项目…` makes Q the subject). */
const EXAMPLE_BEFORE = /以\s*$/;
const EXAMPLE_AFTER = /^\s*(?:为代表|为首|为龙头)/;

/**
 * `P项目是在Q项目基础上,进一步…,总投资X`: Q is where P starts from; the money is P's. `以Q项目为代表,总投资X的…`:
 * Q is one example of what the money is for.
 */
function isFrameOfReference(ctx: LinkContext, project: LinkSpan): boolean {
  const before = ctx.structure.before(project.entity.start, 2);
  const after = ctx.structure.after(project.entity.end, 6);
  return (FRAME_BEFORE.test(before) && FRAME_AFTER.test(after)) || (EXAMPLE_BEFORE.test(before) && EXAMPLE_AFTER.test(after));
}

/** `P项目,` before the investor: only a comma (or colon) between the project and its company. */
const PROJECT_THEN_COMMA = /^\s*[,，:：]\s*$/;
/** `C投资X`, `C拟投资约X`: the company's verb of investing, right before the amount. */
const INVESTS_AMOUNT = /^\s*(?:拟|计划|将|共)?(?:总)?投资(?:额)?(?:为|约|达|近|超)?\s*$/;

/**
 * `P项目,C有限公司投资X;Q项目,D有限公司投资Y`: a list of projects, each followed by the company
 * that invests in it and the amount: the project right before the investor is the amount's.
 */
function projectThenInvestor(ctx: LinkContext, company: number, i: number): LinkSpan | undefined {
  const project = ctx.asProject(ctx.spans[company - 1]);
  if (!project) return undefined;
  const lead = ctx.structure.gap(ctx.spans[company - 1].entity.end, ctx.spans[company].entity.start);
  const verb = ctx.structure.gap(ctx.spans[company].entity.end, ctx.spans[i].entity.start);
  return lead !== undefined && verb !== undefined && PROJECT_THEN_COMMA.test(lead) && INVESTS_AMOUNT.test(verb) ? project : undefined;
}

function projectBetween(ctx: LinkContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ctx.asProject(ctx.spans[k])) return true;
  return false;
}

/**
 * `据了解,P一期已投资X`: the amount's clause opens with a project's name said without its places
 * and `项目` (a phase or a deed after it). One name only: two projects sharing it tell nothing.
 */
export function projectSaidShort(ctx: LinkContext, i: number): LinkSpan | undefined {
  const lead = ctx.leadOf(ctx.spans[i]);
  const clause = lead.slice(lastClauseMark(lead) + 1).trimStart();
  if (clause.length < 4) return undefined;
  const found = ctx.projectsByBrand.get(clause.slice(0, 2)).filter((project) => {
    const short = bareName(project).replace(/项目$/, '');
    return short.length >= 3 && clause.startsWith(short) && SHORT_NAME_DEED.test(clause.slice(short.length));
  });
  return oneNamed(found);
}

/** Between a project's short name and the amount allotted to it: a qualifier at most. */
const ALLOTTED_GAP = /\s*(?:约|近|超|逾|达|共)?\s*$/;

/**
 * `其中A水利枢纽工程5亿元,B供水工程2亿元`: the amount's clause ends with a project's name said without `项目` (the
 * article names it with it elsewhere), the amount right after: the money allotted to that project. Read before the
 * project of the amount before it is carried on: each clause of such a list names its own.
 */
export function projectAllotted(ctx: LinkContext, i: number): LinkSpan | undefined {
  const lead = ctx.leadOf(ctx.spans[i]);
  const named = lead.slice(lastClauseMark(lead) + 1).replace(ALLOTTED_GAP, '');
  if (named.length < MIN_ALLOTTED) return undefined;
  const found = ctx.projectsByTail.get(named.slice(-3)).filter((project) => {
    const short = shortProjectName(project);
    return short.length >= MIN_ALLOTTED && named.endsWith(short);
  });
  return oneNamed(found);
}

/** Shortest name read as a project's (`储能` is a kind of project). */
const MIN_ALLOTTED = 4;

/**
 * After the amount, a verb of building (where, at most; its start, `启动建设`) and the thing built, up to its
 * clause's end: `C投资50亿元在K内兴建医疗器械产业园,`.
 */
const BUILT_AFTER = /^\s*(?:在[^,，。;；]{1,16}?)?(?:启动|开工|开始)?(?:兴建|新建|建设|投建)([^,，。;；“”"()（）]{5,24})[,，。;；]/;

/** How far after the amount the building verb and its thing are read. */
const BUILT_REACH = 48;

/**
 * `C投资50亿元在K内兴建医疗器械产业孵化园,`: the thing built with the money, said without its place or
 * `项目`, is the one project of the article whose name ends so (`某县医疗器械产业孵化园项目`, said later).
 */
export function projectBuiltAfter(ctx: LinkContext, i: number): LinkSpan | undefined {
  const end = ctx.spans[i].entity.end;
  const built = BUILT_AFTER.exec(ctx.structure.foldedCut(end, end + BUILT_REACH))?.[1];
  if (!built) return undefined;
  const found = ctx.projectsByTail.get(built.slice(-3)).filter((project) => {
    const short = foldedText(shortProjectName(project));
    return short.endsWith(built) || built.endsWith(short);
  });
  return oneNamed(found);
}

/** `该项目…` / `项目建成后…`: the project the paragraph is about. */
export function topicProject(ctx: LinkContext, i: number, from: number, topic: Topic): LinkSpan | undefined {
  if (!topic.project) return undefined;
  const amount = ctx.spans[i];
  for (let j = Math.max(from, i - WINDOW); j < i; j++) if (ctx.asProject(ctx.spans[j]) && !objectOfSubject(ctx, ctx.spans[j], from)) return undefined;
  if (!takesUp(ctx, amount, topic.project)) return undefined;
  if (groupSince(ctx, topic, amount.entity.start)) {
    topic.project = undefined;
    return undefined;
  }
  return topic.project;
}

/**
 * Does the amount's sentence, up to the amount, speak of `project` without naming it (`该项目…`,
 * `项目建成后…`, the head of its name)? The caller has checked that no project is named before the amount.
 */
export function takesUp(ctx: LinkContext, amount: LinkSpan, project: LinkSpan): boolean {
  // `某某食品厂计划投资…,项目达产后…`: the factory opening the sentence has a project of its own.
  if (factoryOpens(ctx, amount)) return false;
  // `目前,一期投资…`: a time opening the sentence leaves the phase at its head.
  const lead = ctx.leadOf(amount).replace(TIME_OPENING, '');
  const said = PROJECT_ANAPHOR.test(lead) || afterBuiltClauses(ctx, amount) || opensWithOwnHead(project.name, lead) || anaphorOpensLongSentence(ctx, amount);
  return said && !otherPhase(project.name, lead) && !opensWithOtherPhase(project.name, lead);
}

/** `据了解,该项目…`: a sentence whose subject is the project taken up (a word saying where the news comes from first). */
const ANAPHOR_OPENING = /^\s*(?:(?:据悉|据了解|据介绍|记者了解到)\s*,?\s*)?(?:该|此|本)项目/;
/** How far into the sentence its opening anaphor is read (UTF-16 units). */
const OPENING_REACH = 12;

/**
 * `据了解,该项目由C与D合资建设,是集…于一体的…项目,占地N亩,总投资X`: the sentence opens with `该项目`, more
 * than the lead (MAX_GAP units) before the amount; its subject is still the project taken up. The caller has
 * checked that no project is named before the amount.
 */
function anaphorOpensLongSentence(ctx: LinkContext, amount: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (amount.entity.start - start <= MAX_GAP) return false;
  return ANAPHOR_OPENING.test(ctx.structure.folded(start, start + OPENING_REACH));
}

/** `项目全部建成投产后,…`: a sentence opened by what the project yields once built. */
const BUILT_OPENING = /^\s*(?:项目)?(?:全部|全面)?(?:工程)?(?:建成|投产|达产)[^,;。]{0,6}后/;
/** How many `;` clauses back the opening is looked for. */
const MAX_CLAUSES_BACK = 3;

/**
 * `项目全部建成投产后,年产汽车顶棚13万件;年销售收入约X,年税金约Y`: the clauses after `;` go on listing
 * what the project yields once built, so the amount is the project's like the first clause's.
 * Reads back over at most three `;` clauses of the same paragraph, twelve units of each.
 */
function afterBuiltClauses(ctx: LinkContext, amount: LinkSpan): boolean {
  const { structure } = ctx;
  for (let sentence = amount.sentence, k = 0; sentence > 0 && k < MAX_CLAUSES_BACK; sentence--, k++) {
    const start = structure.sentenceStart(sentence);
    const mark = structure.text.charAt(start - 1);
    if (mark !== ';' && mark !== '；' || structure.paragraphOf(start - 1) !== amount.paragraph) return false;
    const before = structure.sentenceStart(sentence - 1);
    if (BUILT_OPENING.test(structure.gap(before, Math.min(start, before + 12)) ?? '')) return true;
  }
  return false;
}

/**
 * `…投资3亿元的P项目等也各有特色。这些项目…。项目建成后,年产值…`: once the paragraph speaks of its
 * projects as a group, `项目` after it is the group. Read on from where the last look stopped, so
 * the paragraph is read once however many amounts ask.
 */
export function groupSince(ctx: LinkContext, topic: Topic, until: number): boolean {
  const project = topic.project;
  if (!project) return false;
  const read = topic.groupRead?.project === project ? topic.groupRead.upTo : project.entity.end;
  topic.groupRead = { project, upTo: Math.max(read, until) };
  if (until <= read) return false;
  // Back a few units, so a phrase cut by the last look is still seen whole.
  const from = Math.max(project.entity.end, read - 6);
  const stretch = ctx.structure.text.slice(from, until);
  if (!stretch.includes('项目') && !stretch.includes('項目')) return false;
  return PROJECT_GROUP.test(ctx.structure.foldedCut(from, until));
}

/** A company's project: the one project of the article whose name holds the company's brand. */
export function projectOfCompany(ctx: LinkContext, company: LinkSpan): LinkSpan | undefined {
  const candidates = ctx.projectsByBrand.get(brandOf(company));
  const brand = companyBrand(company);
  const matching = candidates.filter((p) => bareName(p).startsWith(brand));
  return oneNamed(matching);
}

/** A clause opened by a phase's investment (`,一期总投资达X`, `,首期投资X`). */
const PHASE_CLAUSE = /^\s*(?:其中)?\s*第?[一二三四五首]期(?:项目|工程)?(?:计划|预计|已)?(?:总投资|投资)/;

/**
 * `投资150亿元启动建设某某产业园,一期总投资达42亿元`: an amount whose clause opens with a phase's investment is a
 * part of the project whose amount came before it in the sentence (guidelines: a part of a project's total),
 * whatever spans (the park it is built in) stand between; not a phase the project's name says is another.
 */
export function phaseOpensClause(ctx: LinkContext, i: number, last: { project: LinkSpan; at: number }): boolean {
  if (i - last.at > WINDOW) return false;
  const lead = ctx.leadOf(ctx.spans[i]);
  const clause = lead.slice(lastClauseMark(lead) + 1);
  return PHASE_CLAUSE.test(clause) && !otherPhase(last.project.name, clause);
}

/** Does the gap move to another phase than the project's own (`一期项目…此次二期总投资`)? */
export function otherPhase(projectName: string, written: string): boolean {
  // Most stretches say no phase at all: nothing to blank or compare (blanking the counts never makes one).
  if (!written.includes('期')) return false;
  const own = PHASE.exec(projectName)?.[1];
  // `该项目分三期建设,一期计划投资X`: how many phases there are names none of them.
  const gap = written.replace(PHASE_COUNT, (count) => ' '.repeat(count.length));
  const said = PHASE.exec(gap);
  if (said === null || said[1] === own) return false;
  // `P项目将于年底开建,首期投资10亿元`, `P项目分三期建设,…二期计划投资X`: a phase of a project whose name holds
  // none is a part of it (guidelines: a part of a project's stated total), unless the project is said done before
  // it (`P项目已建成投产,二期投资X`: what comes next is a new undertaking; a first phase never is).
  if (own === undefined && (FIRST_PHASES.has(said[1]) || !SAID_DONE.test(gap.slice(0, said.index)))) return false;
  // `P项目一期占地98亩，总投资4亿元`, `P项目(一期):总投资…`: a phase right after the project's name is that project's.
  if (/^\s*\(?\s*$/.test(gap.slice(0, said.index))) return false;
  // `总投资50亿元，…其中一期投资25亿元`: a phase introduced by 其中 is a part of the project (guidelines).
  return !PART_OF.test(gap.slice(0, said.index));
}

const FIRST_PHASES = new Set(['一期', '首期']);
/** `已建成投产`, `已经竣工`: the project is said finished, so a later phase is a new undertaking. */
const SAID_DONE = /已(?:经)?(?:全面|全部)?(?:建成|投产|竣工|完工)/;

/** `A一期项目…。二期项目计划投资…`: a sentence opened by a phase the project's name does not hold. */
export function opensWithOtherPhase(projectName: string, lead: string): boolean {
  const own = PHASE.exec(projectName)?.[1];
  const said = OPENING_PHASE.exec(lead)?.[1];
  return own !== undefined && said !== undefined && said !== own;
}

/** The kind of place a project's name ends with, before its phase and `项目` (`某某配套产业园一期项目`). */
export const PROJECT_HEADS = ['产业园', '工业园', '科技园', '物流园', '园区', '基地', '工厂', '厂区', '小镇'];
/** A phase, `建设` and `项目` or `工程` at the end of a project's name: what is left ends with its head. */
const NAME_TAIL = /(?:\(?第?[一二三四五六七八九十首]期\)?)?\s*(?:建设)?(?:项目|工程)$/;
/** A quote or a bracket opening the sentence (a speaker's words), before what it is about. */
export const QUOTE_OPENING = /^[\s“"‘'「]+/;

/**
 * `P产业园一期项目位于K,总投资X。“产业园于去年开工,目前已完成投资Y`: a sentence opened by the head
 * of the topic project's name (`产业园`, `基地`), bare, speaks of that project.
 */
function opensWithOwnHead(projectName: string, lead: string): boolean {
  const stem = projectName.replace(NAME_TAIL, '');
  if (stem === projectName) return false;
  const head = PROJECT_HEADS.find((word) => stem.endsWith(word) && stem.length > word.length);
  return head !== undefined && lead.replace(QUOTE_OPENING, '').startsWith(head);
}

/** `目前,`, `据了解,`: a time or a source opening the sentence, before what it is about. */
export const TIME_OPENING = /^\s*(?:目前|当前|现在|日前|同时|据了解|据悉|据介绍)\s*[,，]?/;

const OPENING_PHASE = /^\s*第?([一二三四五六七八九十首]期)/;

/** `其中一期`, and `该项目一期` (a phase said of the project itself): a part of the project. */
const PART_OF = /(?:其中[,，]?|项目)\s*$/;

/**
 * `P项目是K重点打造的…项目,计划总投资X`: after 是 the project stays the subject, and a place in that
 * clause describes it; only the clauses after it may have a place of their own as subject.
 */
function afterCopula(gap: string): string {
  if (!COPULA_FIRST.test(gap)) return gap;
  const clauseEnd = gap.search(CLAUSE_END);
  return clauseEnd < 0 ? '' : gap.slice(clauseEnd);
}

const COPULA_FIRST = /^\s*(?:是|为|系)/;
const CLAUSE_END = /[,;:]/;
