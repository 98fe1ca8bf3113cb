// Which company an amount is (the money of): the company the sentence names as its payer or
// investor (`C投资X`, `由C投资`, `投资方为C`, `总投资X,由C投资`), a
// registered company's brand, or the paragraph's company gone on about (`该公司…`). The order the
// rules are asked in is linksOf's, in links.ts; the company of a project is companyOfProject.ts's.
import type { LinkSpan } from './linkNames';
import { placeSubjectAny, SIGNING_AFTER, signedWith, WITH_SIGNER } from './linkClauses';
import { ANNOUNCES_AFTER, WINDOW, type LinkContext } from './linkContext';
import type { Topic } from './linkTopic';
import { signsWithParty } from './companySigns';
import { ONE_OF_BUILDERS } from './companyOfProject';
import { leadOfPayingList } from './partnersListed';

/**
 * A word that makes a company an instrument or a party, not the payer: `利用C投资契机`, also when the company
 * is called a subsidiary first (`对全资子公司C增资X`), or the company that receives capital (`C1增资C2 X`: C1 pays); not the copula of `签约项目为C的…项目` or `另一件投资案为C申请…`, which says
 * whose the project or the case is.
 */
const NOT_PAYER_BEFORE = /(?:利用|借助|依托|通过|增资|注资|(?<!项目|案)为|向|对|帮助|吸引|引进|引入|服务|联合)\s*(?:其)?(?:全资|控股)?(?:子公司)?\s*$/;
const BY = /由\s*$/;
/** `K引进C投资X`: the company brought in is the one that then invests (引进 and 吸引 take it as their object and their verb's subject). */
const BROUGHT_IN_BEFORE = /(?:引进|引入|吸引)\s*$/;
const INVESTS_NEXT = /^\s*(?:拟|计划|将|共)?(?:总)?投资/;
/** `P项目投资方为C`: the company named as the project's investor or builder. */
const INVESTOR_OF = /(?:投资方|投资主体|投资商|建设单位|业主单位|实施主体)\s*(?:为|是)\s*$/;
/** `以(全资子公司)C为投资主体` (AS_INVESTOR_BEFORE, then AS_INVESTOR_AFTER): the same role said with 以 before the company and the role after it. */
const AS_INVESTOR_BEFORE = /以\s*(?:其)?(?:全资|控股)?(?:子公司)?\s*$/;
const AS_INVESTOR_AFTER = /^\s*(?:为|作为)(?:项目)?(?:投资主体|实施主体|建设主体|投资方)/;
/** A sentence (or clause) that opens with 该公司: it goes on about the company named before. */
const COMPANY_GOES_ON = /(?:^|[。;,])\s*(?:该|此|这家)公司/;
/**
 * `C投资X建设…(no project named)。项目投产达效后,预计年销售Y`: a clause opened by what the project yields once
 * built goes on about the company's unnamed project, so about the company.
 */
const ITS_PROJECT_GOES_ON = /(?:^|[。;,])\s*(?:该|此|这个|整个)?项目(?:全部|全面|正式)?(?:建成|投产|达产|达效)/;
/** An amount closing a list of payers (`…投资Y等`). */
const LIST_CLOSED = /^\s*(?:左右|多)?\s*等/;
/** Farthest an amount is read as going on about the paragraph's earlier company (UTF-16 units). */
const MAX_SAID_ON = 240;
/** `…总投资X,由(外地引进的)C投资`, `…总投资X,该项目是C成立的…`: the investor named after the amount. */
const BY_AFTER = /^\s*,\s*(?:由[^,;:。]{0,16}|(?:该|此|这个)项目(?:是|系|为)(?:由)?)$/;
/**
 * `总投资X,投资方是C`, `总投资X(Y),投资方为C`: the company named after the amount by its part in the project, the
 * clause after the amount saying whose money it is.
 */
