// Where an amount belongs: its park, its project, and whether it only glosses the amount
// before it. Summing (`totals.ts`) reaches this module through `linkAmounts` alone, so a
// better link suggester can take its place behind that one function.
import { firstStartingAt } from './sortedSpans';
import { isClauseEnd, isLineEnd, isSentenceEnd, runEnd, runStart } from './text';
import type { Entity } from './types';

/** What linking needs of an item: an entity and whether the review rejected it. */
export interface LinkableItem extends Entity {
  status: 'suggested' | 'accepted' | 'rejected';
}

/** Where one MONEY item belongs, as `linkAmounts` decides. */
export interface AmountLink<T extends LinkableItem = LinkableItem> {
  /** The item (same object as in the input). */
  item: T;
  /** The park item it is attributed to, if any. */
  park?: T;
  /** The project item it describes, if any (item-scope, non-threshold amounts only). */
  project?: T;
  /** The amount this one glosses (restates in brackets), if it is a gloss. */
  glossOf?: T;
}

/** Between an amount and `的 + PROJECT`: a qualifier written after the amount may intervene. */
const OF_PROJECT_GAP = /^\s*(?:左右|以上|以下|多|余)?\s*的\s*$/;
/** Between an amount and its gloss: an opening bracket and an approximation word. */
const GLOSS_OPEN = /^\s*(?:左右)?\s*[（(]\s*(?:约合|大约|约|合|折合|相当于|折)?\s*(?:人民币)?\s*$/;
const GLOSS_CLOSE = /^\s*(?:左右)?\s*[）)]/;

/**
 * Links each non-rejected MONEY item of an article that `counted` keeps (every one by default)
 * to its park, project and gloss.
 *
 * - Park: the nearest PARK before the amount in the same sentence (ended by 。！？；or a line
 *   break); else the nearest PARK before it in the same paragraph (line); else the article's
 *   first PARK (headlines usually name the park the whole article is about); else none.
 * - Project (item-scope amounts that are not thresholds): a PROJECT right after the amount
 *   with only `的` between (`总投资50亿元的博通科技产业园项目`); else the project named in the
 *   same clause (split at ，、：。！？；), the nearest one before the amount first, else the
 *   nearest after it; else the nearest project before it in the same sentence
 *   (`甲项目总投资6亿元，达产后年产值10亿元` → both belong to 甲项目); else none.
 * - Gloss: an amount that directly follows another counted one inside brackets, with at most
 *   an approximation word between (`5.215亿美元(约40.7亿港元)`), in another currency or of the
 *   same value. Its currency need not match: the gloss restates, it does not add.
 * PARK and PROJECT items count as context whatever their status, unless rejected.
 * The result is sorted by start.
 */
export function linkAmounts<T extends LinkableItem>(
  text: string,
  items: readonly T[],
  counted: (item: T) => boolean = () => true,
): AmountLink<T>[] {
  const links = linkParksAndProjects(text, items, counted);
  for (let i = 1; i < links.length; i++) {
    const previous = links[i - 1];
    if (!previous.glossOf && isGloss(text, previous.item, links[i].item)) links[i].glossOf = previous.item;
  }
  return links;
}

/** Park and project of every counted non-rejected MONEY item, sorted by start. */
function linkParksAndProjects<T extends LinkableItem>(text: string, items: readonly T[], counted: (item: T) => boolean): AmountLink<T>[] {
  const parks: T[] = [];
  const projects: T[] = [];
  const money: T[] = [];
  for (const item of items) {
    if (item.status === 'rejected') continue;
    if (item.label === 'PARK') parks.push(item);
    else if (item.label === 'PROJECT') projects.push(item);
    else if (item.label === 'MONEY' && counted(item)) money.push(item);
  }
  parks.sort(byStart);
  projects.sort(byStart);
  money.sort(byStart);
  return money.map((item) => {
    const link: AmountLink<T> = { item };
    const park = parkOf(text, item, parks);
    if (park) link.park = park;
    if (item.scope !== 'aggregate' && item.role !== 'threshold') {
      const project = projectOf(text, item, projects);
      if (project) link.project = project;
    }
    return link;
  });
}

function byStart(a: Entity, b: Entity): number {
  return a.start - b.start || a.end - b.end;
}

/** The last candidate (in start order) inside [from, before); candidates sorted by start. */
function nearestBefore<T extends Entity>(candidates: readonly T[], from: number, before: number): T | undefined {
  // Binary search, then back through the few candidates inside the run: a 5 MB article has
  // thousands of parks and projects, and a scan from the first per amount was quadratic.
  for (let i = firstStartingAt(candidates, before) - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c.start < from) break;
    if (c.end <= before) return c;
  }
  return undefined;
}

function parkOf<T extends Entity>(text: string, amount: Entity, parks: readonly T[]): T | undefined {
  if (parks.length === 0) return undefined;
  return (
    nearestBefore(parks, runStart(text, amount.start, isSentenceEnd), amount.start) ??
    nearestBefore(parks, runStart(text, amount.start, isLineEnd), amount.start) ??
    parks[0]
  );
}

function projectOf<T extends Entity>(text: string, amount: Entity, projects: readonly T[]): T | undefined {
  const next = projects[firstStartingAt(projects, amount.end)] as T | undefined;
  if (next && OF_PROJECT_GAP.test(text.slice(amount.end, next.start))) return next;
  const clauseStart = runStart(text, amount.start, isClauseEnd);
  const before = nearestBefore(projects, clauseStart, amount.start);
  if (before) return before;
  const clauseEnd = runEnd(text, amount.end, isClauseEnd);
  if (next && next.end <= clauseEnd) return next;
  return nearestBefore(projects, runStart(text, amount.start, isSentenceEnd), amount.start);
}

function isGloss(text: string, first: Entity, second: Entity): boolean {
  if (!GLOSS_OPEN.test(text.slice(first.end, second.start))) return false;
  if (!GLOSS_CLOSE.test(text.slice(second.end, second.end + 4))) return false;
  return first.currency !== second.currency || first.value === second.value;
}
