// The current investor: the company the article last showed investing, building or signing with a party that is
// no firm (`C拟投资…`, `C在K建设的…项目`, `由C投资建设`, `某县与C签约`), goes on owning the item amounts said after
// it that name no owner of their own (`…。该项目总投资X`, a later paragraph's `项目建成后年产值Y`), until another
// company is named. A news story names its investor once, as the subject of its deed, and then speaks of the
// undertaking; a new company named is a new subject (a list of companies is several), and the reading stops there.
// leadInvestor reads the same from the lead only, for one investor; this reading follows the article along.
import { articleReading } from './articleReadings';
import { placeSubjectAny } from './linkClauses';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { sameCompanyName, signsWithGovernment } from './leadInvestor';
import { LIST_JOINER } from './projectOfAmount';

/**
 * After a company, in its clause: it invests or builds (`C拟投资`, `C在某省建设的首个…项目`, `C开发建设`); not a
 * project's total (`C…项目总投资`), a thing of its (`C的P投资`) or the next item of a list (`C、投资X的D`).
 */
const DEED_AFTER = /^[^,;:。、项总的]{0,10}?(?:投资|投建|出资|斥资|增资|建设|兴建|开发建设|新建)/;
/** How far after the company its verb is read (UTF-16 units). */
const VERB_REACH = 14;
/** Before the company: it is an agent or the target of the money, not who invests (`委托C`, `向C增资`). */
const NOT_OWNER_BEFORE = /(?:委托|承建商|施工方|对|向|为)\s*$/;
/** A sentence opened by another thing pointed back to (`该基金`, `该园区`): a new subject, not the firm's undertaking. */
const OTHER_THING_BACK = /(?:^|[,。;:])\s*(?:该|此|这个|这一)(?!项目|公司|企业|集团|工厂|厂|基地|期)/;
/** How many paragraphs after the investor's own its run reaches. */
const PARAGRAPH_REACH = 2;
/** `总投资X的Q`: the amount describes a thing named after it, which may be anyone's. */
const DESCRIBES_AFTER = /^\s*(?:左右|以上|多|余)?\s*的/;

/**
 * The current investor before each span (its span index, or -1), and the projects each investor's run speaks of:
 * those its own sentence names. Another project named in its run is another undertaking, which may be anyone's:
 * the run ends there.
 */
interface CurrentInvestors {
  before: Int32Array;
  projects: Map<number, string[]>;
}
const CURRENT_INVESTOR = articleReading(readCurrentInvestors);

function readCurrentInvestors(ctx: LinkContext): CurrentInvestors {
  const before = new Int32Array(ctx.spans.length).fill(-1);
  const projects = new Map<number, string[]>();
  let investor = -1;
  let own: string[] = [];
  /** A sentence showing two companies investing (`C1投资的A和C2投资的B`): which one goes on is not said. */
  let twoInvest = -1;
  ctx.spans.forEach((span, k) => {
    before[k] = investor;
    const project = span.entity.label === 'PROJECT' ? ctx.asProject(span) : undefined;
    if (project && investor >= 0) {
      const inItsSentence = span.sentence === ctx.spans[investor].sentence;
      if (inItsSentence) own.push(project.name);
      else if (!own.some((name) => sameProjectName(name, project.name))) investor = -1;
    }
    // `K是…园区,…`: a park opening a sentence is its new subject.
    if (span.entity.label === 'PARK' && opensSentence(ctx, k)) investor = -1;
    if (span.entity.label !== 'COMPANY') return;
    if (span.named && isInvestorMention(ctx, k)) {
      if (investor >= 0 && sameCompanyName(ctx.spans[investor], span)) return;
      if (listedAfterCompany(ctx, k) || closesList(ctx, k)) {
        investor = -1;
        return;
      }
      if (investor >= 0 && ctx.spans[investor].sentence === span.sentence) twoInvest = span.sentence;
      if (twoInvest === span.sentence) {
        investor = -1;
        return;
      }
      investor = k;
      own = projectsOfSentenceBefore(ctx, k);
      projects.set(k, own);
    } else if (investor < 0 || !sameCompanyName(ctx.spans[investor], span)) investor = -1;
  });
  return { before, projects };
}