const INVESTOR_NAMED_AFTER = /^\s*\)?\s*,\s*(?:其|该项目的?|项目的?)?(?:投资方|投资主体|投资商|建设单位|业主单位|实施主体)\s*(?:为|是|系)\s*$/;
/** `X(Y)`: an amount glossed in another currency right after it. */
const GLOSS_OPENS = /^\s*\(\s*$/;

/** The amount right after amount `i`, in brackets, glosses it (`60亿元(8.7亿美元)`). */
function glossAfter(ctx: LinkContext, i: number, to: number): boolean {
  const next = ctx.spans[i + 1];
  if (!next || i + 1 >= to || next.entity.label !== 'MONEY') return false;
  const gap = ctx.structure.gap(ctx.spans[i].entity.end, next.entity.start);
  return gap !== undefined && GLOSS_OPENS.test(gap);
}

/** What the company named after the amount does: invest, or found the project (`该项目是C成立的…`). */
const INVESTS_AFTER = /^(?:投资|出资|投建|独资|全资|成立|建设|兴建)/;

/** `由C投资`, `投资方为C`: the company named before the amount as the one that invests. */
export function byCompany(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY') continue;
    if (span.named && investsBefore(ctx, span)) return span;
  }
  return undefined;
}

/** `C投资X的…`: only the verb of paying (and an intention or `总`) between the investor and the amount. */
const PAYS_RIGHT_BEFORE = /^\s*(?:拟|计划|将|已|共)?总?(?:投资|出资|斥资)\s*(?:约|超|逾|近)?\s*$/;

/**
 * `C1投资X的C2P项目`: the company right before the amount, paying it, is its investor, over the company
 * written after it (the one the money sets up or the project's own); not one of a list (`C0和C1投资X`).
 */
export function investorRightBefore(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const prev = i - 1 >= from ? ctx.spans[i - 1] : undefined;
  if (!prev || prev.entity.label !== 'COMPANY' || !prev.named) return undefined;
  if (ONE_OF_BUILDERS.test(ctx.structure.before(prev.entity.start, 2))) return undefined;
  const gap = ctx.structure.gap(prev.entity.end, ctx.spans[i].entity.start);
  return gap !== undefined && PAYS_RIGHT_BEFORE.test(gap) ? prev : undefined;
}

/** Between a project ending one item of a list and the next item's company: the joiner (`、 与 和 及`), a phase or works between. */
const NEXT_ITEM_JOINER = /^\s*(?:(?:[一二三四五首]|第[一二三四五])期)?(?:工程)?\s*[、与和及]\s*$/;

/**
 * `投资X1的P1项目、C投资X2的P2项目`, `C1计划投资X1的P1项目与C2计划投资X2的P2项目`: the company right before the amount
 * (PAYS_RIGHT_BEFORE) opens the next item of a list of investments, the item before closed by its project, its own
 * money before it. The joiner joins items, not partners: the company pays its item's money alone, over any company
 * the recogniser read after the amount.
 */
export function listedItemInvestor(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const company = i - 1 >= from ? ctx.spans[i - 1] : undefined;
  if (!company || company.entity.label !== 'COMPANY' || !company.named || i - 3 < from) return undefined;
  const project = ctx.spans[i - 2];
  const money = ctx.spans[i - 3];
  if (project.entity.label !== 'PROJECT' || money.entity.label !== 'MONEY' || money.entity.scope !== 'item') return undefined;
  const joiner = ctx.structure.gap(project.entity.end, company.entity.start);
  const pays = ctx.structure.gap(company.entity.end, ctx.spans[i].entity.start);
  return joiner !== undefined && NEXT_ITEM_JOINER.test(joiner) && pays !== undefined && PAYS_RIGHT_BEFORE.test(pays) ? company : undefined;
}

