// The owner of an amount's clause, read once the paragraph's names are found (recognize.ts, `readNames`).
// The scope rules (moneyScope.ts) read words only, before any name is known: a company's or a site's
// name is a run of characters to them, and a count, a period or a batch said earlier in the sentence
// makes its amounts a sum. Where the clause itself opens with one owner, the amount is that owner's
// (guidelines, `scope`: `item` when it belongs to one project or company), whatever was counted before:
// - a company named at the clause's head, then at most a few words of place, time or plan and its verb of
//   investing (`包括C有限公司在某县投资X建设…`, `C公司未来5年规划投资X`): the company is the subject, the place
//   only where its money goes, the period only when; one plant said where it stands does so too
//   (`此外,某市的工厂已投资X`);
// - one named part singled out by `其中`, right before its kind of money (`其中某某商业广场总投资X`), the
//   part not a kind, a sector, a level of government, a count or a place (`其中服务业总投资X`,
//   `其中引进制造业项目…`, `其中5个项目…` stay sums);
// - the registered capital of one company set up in the clause right before (`…共同出资成立C有限公司,注册资本X`),
//   whoever its founders are: a joint venture is one company;
// - one site's name and its area in the clause right before, the amount's clause its investment alone
//   (`某某国际总建筑面积约10万平方米,总投资约X`): the site described is the owner, as `该项目占地…,总投资X` is.
// And the figure a comparison starts from (`X,比上届Y翻了一倍`) is read as the figure compared is.
// Only amounts read as sums are read again here (but for such a comparison), and each reading looks at the amount's own clause and the
// head of its sentence: a few dozen units per amount, no scan of the paragraph.
import type { Entity } from '../types';
import { foldedStretch } from '../fold';
import { isClauseEnd, isSentenceEnd } from '../text';

/** Farthest back (UTF-16 units) a clause's head is looked for: a longer run is no clause read here. */
const MAX_CLAUSE = 64;
/** Farthest back a sentence's head is looked for. */
const MAX_SENTENCE = 160;

/**
 * Turns to `item` each amount of the paragraph read as a sum whose clause opens with one owner (above).
 * `entities` are the paragraph's, sorted, at `offset` in the text (`paragraph` starts there).
 */
export function scopeFromClauseOwner(paragraph: string, entities: readonly Entity[], offset: number): void {
  let companies: Map<number, number> | undefined;
  let previous: Entity | undefined;
  for (const e of entities) {
    if (e.label !== 'MONEY') continue;
    const before = previous;
    previous = e;
    if (e.role === 'threshold') continue;
    const at = e.start - offset;
    // `…签订项目金额达X,比上届Y翻了一倍`: the figure a comparison starts from is the same owner's as the one compared.
    if (before !== undefined && before.role !== 'threshold' && comparedWith(paragraph, before.end - offset, at)) {
      e.scope = before.scope;
      continue;
    }
    // `…总投资X,年度计划投资Y`: a clause that is nothing but another investment figure, right after the first, is the same owner's.
    if (before !== undefined && before.role !== 'threshold' && nextInvestmentFigure(paragraph, before.end - offset, at)) {
      e.scope = before.scope;
      continue;
    }
    if (e.scope !== 'aggregate') continue;
    const head = runHead(paragraph, at, isClauseEnd, MAX_CLAUSE);
    if (head < 0) continue;
    companies ??= companiesByStart(entities, offset);
    if (companyInvests(paragraph, companies, head, at) || namedPartOfWhole(paragraph, head, at) || describedSiteInvests(paragraph, head, at) || capitalOfCompanySetUp(paragraph, head, at)) e.scope = 'item';
  }
}

/** `,比上届X`, `,较去年同期X`: the figure before the amount compared with the same figure of an earlier year or edition. */
const COMPARED_WITH = /^(?:约|多|余|以上|左右)?,(?:比|较)(?:上届|上一届|上年|去年|前年)(?:同期)?$/;

/** The amount at `at` is what the figure ending at `end`, one clause before in its sentence, is compared with. */
function comparedWith(paragraph: string, end: number, at: number): boolean {
  return at - end <= 12 && COMPARED_WITH.test(foldedStretch(paragraph, end, at));
}

/** `,年度计划投资`, `,计划完成投资`: a clause holding only another investment figure of the same owner (this year's, planned). */
const NEXT_INVESTMENT_FIGURE = /^(?:约|多|余|以上|左右)?,(?:年度|当年|今年|全年)?(?:计划|预计)?(?:完成)?(?:总投资|投资)(?:额)?(?:约|达|为|超过|超|逾|近)?$/;