/** The company at span `k` closes a list of companies (`C1、C2投资…`): several invest, none of them alone. */
function listedAfterCompany(ctx: LinkContext, k: number): boolean {
  const company = ctx.spans[k];
  const previous = ctx.spans[k - 1];
  if (!previous || previous.entity.label !== 'COMPANY' || previous.sentence !== company.sentence) return false;
  const gap = company.entity.start - previous.entity.end;
  return gap <= 3 && LIST_JOINER.test(ctx.structure.before(company.entity.start, gap));
}

/** `A、某研究所、C等联合投资X`: the company closes a list with `等` (its other items not all companies), one of several investors. */
const CLOSES_LIST_AFTER = /^\s*等/;

function closesList(ctx: LinkContext, k: number): boolean {
  return CLOSES_LIST_AFTER.test(ctx.structure.after(ctx.spans[k].entity.end, 2));
}

/** The projects named before the company at span `k` in its sentence (`P项目开工,这是C建设的…`). */
function projectsOfSentenceBefore(ctx: LinkContext, k: number): string[] {
  const names: string[] = [];
  for (let j = k - 1; j >= 0 && ctx.spans[j].sentence === ctx.spans[k].sentence; j--) {
    const project = ctx.asProject(ctx.spans[j]);
    if (project) names.push(project.name);
  }
  return names;
}

/** One project under a longer and a shorter writing. */
function sameProjectName(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a);
}

/** The company at span `k` is shown investing, building or signing with a party that is no firm. */
function isInvestorMention(ctx: LinkContext, k: number): boolean {
  const company = ctx.spans[k];
  if (signsWithGovernment(ctx, k)) return true;
  return DEED_AFTER.test(ctx.structure.after(company.entity.end, VERB_REACH)) && !NOT_OWNER_BEFORE.test(ctx.structure.before(company.entity.start, 4));
}

/**
 * The current investor's, for the item amount at span `i` that no rule tied to a company (the caller asks last):
 * the company last shown investing, no other company named since; not an amount describing a thing named after it
 * (`总投资X的Q`) unless that thing is the amount's own project (`project`).
 */
export function currentInvestor(ctx: LinkContext, i: number, project: LinkSpan | undefined): LinkSpan | undefined {
  const { before, projects } = ctx.once(CURRENT_INVESTOR);
  const k = before[i];
  if (k < 0) return undefined;
  const amount = ctx.spans[i];
  // `P项目总投资X`: a project the investor's run does not speak of is another undertaking.
  if (project && !(projects.get(k) ?? []).some((name) => sameProjectName(name, project.name))) return undefined;
  // `K是…园区,总投资X`: a place's or a park's own figures.
  if (amount.paragraph - ctx.spans[k].paragraph > PARAGRAPH_REACH) return undefined;
  const lead = ctx.leadOf(amount);
  if (placeSubjectAny(lead) || OTHER_THING_BACK.test(lead) || parkBefore(ctx, i)) return undefined;
  if (DESCRIBES_AFTER.test(ctx.structure.after(amount.entity.end, 6))) {
    const next = ctx.spans[i + 1];
    if (!project || next !== project) return undefined;
  }
  return ctx.spans[k];
}

/** A park named before the amount at span `i` in its sentence: the sentence speaks of a place, no firm's deed. */
function parkBefore(ctx: LinkContext, i: number): boolean {
  for (let j = i - 1; j >= 0 && ctx.spans[j].sentence === ctx.spans[i].sentence; j--) if (ctx.spans[j].entity.label === 'PARK') return true;
  return false;
}

/** The span `k` is the first of its sentence and opens a clause. */
function opensSentence(ctx: LinkContext, k: number): boolean {
  return (k === 0 || ctx.spans[k - 1].sentence !== ctx.spans[k].sentence) && ctx.beginsClause(ctx.spans[k]);
}