/** `C(注册资本X)`: a bracket right after a company's name that states its capital. */
const OWN_CAPITAL_GLOSS = /^\s*\(\s*(?:注册资本|注册资金|实收资本|资本金|注册股本)\s*(?:为|:)?\s*(?:约|人民币|美元|港元)?\s*$/;

/**
 * `对全资子公司C(注册资本X)增资Y`: the capital glossed in brackets right after a company's name is that company's,
 * whatever the sentence then does with it (the money it puts into the company is the investor's).
 */
export function capitalGlossed(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const prev = i - 1 >= from ? ctx.spans[i - 1] : undefined;
  if (!prev || prev.entity.label !== 'COMPANY' || !prev.named) return undefined;
  const gap = ctx.structure.gap(prev.entity.end, ctx.spans[i].entity.start);
  return gap !== undefined && OWN_CAPITAL_GLOSS.test(gap) ? prev : undefined;
}

/** `由C`, `投资方为C`: the company is introduced as the one that invests in what it is said with. */
export function investsBefore(ctx: LinkContext, company: LinkSpan): boolean {
  return (
    BY.test(ctx.structure.before(company.entity.start, 3)) ||
    INVESTOR_OF.test(ctx.structure.before(company.entity.start, 8)) ||
    (AS_INVESTOR_BEFORE.test(ctx.structure.before(company.entity.start, 8)) && AS_INVESTOR_AFTER.test(ctx.structure.after(company.entity.end, 8)))
  );
}

/**
 * `总投资X,由(外地引进的)C投资`: the company named as the investor right after the amount; a
 * description of it written as a company name just before (`由某地属地化公司C投资`) is passed over.
 */
export function byCompanyAfter(ctx: LinkContext, i: number, to: number): LinkSpan | undefined {
  // `总投资X(Y),投资方是C`: the amount's gloss in brackets is passed over (the gap then opens with its `)`).
  const said = glossAfter(ctx, i, to) ? i + 1 : i;
  const next = ctx.spans[said + 1];
  if (!next || said + 1 >= to || next.entity.label !== 'COMPANY') return undefined;
  const gap = ctx.structure.gap(ctx.spans[said].entity.end, next.entity.start);
  // One of several investors (`投资方是C1和C2`) is no investor alone.
  if (gap !== undefined && next.named && INVESTOR_NAMED_AFTER.test(gap)) return LISTED_AFTER.test(ctx.structure.after(next.entity.end, 4)) ? undefined : next;
  if (said !== i || gap === undefined || !BY_AFTER.test(gap)) return undefined;
  for (let k = i + 1; k < to && k <= i + 2 && ctx.spans[k].entity.label === 'COMPANY'; k++) {
    const company = ctx.spans[k];
    if (k > i + 1 && company.entity.start !== ctx.spans[k - 1].entity.end) break;
    if (company.named && INVESTS_AFTER.test(ctx.structure.after(company.entity.end, 4))) return company;
  }
  return undefined;
}

/**
 * `年度投资逾X的全球封测龙头C`: after the amount, 的 and a short description (no clause break, no other
 * party: `由 与 和 向 对 为 在 被`) run into the company the money describes.
 */
const DESCRIBED_COMPANY_GAP = /^\s*(?:左右|以上|多|余)?\s*的[^,;:。、由与和向对为在被]{0,16}$/;

/** The company right after the amount that the amount describes (`投资X的…龙头C`). */
export function companyDescribedAfter(ctx: LinkContext, i: number, to: number): LinkSpan | undefined {
  const next = ctx.spans[i + 1];
  if (!next || i + 1 >= to || next.entity.label !== 'COMPANY' || !next.named) return undefined;
  const gap = ctx.structure.gap(ctx.spans[i].entity.end, next.entity.start);
  return gap !== undefined && DESCRIBED_COMPANY_GAP.test(gap) ? next : undefined;
}

/** A company followed by the next name of a list (`C、`, `C和`, `C,以及…`): one of several, no payer alone. */
const LISTED_AFTER = /^(?:[、和及与等]|\s*[,，]\s*以及)/;
/**
 * `…总投资X的C…、总投资Y的P项目`, `投资X的C某某园,与投资Y的D园`: the amount opens the next item of a list (after `、`, or a
 * comma and a joiner), with its own label.
 */
const NEXT_ITEM_LABEL = /(?:、|[,，]\s*[与和])\s*(?:总投资|计划投资|投资)\s*(?:约|达|为|额)?\s*$/;

/**
 * `与C洽谈的产业园区基础工程建设项目,计划投资X`: the company a project is negotiated with is the party that would build it
 * (as `与C洽谈的P项目` is for a project the recogniser finds), so the money of that project is its own.
 */
const NEGOTIATES_PROJECT = /^\s*(?:正在)?洽谈(?:中)?的[^,;:。、]{0,16}项目/;

/** `A、C`, `A和C`: a name right after a list's joiner (`,以及` joins clauses, not names). */
const LIST_JOINER_BEFORE = /[、和及]$/;
const CLAUSES_JOINED_BEFORE = /[,;]以及$/;

/** `C(计划)投资X`, `C在K投资X`: the company before the amount that pays it. */
export function payerBefore(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  for (let j = i - 1; j >= from && j >= i - WINDOW; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PROJECT') return undefined;
    if (span.entity.label !== 'COMPANY') continue;
    if (!span.named) continue;
    // Room for the longest word before the company and `全资子公司` (every test on it is anchored at its end).
    const before = ctx.structure.before(span.entity.start, 9);
    if (NOT_PAYER_BEFORE.test(before) && !broughtInToInvest(ctx, span, before)) continue;
    // `C0联合C1、C2…X`: the partners the lead joins pay nothing of their own; the lead, before them, is the payer.
    if (LIST_JOINER_BEFORE.test(before) && joinedByLead(ctx, j)) continue;
    const signs = WITH_SIGNER.test(before) && (SIGNING_AFTER.test(ctx.structure.after(span.entity.end, 16)) || NEGOTIATES_PROJECT.test(ctx.structure.after(span.entity.end, 24)));
    // One of a list of companies pays nothing alone; a company that signs with a park is no list.
    const listed = LISTED_AFTER.test(ctx.structure.after(span.entity.end, 4)) && !signsWithPark(ctx, j) && !signsWithParty(ctx, j);
    // `…项目,以及C计划投资…`: after a comma, 以及 joins clauses, not the names of a list.
    // `C1、C2投资X`: the list pays together, its first company leading (partnersListed.ts).
    if (!signs && (listed || (LIST_JOINER_BEFORE.test(before) && !CLAUSES_JOINED_BEFORE.test(before) && !afterListedItem(ctx, j)))) return listed ? undefined : leadOfPayingList(ctx, j, i);
    if (WITH_SIGNER.test(before) && !signs) continue;
    const gap = ctx.structure.gap(span.entity.end, amount.entity.start);
    if (gap === undefined || placeSubjectAny(gap) || NEXT_ITEM_LABEL.test(gap) || listClosedBetween(ctx, j, i)) return undefined;
    return span;
  }
  return undefined;
}

/** Between partners of one list (`C1、C2`, `C1和C2`). */
const PARTNERS_JOINED = /^\s*[、和及与]\s*$/;
/** Between the lead and the partners it joins (`C0联合C1`, `C0将联合C1`). */
const LEAD_JOINS = /^\s*(?:将|已|拟)?\s*联合\s*$/;

/**
 * `美旗集团联合C1、C2已与某市达成X的投资项目`: the company at span `j` is a partner of a list whose first item follows a
 * named company and `联合`: the list is what the lead joins, not several payers, so the scan goes on to the lead.
 */
function joinedByLead(ctx: LinkContext, j: number): boolean {
  let first = j;
  while (first > 0 && j - first < WINDOW) {
    const prev = ctx.spans[first - 1];
    const gap = ctx.structure.gap(prev.entity.end, ctx.spans[first].entity.start);
    if (prev.entity.label !== 'COMPANY' || gap === undefined) return false;
    if (LEAD_JOINS.test(gap)) return prev.named;
    if (!PARTNERS_JOINED.test(gap)) return false;
    first--;
  }
  return false;
}

/** `K引进C拟投资X建设P`: the company brought in is the subject of the investing verb right after it. */
function broughtInToInvest(ctx: LinkContext, company: LinkSpan, before: string): boolean {
  return BROUGHT_IN_BEFORE.test(before) && INVESTS_NEXT.test(ctx.structure.after(company.entity.end, 6));
}

/** A phase or the works of a project written after its name (`P项目一期工程`): the item still ends there. */
const PROJECT_TAIL = /^\s*(?:(?:[一二三四五首]|第[一二三四五])期)?(?:工程)?\s*、\s*$/;
/**
 * Between one company's amount and the next company of a list of investors (`C1投资X及C2投资Y`), also when the
 * amount's item goes on to what it builds, a project the recogniser left out (`C1投资X的绿色产业园项目、C2投资Y`).
 */
const AFTER_AMOUNT = /^\s*(?:等|的[^,;:。、]{1,24}项目)?\s*[、和及]\s*$/;

/** `C1投资X;C2投资Y等,预计各公司…年产值Z`: an amount closing a list of payers hands the list's sums to none of them. */
function listClosedBetween(ctx: LinkContext, j: number, i: number): boolean {
  for (let k = j + 1; k < i; k++) {
    if (ctx.spans[k].entity.label === 'MONEY' && LIST_CLOSED.test(ctx.structure.after(ctx.spans[k].entity.end, 4))) return true;
  }
  return false;
}

/**
 * `A公司投资X的P项目、C投资Y的Q项目`: after a whole project of a list (its name ends right before the
 * separator, or its phase or works do: `P项目一期工程、`), a company opens the next item, the one whose
 * money follows; so it does after an amount (`C1扩厂投资X及C2扩厂投资Y`). It is no list of companies.
 */
function afterListedItem(ctx: LinkContext, j: number): boolean {
  const prev = j > 0 ? ctx.spans[j - 1] : undefined;
  if (!prev || prev.sentence !== ctx.spans[j].sentence) return false;
  const gap = ctx.structure.gap(prev.entity.end, ctx.spans[j].entity.start);
  if (gap === undefined) return false;
  if (prev.entity.label === 'PROJECT') return PROJECT_TAIL.test(gap);
  return prev.entity.label === 'MONEY' && prev.entity.scope === 'item' && AFTER_AMOUNT.test(gap);
}

/** `C与K`: the word that makes the park after the company its other party. */
const WITH_GAP = /^\s*(?:与|和|同)\s*$/;

/** `C与K签订协议`: the company at span `j` signs with the park written right after 与. */
function signsWithPark(ctx: LinkContext, j: number): boolean {
  const park = ctx.spans[j + 1];
  if (!park || park.entity.label !== 'PARK' || park.sentence !== ctx.spans[j].sentence) return false;
  const gap = ctx.structure.gap(ctx.spans[j].entity.end, park.entity.start);
  return gap !== undefined && WITH_GAP.test(gap) && signedWith(ctx.structure, park);
}

/**
 * `格力电器投资50亿元`, `格力电器2010年实现营业收入608亿元`: a registered company's brand in the
 * amount's sentence before it, with no company or project span between, is the payer or earner; so is
 * a short name the article gave a company (`某某君阳将负责注资X`, `现时目标公司缴足股本为X`).
 */
export function brandBefore(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  if (ctx.writtenAgain.length === 0) return undefined;
  for (let j = from; j < i; j++) if (ctx.spans[j].entity.label === 'COMPANY' || ctx.spans[j].entity.label === 'PROJECT') return undefined;
  const lead = ctx.leadOf(ctx.spans[i]);
  const found = ctx.writtenAgain.filter(({ brand }) => lead.includes(brand));
  return found.length === 1 ? found[0].span : undefined;
}

/**
 * `宏远机电(600000)公布,公司拟在K投资建设P项目。…项目投资额约X,达产后年产值Y`: in an announcement, an item
 * amount no other rule gave a company (the caller asks last), its sentence (spans [from, to)) naming no other
 * company, is the announcing company's (the one company announcing in the article: `LinkContext.announcer`).
 */
export function announcerByDefault(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  const announcer = ctx.announcer();
  if (!announcer) return undefined;
  for (let j = from; j < to; j++) if (ctx.spans[j].entity.label === 'COMPANY' && ctx.spans[j].name !== announcer.name) return undefined;
  return announcer;
}

/** A sentence opened by `公司` (after a date at most). */
const COMPANY_OPENS = /^[\s,0-9年月日号]*(?:本)?公司/;

/**
 * `宏远机电晚间公告,…。2013年4月12日,公司与某区政府签订…,公司拟投资3-5亿元`: in an announcement, a
 * sentence opened by `公司` speaks of the announcing company, when no company or project is named
 * before the amount.
 */
export function announcerSpeaking(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  for (let j = from; j < i; j++) if (ctx.spans[j].entity.label === 'COMPANY' || ctx.spans[j].entity.label === 'PROJECT') return undefined;
  const amount = ctx.spans[i];
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (!COMPANY_OPENS.test(ctx.structure.gap(start, Math.min(amount.entity.start, start + 16)) ?? '')) return undefined;
  return ctx.announcer();
}

/**
 * `C…投资总额X。该公司是一家…企业。预计年可实现产值Y`: after the paragraph's company earned or paid an
 * amount, a sentence opened by 该公司 goes on about it, up to the next company or project named.
 */
export function payerGoneOn(ctx: LinkContext, i: number, topic: Topic): LinkSpan | undefined {
  const payer = topic.payer;
  const amount = ctx.spans[i];
  if (!payer) return undefined;
  // Distance first (a subtraction), then the spans between: nothing but amounts.
  const end = ctx.spans[payer.at].entity.end;
  if (amount.entity.start - end > MAX_SAID_ON || !onlyAmountsOrWhatItBuilds(ctx, payer.at, i)) return undefined;
  // `C1投资X;C2投资Y等,预计各公司…产值Z`: the last of a list closed by 等 hands nothing on to the list's sums.
  if (LIST_CLOSED.test(ctx.structure.after(end, 4))) return undefined;
  // `…产值Y,税收Z`: the amounts after it in its sentence are still its own.
  if (ctx.spans[payer.at].sentence === amount.sentence) return payer.company;
  if (placeSubjectAny(ctx.leadOf(amount))) return undefined;
  const stretch = ctx.structure.foldedCut(end, amount.entity.start);
  if (COMPANY_GOES_ON.test(stretch)) return payer.company;
  // The unnamed project goes on in the next sentence only, and not past a factory opening its own.
  const next = amount.sentence === ctx.spans[payer.at].sentence + 1;
  return next && ITS_PROJECT_GOES_ON.test(stretch) && !factoryOpens(ctx, amount) ? payer.company : undefined;
}

/**
 * Between the payer's amount and this one, only amounts, or a park in the payer's own sentence: what its
 * money builds (`C拟投资X建设K低碳产业园`), no new subject. Bounded as the caller's distance is (MAX_SAID_ON).
 */
function onlyAmountsOrWhatItBuilds(ctx: LinkContext, at: number, i: number): boolean {
  if (i - at > MAX_SAID_ON) return false;
  const sentence = ctx.spans[at].sentence;
  for (let k = at + 1; k < i; k++) {
    const span = ctx.spans[k];
    if (span.entity.label !== 'MONEY' && !(span.entity.label === 'PARK' && span.sentence === sentence)) return false;
  }
  return true;
}

/**
 * `…生产线已完成投资Y,C年产…生产线已完成投资Z`: the company opening a later clause of the sentence,
 * with money of its own after it, is that money's subject, not the amount's before it.
 */
export function subjectOfLaterMoney(ctx: LinkContext, company: LinkSpan | undefined, i: number, to: number): boolean {
  if (!company || company.pos < i) return false;
  for (let j = company.pos + 1; j < to && j <= company.pos + WINDOW; j++) if (ctx.spans[j].entity.label === 'MONEY') return true;
  return false;
}

/**
 * `白鹭食品厂计划总投资X`: a sentence opened by a factory's name (no COMPANY span: the recogniser leaves
 * such names out) and what it plans or invests has a subject of its own.
 */
const FACTORY_OPENS = /^[\s,0-9年月日号]*[\u4e00-\u9fff]{2,12}厂(?:计划|拟|将|已|总投资|投资)/;
/** How far into the sentence that opening is read (UTF-16 units). */
const FACTORY_REACH = 24;

/** Does the amount's sentence open with a factory of its own (`某某食品厂计划投资…`)? */
export function factoryOpens(ctx: LinkContext, amount: LinkSpan): boolean {
  const start = ctx.structure.sentenceStart(amount.sentence);
  return FACTORY_OPENS.test(ctx.structure.gap(start, Math.min(amount.entity.start, start + FACTORY_REACH)) ?? '');
}

/** Does the sentence name another payer (a company, a factory or a place as subject) before the amount? */
export function otherSubjectBefore(ctx: LinkContext, i: number, from: number, topic: Topic): boolean {
  const amount = ctx.spans[i];
  for (let j = Math.max(from, i - WINDOW); j < i; j++) {
    const span = ctx.spans[j];
    if (span.entity.label === 'COMPANY' && span !== topic.company) return true;
  }
  if (placeSubjectAny(ctx.leadOf(amount)) || factoryOpens(ctx, amount)) return true;
  // Without a company in the sentence, the topic company holds for an item amount of its profile.
  return !topic.company;
}

/** A sentence opened by `该公司` (after a time or a connective at most). */
const OPENS_WITH_THE_COMPANY = /^\s*(?:[,，]\s*)?(?:该|此|这家)(?:公司|企业)/;

/** How many spans back the sentence before is read for its company. */
const BEFORE_REACH = 8;

/**
 * `日前,位于K的C办公楼进入装潢阶段。该公司主要生产…,预计年销售Y`: a sentence opened by 该公司 goes on
 * about the one company the sentence right before it named (same paragraph, no project there),
 * with only amounts between that sentence and this amount.
 */
export function companyOfSentenceBefore(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  const amount = ctx.spans[i];
  if (!ctx.onlyAmountsBetween(from - 1, i) || from === 0) return undefined;
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (!OPENS_WITH_THE_COMPANY.test(ctx.structure.foldedCut(start, start + 8))) return undefined;
  let company: LinkSpan | undefined;
  for (let j = from - 1; j >= 0 && j >= from - BEFORE_REACH; j--) {
    const span = ctx.spans[j];
    if (span.sentence !== amount.sentence - 1 || span.paragraph !== amount.paragraph) break;
    if (span.entity.label === 'PROJECT') return undefined;
    if (span.entity.label !== 'COMPANY' || !span.named) continue;
    if (company && company.name !== span.name) return undefined;
    company = span;
  }
  return company;
}

/** `C项目` with no name of its own after the company; not its project department, team or manager. */
const OWN_PROJECT_AFTER = /^项目(?![部组经负])/;

/**
 * `位于K的C项目工地上,…。这个项目总投资X`: a company written right before a bare `项目` (no PROJECT
 * span there) speaks of the company's own, unnamed project: the sentences after it that go on about
 * `该项目` go on about that company, not about a project named earlier. One such company only.
 */
function companyOwnProject(ctx: LinkContext, from: number, to: number): LinkSpan | undefined {
  let found: LinkSpan | undefined;
  for (let j = from; j < to; j++) {
    const span = ctx.spans[j];
    if (span.entity.label !== 'COMPANY' || !span.named) continue;
    const next = ctx.spans[j + 1];
    if (next && next.entity.start === span.entity.end) continue;
    if (!OWN_PROJECT_AFTER.test(ctx.structure.after(span.entity.end, 12))) continue;
    if (found && found.name !== span.name) return undefined;
    found = span;
  }
  return found;
}

/**
 * `C项目工地上…`: from this sentence on, the company's own project, unnamed, is what `该项目` speaks of;
 * a project or company subject named later (`subject`) ends it.
 */
export function readOwnProject(ctx: LinkContext, from: number, to: number, topic: Topic, subject: LinkSpan | undefined): void {
  const company = companyOwnProject(ctx, from, to);
  if (company) {
    topic.ownProjectOf = company;
    topic.project = undefined;
  } else if (subject) topic.ownProjectOf = undefined;
}

/** `总投资X的N`: the amount describes the thing named after it, its owner. */
const DESCRIBES_AFTER = /^\s*(?:左右|以上|多|余)?\s*的/;

/**
 * `C计划投资X在园区建设11个项目。6月15日,投资Y的P项目将开工`: an amount describing the project named right after it
 * (`投资Y的P项目`, P the amount's project), in a sentence after the one of the paragraph's company, opens an item of its
 * own: P, which the text never tied to that company (the caller asks only then), may be anyone's, and the company
 * carried from the sentence before is not said to pay it (absent is better than wrong).
 */
export function describesItsOwnProject(ctx: LinkContext, i: number, project: LinkSpan | undefined, company: LinkSpan | undefined): boolean {
  const amount = ctx.spans[i];
  const next = ctx.spans[i + 1];
  if (!project || !company || company.sentence === amount.sentence || !next || next.entity.label !== 'PROJECT' || next.name !== project.name) return false;
  const gap = ctx.structure.gap(amount.entity.end, next.entity.start);
  return gap !== undefined && DESCRIBES_AFTER.test(gap);
}

/**
 * `C项目工地上…。这个项目总投资X`: with no project named since (the caller asks only then), the
 * paragraph's unnamed project of the company is the amount's; not an amount that describes a thing
 * named after it (`与此同时,总投资Y的某某厂房已封顶`).
 */
export function ownProjectCompany(ctx: LinkContext, i: number, topic: Topic): LinkSpan | undefined {
  const own = topic.ownProjectOf;
  if (!own || DESCRIBES_AFTER.test(ctx.structure.after(ctx.spans[i].entity.end, 6))) return undefined;
  // `C1项目一期投资X,项目建成后…;C2主要从事…,项目总投资Y,…项目建成后,年销售额Z`: a company named after C1 has paid an
  // item amount since, the talk has moved on from C1's project (which company's `项目` Z is, is not said as surely).
  const payer = topic.payer?.company;
  if (payer && payer.name !== own.name && payer.entity.start > own.entity.start) return undefined;
  return own;
}

/**
 * A clause opened by `公司` or `企业` (`该公司`, `这家企业`), not a count (`企业家`, `企业数`): the sentence takes up a
 * company named before it instead of naming one (`…设立C。…设立之初,公司注册资本X`, `一年后,企业完成首期投资Y`).
 * The lead is prefixed with `,` when it starts the sentence, so a sentence's opening counts as a clause's.
 */
const COMPANY_WORD_OPENS = /[,:;]\s*(?:该|此|这家)?(?:公司|企业)(?![家数个])/;
/**
 * A company pointed back at with a short description anywhere in the amount's sentence before it (`这是该公司在海外的
 * 首家工厂,投资额为X`, `这家中国公司在某国的第一家工厂投资了Y`, `该德国企业…`): `该`/`这家`, then a few words with no
 * clause mark or digit, then `公司`/`企业`. Not a batch, a class or a region's firms (`该批企业`, `该区企业`, `这些企业`).
 */
const COMPANY_POINTED_BACK = /(?:该|这家)(?![次批类些区县市镇乡村省园])[^,:;。、\d]{0,10}?(?:公司|企业)(?![家数个])/;
/** How far before the amount its clause opening is read (UTF-16 units). */
const TAKEN_UP_LEAD = 80;
/** Farthest the company taken up stands before the amount's sentence (UTF-16 units). */
const MAX_TAKEN_UP = 400;

/**
 * `…在K设立C。…1994年设立之初,公司注册资本X`, `今年,这家企业投入Y`: the amount's clause is opened by a company
 * word, its sentence names no company or project of its own before it, so the last company named before the
 * sentence (a few spans and at most MAX_TAKEN_UP back) is the one taken up (`onlyOneTakenUp`).
 */
export function companyTakenUp(ctx: LinkContext, i: number, from: number): LinkSpan | undefined {
  for (let j = from; j < i; j++) if (ctx.spans[j].entity.label === 'COMPANY' || ctx.spans[j].entity.label === 'PROJECT') return undefined;
  const amount = ctx.spans[i];
  const start = ctx.structure.sentenceStart(amount.sentence);
  const leadStart = Math.max(start, amount.entity.start - TAKEN_UP_LEAD);
  const lead = (leadStart === start ? ',' : '') + ctx.structure.foldedCut(leadStart, amount.entity.start);
  if (!COMPANY_WORD_OPENS.test(lead) && !COMPANY_POINTED_BACK.test(lead)) return undefined;
  for (let j = from - 1; j >= 0 && j >= from - WINDOW; j--) {
    const span = ctx.spans[j];
    if (start - span.entity.end > MAX_TAKEN_UP) return undefined;
    if (span.entity.label === 'COMPANY' && span.named) return onlyOneTakenUp(ctx, span) ? span : undefined;
  }
  return undefined;
}

/**
 * The company named last is the one taken up unless it is one of several (`C1和C2新厂房…。该公司…`: which one
 * is not said) or announces (`C晚间公告。…公司拟投资X`: an announcement's 公司 is `announcerSpeaking`'s).
 */
function onlyOneTakenUp(ctx: LinkContext, company: LinkSpan): boolean {
  const after = ctx.structure.after(company.entity.end, 16);
  return !ONE_OF_BUILDERS.test(ctx.structure.before(company.entity.start, 2)) && !LISTED_AFTER.test(after) && !ANNOUNCES_AFTER.test(after);
}