/** The amount at `at` is another investment figure, in the clause right after the figure ending at `end`. */
function nextInvestmentFigure(paragraph: string, end: number, at: number): boolean {
  return at - end <= 16 && NEXT_INVESTMENT_FIGURE.test(foldedStretch(paragraph, end, at));
}

/** Where each of the paragraph's companies ends in it, by where it starts. */
function companiesByStart(entities: readonly Entity[], offset: number): Map<number, number> {
  const map = new Map<number, number>();
  for (const e of entities) if (e.label === 'COMPANY') map.set(e.start - offset, e.end - offset);
  return map;
}

/** Start of the run holding `at` (after the last boundary before it), or -1 when none is within `reach`. */
function runHead(text: string, at: number, isBoundary: (c: number) => boolean, reach: number): number {
  const lo = Math.max(0, at - reach);
  for (let i = at - 1; i >= lo; i--) if (isBoundary(text.charCodeAt(i))) return i + 1;
  return lo === 0 ? 0 : -1;
}

/** Words that open a clause before its subject: a part, an example, one more of a list. */
const OPENING = /^(?:\s|其中|包括|包含|例如|比如|如|此外|另外|同时|同時)*/;

/**
 * `包括C有限公司在某县投资X`, `C公司未来5年规划投资X`: a company opening the clause, then at most a few words of
 * place, time or plan and its verb of investing, with no other party joined to it.
 */
const INVESTS_AFTER = /^(?:\([^)]{0,12}\))?[^,，;；。、和与及等]{0,16}?(?:追加)?(?:投资|增资|出资|斥资)(?:建设|兴建)?(?:约|达|超|逾|近|超过)?$/;
/** Words between the company and its verb that make the money several owners' or a running sum. */
const NOT_ONE_OUTLAY = /[0-9一二两三四五六七八九十]+(?:个|家|项)|累计|共|合计|各/;

function companyInvests(paragraph: string, companies: Map<number, number>, head: number, at: number): boolean {
  const subject = head + (OPENING.exec(paragraph.slice(head, at))?.[0].length ?? 0);
  const end = companies.get(subject);
  const between = end !== undefined && end <= at ? foldedStretch(paragraph, end, at) : plantInvesting(foldedStretch(paragraph, subject, at));
  return between !== undefined && INVESTS_AFTER.test(between) && !NOT_ONE_OUTLAY.test(between);
}

/** `某市的工厂已投资X`: one plant, where it stands before it, as the clause's subject (not counted, `两座工厂`). */
const ONE_PLANT = /^[^,，;；。、和与及等0-9一二两三四五六七八九十几多各]{1,12}的(?:新)?(?:工厂|厂区)/;

/** What follows one plant opening the clause, read as a company's outlay is; undefined when no plant opens it. */
function plantInvesting(clause: string): string | undefined {
  const plant = ONE_PLANT.exec(clause);
  return plant ? clause.slice(plant[0].length) : undefined;
}

/** A kind of money right before the amount, what a part or a site is said to cost. */
const INVESTMENT_CUE = '(?:计划|预计|拟|意向)?(?:总投资额|总投资|投资总额|投资额)(?:金额)?(?:约|达|为|超|逾|近|超过|高达)*';
/** `其中某某商业广场总投资X`: after `其中` (with its comma, in the clause before), a name and its investment. */
const PART_INVESTING = new RegExp(`^(?:其中,?)?([^,，;；:：、]{3,20}?)${INVESTMENT_CUE}$`);
/**
 * What makes a part a kind and not one named thing: a sector or a kind of project, how projects came in, a
 * level of government or a place, an origin or a kind of capital, a count or a list, a pointer, a stage.
 */
const KIND_OF_PART = /产业|行业|业$|类|项目|工程|企业|签约|引进|新增|列入|上台|[0-9一二两三四五六七八九十百千]|[省市县区]$|级|重点|重大|以上|外资|内资|民资|台资|港资|合同|协议|到位|全|我|该|这|此|本|年|月|批|等|和|与|及|共|累计|合计|计划|其他|其余|新建|在建|续建|开工|竣工|所有|各|固定资产|基础设施|政府|社会|民间|国有|财政/;

function namedPartOfWhole(paragraph: string, head: number, at: number): boolean {
  const clause = foldedStretch(paragraph, head, at);
  const part = PART_INVESTING.exec(clause);
  if (!part || KIND_OF_PART.test(part[1])) return false;
  // `其中,P…`: the comma cut `其中` off into the clause before.
  return clause.startsWith('其中') || (head >= 3 && foldedStretch(paragraph, head - 3, head - 1).endsWith('其中'));
}

