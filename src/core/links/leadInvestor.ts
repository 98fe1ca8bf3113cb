// The article's lead investor: the one company the article's opening shows investing (`今天,C投资的P开工`,
// `成功吸引C投资X建设…`) or signing with a government (`某县人民政府与C正式签约《P项目投资合作协议》`) is the
// investor of an item amount nothing else ties to a company (`…此次开工的二期计划投资X`), the last company
// fallback linksOf asks. The lead is where a news story says whose undertaking it reports; later amounts that
// name no owner go on with it.
import { articleReading } from './articleReadings';
import { factoryOpens } from './companyOfAmount';
import type { LinkContext } from './linkContext';
import { bareName, commonPrefix, companyBrand, type LinkSpan } from './linkNames';
import { signedWith } from './linkClauses';
import { signsWithParty } from './companySigns';
import { PARTS_OPENING, PARTS_REACH } from './projectOfWhole';

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
  /** The projects of the lead investor's undertaking (undertakingOfLead). */
  projects: OwnProject[];
  otherCompanyAt: Map<number, number>;
  /** By span index: is the company named last before that span another than the lead? */
  otherNamedLast: Uint8Array;
  /** Does the lead's investor sign or bring a counted batch of projects (`共签署5个项目`)? (signsBatch) */
  batch: boolean;
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
  return { company: lead, projects: undertakingOfLead(ctx, lead), otherCompanyAt, otherNamedLast, batch: signsBatch(ctx, lead) };
}

/** A project of the lead investor's undertaking, and the span from which the article has made it one (-1: the lead's). */
interface OwnProject {
  name: string;
  at: number;
}
/** The most projects an undertaking is read with (its parts and phases are a few; the cap keeps the reading linear). */
const MAX_OWN = 16;
/** Common beginning of two writings of one project, one with a word added inside (`某某搅拌机械(制造)产业基地项目`). */
const SAME_HEAD = 6;

/**
 * The undertaking of the lead's investor as the article tells it: the projects the lead's paragraph names, then the
 * projects of each later paragraph that names one of them again, from where that paragraph does (`P项目总投资X,包括A、
 * B项目。其中,A项目总投资Y`: its parts and phases). A project named in a paragraph that names none of them is another
 * undertaking, which may be anyone's. One pass over the spans from the lead's paragraph on.
 */
function undertakingOfLead(ctx: LinkContext, company: LinkSpan): OwnProject[] {
  const own: OwnProject[] = [];
  let paragraph = company.paragraph;
  let j = company.pos;
  while (j > 0 && ctx.spans[j - 1].paragraph === company.paragraph) j--;
  for (; j < ctx.spans.length && own.length < MAX_OWN; j++) {
    const span = ctx.spans[j];
    if (span.paragraph !== paragraph && goesOnWithUndertaking(ctx, j)) paragraph = span.paragraph;
    const project = ctx.asProject(span);
    if (!project || (span.paragraph !== paragraph && !own.some((o) => sameProjectName(o.name, project.name)))) continue;
    own.push({ name: project.name, at: span.paragraph === company.paragraph ? -1 : j });
    paragraph = span.paragraph;
  }
  return own;
}

/**
 * Does the paragraph opening at span `j` go on with the undertaking told before it, naming no new subject: its first
 * span is an amount (`小镇总投资X,包括A项目、B项目`), or it opens with `其中` (the parts of what was told)?
 */
function goesOnWithUndertaking(ctx: LinkContext, j: number): boolean {
  const span = ctx.spans[j];
  if (j > 0 && ctx.spans[j - 1].paragraph === span.paragraph) return false;
  if (span.entity.label === 'MONEY') return true;
  const start = ctx.structure.sentenceStart(span.sentence);
  return PARTS_OPENING.test(ctx.structure.text.slice(start, start + PARTS_REACH));
}

/** One project under a longer and a shorter writing, or with a word added inside its name. */
function sameProjectName(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || commonPrefix(a, b) >= SAME_HEAD;
}

/**
 * `P项目总投资X`, P another undertaking than the lead investor's (undertakingOfLead) as the article has told it up to the
 * amount at span `i`: the lead's investor is not said to pay for it.
 */
function anotherUndertaking(lead: LeadInvestor, i: number, project: LinkSpan): boolean {
  return !lead.projects.some((own) => own.at < i && sameProjectName(own.name, project.name));
}

/**
 * After the lead's investor, in its sentence: it signs or brings a counted batch of projects (`与C举行项目签约仪式,共签署5个
 * 项目`, `C在某县投资建设3个项目`).
 */
const SIGNS_BATCH_AFTER = /^[^。!?]{0,24}?(?:签署|签约|签订|签下|引进|落地|投资建设)[^。!?,;]{0,4}?[0-9一二三四五六七八九十两]+\s*(?:个|项)[^。!?,;]{0,6}?项目/;
/** How far after the investor its batch is read (folded units). */
const BATCH_REACH = 48;

function signsBatch(ctx: LinkContext, company: LinkSpan): boolean {
  return SIGNS_BATCH_AFTER.test(ctx.structure.after(company.entity.end, BATCH_REACH));
}

/**
 * `某县人民政府与C举行项目签约仪式,共签署5个项目…`⏎…⏎`其中,P项目,投资X;Q项目,投资Y`: the lead's investor signed a counted batch
 * of projects and is the only company the article names (no paragraph names another), so the projects the article goes on
 * to list are the batch's, its undertaking, though no paragraph names one of them in the lead: no one else is there to pay.
 */
function batchOfOnlyCompany(lead: LeadInvestor): boolean {
  return lead.batch && lead.otherCompanyAt.size === 0;
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
 * `今天上午,C投资的P项目开工。…此次开工的二期计划投资X`: an item amount no rule gave a company (the caller asks last),
 * of no project or of a project of the lead's undertaking (`project`, the amount's), is the article's lead investor's,
 * when its paragraph names no other company before it, its
 * sentence opens with no factory and not with a clause before the investor's own, and it describes nothing named
 * after it (`总投资X的Q`).
 */
export function leadInvestor(ctx: LinkContext, i: number, project?: LinkSpan): LinkSpan | undefined {
  const lead = ctx.once(LEAD_INVESTOR);
  if (!lead) return undefined;
  if (project && anotherUndertaking(lead, i, project) && !batchOfOnlyCompany(lead)) return undefined;
  const amount = ctx.spans[i];
  const other = lead.otherCompanyAt.get(amount.paragraph);
  if (other !== undefined && other < amount.entity.start) return undefined;
  // `某县与C签约。…`⏎`D新基地开工…`⏎`该基地总投资X`: a company named since the lead's last mention has taken over.
  if (lead.otherNamedLast[i] === 1) return undefined;
  // `某某酒厂…已完成投资X,C…已完成投资Y`: a clause before the investor's own, or a factory's, has a subject of its own; so has
  // an amount its paragraph states before the investor is named (`其中,P项目…总投资X。C投资的Q项目…`): the lead had not yet shown it investing.
  if (amount.paragraph === lead.company.paragraph && amount.entity.start < lead.company.entity.start) return undefined;
  if (factoryOpens(ctx, amount)) return undefined;
  return DESCRIBES_AFTER.test(ctx.structure.after(amount.entity.end, 6)) ? undefined : lead.company;
}
