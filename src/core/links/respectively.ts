// Lists written with 分别, for links (links.ts): projects and amounts listed in the same order,
// paired one by one (`A、B、C项目分别投资X、Y、Z`, `总投资分别为X、Y的A项目和B项目`). A pairing
// overrides every other project rule for its amounts.
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { OF_GAP } from './projectOfAmount';

const RESPECTIVELY = /分别/;
const AMOUNT_LIST_GAP = /^\s*(?:、|和|及|与|,|，)\s*$/;
const PROJECT_LIST_GAP = /^\s*(?:、|和|及|以及|与)\s*$/;

/** A sentence without a `分别` list (most of them): nothing paired, nothing allocated. */
const NO_PAIRS: ReadonlyMap<LinkSpan, LinkSpan> = new Map();

/** The project paired with each amount of the sentence's `分别` list (spans [from, to)). */
export function pairsOf(ctx: LinkContext, from: number, to: number): ReadonlyMap<LinkSpan, LinkSpan> {
  return projectsThenAmounts(ctx, from, to) ?? amountsThenProjects(ctx, from, to);
}

/** `A、B、C项目分别投资X、Y、Z`, paired in order. */
function projectsThenAmounts(ctx: LinkContext, from: number, to: number): ReadonlyMap<LinkSpan, LinkSpan> | undefined {
  // Where 分别 follows the list: read before any list is gathered (most sentences have none).
  const listEnd = respectivelyAfterProjects(ctx, from, to);
  if (listEnd < 0) return undefined;
  const projects: LinkSpan[] = [];
  for (let i = from; i <= listEnd; i++) {
    const project = ctx.asProject(ctx.spans[i]);
    if (project) projects.push(project);
  }
  const amounts: LinkSpan[] = [];
  for (let i = listEnd + 1; i < to; i++) {
    const span = ctx.spans[i];
    if (span.entity.label === 'MONEY' && span.entity.scope === 'item') amounts.push(span);
  }
  if (amounts.length !== projects.length || amounts.length === 0) return undefined;
  return new Map(amounts.map((amount, k) => [amount, projects[k]]));
}

/** The span after which 分别 is written, once two projects were named (-1: none). */
function respectivelyAfterProjects(ctx: LinkContext, from: number, to: number): number {
  let projects = 0;
  for (let i = from; i < to; i++) {
    const span = ctx.spans[i];
    if (ctx.asProject(span)) projects++;
    // 分别 follows a list: before two projects, no gap is worth reading.
    if (projects < 2) continue;
    const gapEnd = i + 1 < to ? ctx.spans[i + 1].entity.start : span.entity.end;
    const gap = ctx.structure.gap(span.entity.end, gapEnd);
    if (gap !== undefined && RESPECTIVELY.test(gap)) return i;
  }
  return -1;
}

/**
 * `总投资分别为X、Y的A项目和B项目`: amounts listed after 分别, then `的` and as many projects,
 * paired in order. Read once per sentence, span by span.
 */
function amountsThenProjects(ctx: LinkContext, from: number, to: number): ReadonlyMap<LinkSpan, LinkSpan> {
  for (let i = from; i < to; i++) {
    const first = ctx.spans[i];
    if (first.entity.label !== 'MONEY' || first.entity.scope !== 'item') continue;
    const leadStart = i > from ? ctx.spans[i - 1].entity.end : ctx.structure.sentenceStart(first.sentence);
    // Most leads hold no 分 at all: nothing folded or copied for them.
    if (!ctx.structure.holds('分', leadStart, first.entity.start)) continue;
    if (!RESPECTIVELY.test(ctx.structure.gap(leadStart, first.entity.start) ?? '')) continue;
    let k = i + 1;
    while (k < to && ctx.spans[k].entity.label === 'MONEY' && ctx.joinedBy(k, AMOUNT_LIST_GAP)) k++;
    const amounts = ctx.spans.slice(i, k);
    if (amounts.length < 2 || k >= to || !ctx.joinedBy(k, OF_GAP)) return NO_PAIRS;
    const projects: LinkSpan[] = [];
    for (let j = k; j < to && projects.length < amounts.length; j++) {
      const project = ctx.asProject(ctx.spans[j]);
      if (!project || (j > k && !ctx.joinedBy(j, PROJECT_LIST_GAP))) break;
      projects.push(project);
    }
    return projects.length === amounts.length ? new Map(amounts.map((amount, n) => [amount, projects[n]])) : NO_PAIRS;
  }
  return NO_PAIRS;
}