/** `某某国际总建筑面积约10万平方米`: a site's name (or nothing, when an earlier clause named it), then its area or its land. */
const SITE_WITH_AREA = /^\s*([^,，;；:：。]{0,30}?)总?(?:建筑|规划|占地|用地)(?:面积|总面积)?(?:约|达|为)?[0-9.一二三四五六七八九十百千万]+/;
/** The amount's own clause holds nothing but its investment (`总投资金额约X`, `项目计划投资X`). */
const ONLY_INVESTMENT = /^(?:项目)?(?:计划|预计|拟|规划)?(?:总投资|投资总额|投资)(?:金额|额)?(?:约|达|为|超|逾|近|超过)*$/;
/** A site described that is several: a count, a batch, a list, those spoken of, a whole region. */
const MANY_SITES = /[0-9一二两三四五六七八九十百]+(?:个|家|项|宗|批|大)|批|等|、|和|与|及|这些|上述|全|各/;
/**
 * A zone a government administers (`某某经济开发区`, `某某高新区`): its planned area and investment are its
 * region's figures, many firms' (regionStatistic.ts reads such zones as regions), not one site's.
 */
const ADMINISTERED_ZONE = /开发区|高新区|经开区|新区/;
/** Clause ends that part a site's description from its investment (not `、`, which lists within one). */
const isCommaOrStop = (c: number): boolean => c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b || isSentenceEnd(c);

/**
 * `某某国际总建筑面积约10万平方米,总投资约X`, `某某物流园(一期),建筑面积57万平方米,总投资X`: the clause right before the
 * amount's gives one site's area (its name at its head, or in an earlier clause of the sentence), and the amount's
 * clause is its investment alone.
 */
function describedSiteInvests(paragraph: string, head: number, at: number): boolean {
  if (head === 0 || !isCommaOrStop(paragraph.charCodeAt(head - 1)) || !ONLY_INVESTMENT.test(foldedStretch(paragraph, head, at))) return false;
  const before = runHead(paragraph, head - 1, isCommaOrStop, MAX_CLAUSE);
  if (before < 0 || isSentenceEnd(paragraph.charCodeAt(head - 1))) return false;
  const site = SITE_WITH_AREA.exec(foldedStretch(paragraph, before, head - 1));
  if (site === null || MANY_SITES.test(site[1])) return false;
  if (site[1].trim() !== '') return !ADMINISTERED_ZONE.test(site[1]);
  // A clause opening its sentence names the site itself; a later one may leave it to the clauses before, which
  // then name one site, not projects counted or listed (`新开工项目46个,总建筑面积…,总投资X` is their sum).
  if (before === 0 || isSentenceEnd(paragraph.charCodeAt(before - 1))) return false;
  const start = runHead(paragraph, before - 1, isSentenceEnd, MAX_SENTENCE);
  const heading = start >= 0 ? foldedStretch(paragraph, start, before - 1) : '';
  return start >= 0 && !MANY_SITES.test(heading) && !ADMINISTERED_ZONE.test(heading);
}

/** The amount's clause is a registered capital alone (`注册资本X`, `注册资金为X`). */
const ONLY_REGISTERED_CAPITAL = /^(?:其)?注册(?:资本|资金)(?:总额)?(?:为|达|是|约)*$/;
/** `…出资成立C有限公司`, `组建“某某实业”`: a clause closing with one company set up (its name or its quoted name). */
const COMPANY_SET_UP = /(?:成立|组建|设立|注册)(?:了)?([^,，;；。]{2,40})(?:公司|集团|”|")$/;

/**
 * `由A公司和B公司共同出资成立C有限公司,注册资本X`: the capital of the one company set up in the clause right before,
 * not of several firms counted or listed there (`注册的港资企业达4564家,注册资本X` stays their sum).
 */
function capitalOfCompanySetUp(paragraph: string, head: number, at: number): boolean {
  if (head === 0 || !isCommaOrStop(paragraph.charCodeAt(head - 1)) || isSentenceEnd(paragraph.charCodeAt(head - 1))) return false;
  if (!ONLY_REGISTERED_CAPITAL.test(foldedStretch(paragraph, head, at))) return false;
  const before = runHead(paragraph, head - 1, isCommaOrStop, MAX_SENTENCE);
  const setUp = before >= 0 ? COMPANY_SET_UP.exec(foldedStretch(paragraph, before, head - 1)) : null;
  return setUp !== null && !MANY_SITES.test(setUp[1]);
}
