// `投资X的K`: the amount describes the park written right after it, which is what the money is put into.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * Between the amount and the park: `的` alone (`总投资X的K`, `分别是投资X的K、投资Y的L`), after the amount's
 * qualifier too (`总投资百亿元以上的K`), or after one more figure of the same park (`投资X、占地N亩的K`).
 */
const OF_GAP = /^\s*(?:以上|左右|以下)?\s*(?:、[^,;:。!?、]{1,16}?)?的\s*$/;

/**
 * The park the amount at span `i` describes (`总投资X的K`): the next span, in the same sentence, a park written
 * as itself (not standing for a project, nor opening one's name: `投资X的K产业园项目` is the project's money),
 * with only `的` between and no other park named before it in the article but the zone it was written inside. Reads the two
 * spans after the amount and the article's park names.
 */
/** `owned`: the amount is a company's money. */
export function parkTheAmountDescribes(ctx: LinkContext, i: number, owned = false): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const park = ctx.spans[i + 1];
  if (park === undefined || park.entity.label !== 'PARK' || park.sentence !== amount.sentence || ctx.parks.projectNamed(park)) return undefined;
  if (!OF_GAP.test(ctx.structure.gap(amount.entity.end, park.entity.start) ?? '')) return undefined;
  // `落户K的项目有:…投资X的L产业园`, `C…年产值X的L产业基地`: after another zone named before (not the zone L was written
  // inside: `otherParkBefore`), a park listed among projects, or a company's base, is a project of that zone;
  // otherwise `投资X的L产业园` is the park's own construction, whatever zone was named before.
  if (ctx.parks.otherParkBefore(park) && ((owned && companyBase(park)) || listsProjects(ctx.leadOf(amount)))) return undefined;
  const next = ctx.spans[i + 2];
  if (next !== undefined && next.entity.label === 'PROJECT' && next.entity.start <= park.entity.end) return undefined;
  return park;
}

/** `落户K的项目有:`, `超50亿元项目4个,分别是:`, `包括`: the sentence lists projects, each a member of the zone named before. */
const PROJECTS_LISTED = /项目[^,;。]{0,8}?(?:有|是|为|包括)?\s*[:：]|项目[^,;。]{0,8}?(?:包括|中\s*[,，])/;

/**
 * Does the amount's lead list projects? A park written after its amount in such a list is one of the
 * projects, which lies in the zone the article named before (`落户K的项目有:…投资X的L产业园`); elsewhere
 * `投资X的L产业园` is the park's own construction, even when another zone was named before it.
 */
function listsProjects(lead: string): boolean {
  return PROJECTS_LISTED.test(lead);
}

/**
 * Between the amount and the park its money builds or goes into, in one clause: a verb of building or of
 * putting money into something right before the park (`投资X建设K`, `投资X在某市建设K`, `投入X用于支持K建设`,
 * `投资X对K进行改造`), after a few words at most (a place, a time).
 */
const BUILDS_GAP = /^[^,;:。!?]{0,12}?(?:建设|建立|兴建|建造|打造|用于支持|用于|支持|对)(?:了|的)?\s*[“"「『]?\s*$/;

/**
 * The park the money of the amount at span `i` builds or goes into (`投资X建设K`): the next span, in the same
 * sentence, a park written as itself (not standing for a project) right after such a verb. `owned`: a company's money.
 * Reads the span after the amount.
 */
export function parkTheMoneyBuilds(ctx: LinkContext, i: number, owned = false): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const park = ctx.spans[i + 1];
  if (park === undefined || park.entity.label !== 'PARK' || park.sentence !== amount.sentence || ctx.parks.projectNamed(park)) return undefined;
  // `C投资X在某市建设西南产业基地`: a company's base is its project, in the park it lies in.
  if (owned && companyBase(park)) return undefined;
  const gap = ctx.structure.gap(amount.entity.end, park.entity.start) ?? '';
  return BUILDS_GAP.test(gap) || buildsInNextClause(ctx, park, gap) ? park : undefined;
}

/**
 * `投资X,建设K`, `投资X,集中连片建设1万亩K`: the clause right after the amount opens with a verb of building (a few
 * words of manner or time before it at most), and the park ends that clause: the money builds it. A few characters between the verb and the park are the head
 * of the park's name the recogniser left out (`,建设10.5代K`), so the park must close the clause the verb opened.
 */
const BUILDS_NEXT_CLAUSE_GAP = /^\s*[,，]\s*[^,;:。!?]{0,6}?(?:建设|兴建|建造|打造|新建)[^,;:。!?“"「『]{0,12}$/;
/** What may follow the park the next clause builds: the end of that clause. */
const CLAUSE_END = /^\s*(?:[,;:。!?]|$)/;

/** Does the clause right after the amount (its gap to the park given) build the park and end with it? */
function buildsInNextClause(ctx: LinkContext, park: LinkSpan, gap: string): boolean {
  return BUILDS_NEXT_CLAUSE_GAP.test(gap) && CLAUSE_END.test(ctx.structure.after(park.entity.end, 2));
}

/** `某某产业基地`, `生产基地`: what a company builds for itself under this name is its own plant, not a park of tenants. */
const BASE_END = /基地$/;

/** Is the park a base (`…基地`), which a company's money builds as its own project? */
function companyBase(park: LinkSpan): boolean {
  return BASE_END.test(park.name);
}
