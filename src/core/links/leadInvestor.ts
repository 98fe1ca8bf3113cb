// The article's lead investor: the one company the article's opening shows investing (`今天,C投资的P开工`,
// `成功吸引C投资X建设…`) or signing with a government (`某县人民政府与C正式签约《P项目投资合作协议》`) is the
// investor of an item amount nothing else ties to a company (`…此次开工的二期计划投资X`), the last company
// fallback linksOf asks. The lead is where a news story says whose undertaking it reports; later amounts that
// name no owner go on with it.
import { articleReading } from './articleReadings';
import { factoryOpens } from './companyOfAmount';
import type { LinkContext } from './linkContext';
import { bareName, companyBrand, type LinkSpan } from './linkNames';
import { signedWith } from './linkClauses';
import { signsWithParty } from './companySigns';

/** How far into the article its lead is read for the company that invests (UTF-16 units). */
const LEAD_REACH = 300;
/** After a company, in its clause: its investing verb (`C拟投资`, `C计划出资`, `C斥资`, `C投资的P`). */
const INVESTS_AFTER = /^[^,;:。]{0,10}?(?:投资|投建|出资|斥资|增资)/;
/** How far after the company its verb is read (UTF-16 units). */
const VERB_REACH = 14;
/** Before `与C`: the other party of the signing is a firm (`C1与C2签约`): which one invests is not said. */
const FIRM_BEFORE = /(?:企业|公司|集团|厂)\s*(?:与|和|同)\s*$/;
/** `总投资X的P`: the amount describes a thing named after it, which may be anyone's. */
const DESCRIBES_AFTER = /^\s*(?:左右|以上|多|余)?\s*的/;

/** The article's lead investor, and where each paragraph first names another company (read once per article). */
interface LeadInvestor {
  company: LinkSpan;
  otherCompanyAt: Map<number, number>;
  /** By span index: is the company named last before that span another than the lead? */
  otherNamedLast: Uint8Array;
}
const LEAD_INVESTOR = articleReading(readLeadInvestor);

/** One company under a longer and a shorter name (`C` and `C有限公司`, `某某集团` and `某市某某医药控股集团有限公司`)? */
export function sameCompanyName(a: LinkSpan, b: LinkSpan): boolean {
  return a.name.includes(b.name) || b.name.includes(a.name) || shortGroupName(a, b) || shortGroupName(b, a);
}

/**
 * `某某集团` after `某市某某医药控股集团有限公司`: the short writing is the long name's brand and one kind word of it
 * (`集团 公司 股份`), its places and trade left out; another brand, or a kind the long name lacks, is another firm.
 */
function shortGroupName(short: LinkSpan, long: LinkSpan): boolean {
  const brand = companyBrand(long);
  const rest = bareName(short).slice(brand.length);
  return brand.length >= 2 && bareName(short).startsWith(brand) && SHORT_KIND.test(rest) && bareName(long).includes(rest);
}
/** The kind word a short writing keeps after the brand. */
const SHORT_KIND = /^(?:集团|公司|股份|控股)$/;

/**
 * The one company the article's lead shows investing (`今天,C投资的P开工`, `成功吸引C投资X建设…`), under one
 * name (a longer or shorter form of it counts as the same); none when the lead shows two investing.
 */
function readLeadInvestor(ctx: LinkContext): LeadInvestor | null {
  let company: LinkSpan | undefined;
  for (let j = 0; j < ctx.spans.length; j++) {
    const span = ctx.spans[j];
    if (span.entity.start >= LEAD_REACH) break;
    if (span.entity.label !== 'COMPANY' || !span.named || !(invests(ctx, span) || signsWithGovernment(ctx, j))) continue;
    if (!company) company = span;
    else if (!sameCompanyName(company, span)) return null;
  }
  if (!company) return null;
  const lead = company;
  const otherCompanyAt = new Map<number, number>();
  const otherNamedLast = new Uint8Array(ctx.spans.length);
  let other = 0;
  ctx.spans.forEach((span, k) => {
    otherNamedLast[k] = other;
    if (span.entity.label !== 'COMPANY') return;
    other = sameCompanyName(lead, span) ? 0 : 1;
    if (other && !otherCompanyAt.has(span.paragraph)) otherCompanyAt.set(span.paragraph, span.entity.start);
  });
  return { company: lead, otherCompanyAt, otherNamedLast };
}

/** `对全资子公司C增资X`: the company the money goes into, not the one that invests it. */
const RECEIVES_BEFORE = /对\s*[^,;:。对]{0,8}$/;

/** `C拟投资`, `C斥资`: the company's own verb of investing, in its clause; not `对C增资`. */
export function invests(ctx: LinkContext, company: LinkSpan): boolean {
  return INVESTS_AFTER.test(ctx.structure.after(company.entity.end, VERB_REACH)) && !RECEIVES_BEFORE.test(ctx.structure.before(company.entity.start, 10));
}

/**
 * `某县人民政府与C正式签约`, `C与某区政府签订…协议`: the company at span `j` signs with a party that is no firm, so it is the
 * side that brings the money (guidelines: the company of an amount is its investor, its signer).
 */
export function signsWithGovernment(ctx: LinkContext, j: number): boolean {
  const company = ctx.spans[j];
  if (signsWithParty(ctx, j)) return true;
  if (!signedWith(ctx.structure, company) || FIRM_BEFORE.test(ctx.structure.before(company.entity.start, 6))) return false;
  const before = j > 0 ? ctx.spans[j - 1] : undefined;
  return !before || before.entity.label !== 'COMPANY' || before.sentence !== company.sentence;
}

/**
 * `今天上午,C投资的P项目开工。…此次开工的二期计划投资X`: an item amount no rule gave a company or a project (the
 * caller asks last) is the article's lead investor's, when its paragraph names no other company before it, its
 * sentence opens with no factory and not with a clause before the investor's own, and it describes nothing named
 * after it (`总投资X的Q`).
 */
export function leadInvestor(ctx: LinkContext, i: number): LinkSpan | undefined {
  const lead = ctx.once(LEAD_INVESTOR);
  if (!lead) return undefined;
  const amount = ctx.spans[i];
  const other = lead.otherCompanyAt.get(amount.paragraph);
  if (other !== undefined && other < amount.entity.start) return undefined;
  // `某县与C签约。…`⏎`D新基地开工…`⏎`该基地总投资X`: a company named since the lead's last mention has taken over.
  if (lead.otherNamedLast[i] === 1) return undefined;
  // `某某酒厂…已完成投资X,C…已完成投资Y`: a clause before the investor's own, or a factory's, has a subject of its own.
  if (amount.sentence === lead.company.sentence && amount.entity.start < lead.company.entity.start) return undefined;
  if (factoryOpens(ctx, amount)) return undefined;
  return DESCRIBES_AFTER.test(ctx.structure.after(amount.entity.end, 6)) ? undefined : lead.company;
}
