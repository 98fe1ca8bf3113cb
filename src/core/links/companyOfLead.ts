// The company an article opens with goes on in the paragraph after it when that paragraph opens
// with the company's works: `5月8日,C某某基地开工奠基仪式在K举行。`⏎`该基地占地百亩,…总投资X`,
// `由C投资X的P项目将开工。`⏎`该项目投产后,…;此项目包括总投资Y的Q项目`. The paragraph names no company
// of its own, so nothing else says whose money it is; the paragraph before was about C (its
// subject, or the payer of its money), and C is the first company of the article (a company named
// later, a subsidiary or a partner, is no such lead). And the company the article's lead shows
// investing is the investor of an amount nothing else ties to a project or a company (leadInvestor).
import { factoryOpens } from './companyOfAmount';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { onlyBlankBetween, SOURCE_LEAD, type Topic } from './linkTopic';

/**
 * A paragraph opened by the works the paragraph before spoke of: `该基地…`, `此项目…`, `该制造基地…`, or
 * `项目一期…`, `项目建成后…`, after a word saying where the news comes from at most (`据悉,` `公告显示,`).
 */
const OPENS_WITH_ITS_WORKS = new RegExp(
  `^\\s*(?:(?:${SOURCE_LEAD}|公告显示|公告称)\\s*[,，]?\\s*)?` +
    '(?:(?:该|此|本)[\\u4e00-\\u9fff]{0,4}(?:项目|基地|工厂|厂区)|项目(?:[一二三]期|建成|投产|达产|全部|全面|落地|竣工|规划|由|分|将|总投资|计划))',
);
/** How far into the paragraph its opening is read (UTF-16 units). */
const OPENING_REACH = 16;

/** The first company the article names (read once per article). */
const firstCompanies = new WeakMap<LinkContext, LinkSpan | null>();

function firstCompany(ctx: LinkContext): LinkSpan | null {
  let first = firstCompanies.get(ctx);
  if (first === undefined) {
    first = ctx.spans.find((span) => span.entity.label === 'COMPANY' && span.named) ?? null;
    firstCompanies.set(ctx, first);
  }
  return first;
}

/**
 * The company the paragraph starting at span `from` goes on about, from the topic `last` the
 * paragraph before (`lastParagraph`, blank lines between at most) ended with; undefined when none.
 */
export function leadCompanyGoesOn(ctx: LinkContext, last: Topic, lastParagraph: number, from: number): LinkSpan | undefined {
  const company = last.company ?? last.payer?.company;
  if (!company || lastParagraph < 0 || company.name !== firstCompany(ctx)?.name) return undefined;
  const paragraph = ctx.spans[from].paragraph;
  const { start, end } = ctx.structure.paragraph(paragraph);
  if (!OPENS_WITH_ITS_WORKS.test(ctx.structure.gap(start, Math.min(end, start + OPENING_REACH)) ?? '')) return undefined;
  if (!onlyBlankBetween(ctx, lastParagraph, paragraph)) return undefined;
  for (let j = from; j < ctx.spans.length && ctx.spans[j].paragraph === paragraph; j++) if (ctx.spans[j].entity.label === 'COMPANY') return undefined;
  return company;
}

/** How far into the article its lead is read for the company that invests (UTF-16 units). */
const LEAD_REACH = 300;
/** After a company, in its clause: its investing verb (`C拟投资`, `C计划出资`, `C斥资`, `C投资的P`). */
const INVESTS_AFTER = /^[^,;:。]{0,10}?(?:投资|投建|出资|斥资|增资)/;
/** How far after the company its verb is read (UTF-16 units). */
const VERB_REACH = 14;
/** `总投资X的P`: the amount describes a thing named after it, which may be anyone's. */
const DESCRIBES_AFTER = /^\s*(?:左右|以上|多|余)?\s*的/;

/** The article's lead investor, and where each paragraph first names another company (read once per article). */
interface LeadInvestor {
  company: LinkSpan;
  otherCompanyAt: Map<number, number>;
}
const leadInvestors = new WeakMap<LinkContext, LeadInvestor | null>();

/**
 * The one company the article's lead shows investing (`今天,C投资的P开工`, `成功吸引C投资X建设…`), under one
 * name (a longer or shorter form of it counts as the same); none when the lead shows two investing.
 */
function readLeadInvestor(ctx: LinkContext): LeadInvestor | null {
  let company: LinkSpan | undefined;
  for (const span of ctx.spans) {
    if (span.entity.start >= LEAD_REACH) break;
    if (span.entity.label !== 'COMPANY' || !span.named || !INVESTS_AFTER.test(ctx.structure.after(span.entity.end, VERB_REACH))) continue;
    if (!company) company = span;
    else if (!company.name.includes(span.name) && !span.name.includes(company.name)) return null;
  }
  if (!company) return null;
  const lead = company;
  const otherCompanyAt = new Map<number, number>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'COMPANY' || otherCompanyAt.has(span.paragraph)) continue;
    if (!lead.name.includes(span.name) && !span.name.includes(lead.name)) otherCompanyAt.set(span.paragraph, span.entity.start);
  }
  return { company: lead, otherCompanyAt };
}

/**
 * `今天上午,C投资的P项目开工。…此次开工的二期计划投资X`: an item amount no rule gave a company or a project (the
 * caller asks last) is the article's lead investor's, when its paragraph names no other company before it, its
 * sentence opens with no factory and not with a clause before the investor's own, and it describes nothing named
 * after it (`总投资X的Q`).
 */
export function leadInvestor(ctx: LinkContext, i: number): LinkSpan | undefined {
  let lead = leadInvestors.get(ctx);
  if (lead === undefined) {
    lead = readLeadInvestor(ctx);
    leadInvestors.set(ctx, lead);
  }
  if (!lead) return undefined;
  const amount = ctx.spans[i];
  const other = lead.otherCompanyAt.get(amount.paragraph);
  if (other !== undefined && other < amount.entity.start) return undefined;
  // `某某酒厂…已完成投资X,C…已完成投资Y`: a clause before the investor's own, or a factory's, has a subject of its own.
  if (amount.sentence === lead.company.sentence && amount.entity.start < lead.company.entity.start) return undefined;
  if (factoryOpens(ctx, amount)) return undefined;
  return DESCRIBES_AFTER.test(ctx.structure.after(amount.entity.end, 6)) ? undefined : lead.company;
}
