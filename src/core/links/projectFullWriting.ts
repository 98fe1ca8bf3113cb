// One project written in full once and shorter elsewhere, the shorter writing not a part of the full one's
// letters: `某某太阳能光伏电池及组件项目` then `太阳能光伏电池项目` (the full name adds the second product after a
// conjunction), `某某科技园建设项目` then `某某科技园项目` (the full name adds the word for building). Whichever
// writing a rule met, the amount's project link names the fullest, so that every amount of one project names it
// alike (a summary per project adds them under one name). A name that is a tail of another is left as it is: both
// writings already read as one name (projectVariants.ts). Read once per article, after the walk.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import { PROJECT_HEAD, type LinkSpan } from './linkNames';
import { ANOTHER_PART } from './projectVariants';

/** The full name's building word before its head, left out by the shorter writing. */
const BUILDING_ADDED = /^(.+?)(?:建设工程|建设|工程)([项項]目)$/;
/** Shortest shorter writing read (without `项目`): shorter ones are kinds of project (`储能`). */
const MIN_SHORT = 4;

/**
 * Relinks every amount whose project is a shorter writing of a project named in full elsewhere in the article
 * to the first mention of the full writing. A shorter writing two full names of one length could stand for is
 * left as it is.
 */
export function linkFullestWritings(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const fullest = fullWritings(ctx);
  if (fullest.size === 0) return;
  const byStart = new Map<number, LinkSpan>();
  for (const span of ctx.spans) if (span.entity.label === 'PROJECT') byStart.set(span.entity.start, span);
  for (const span of ctx.spans) {
    const links = span.entity.label === 'MONEY' ? out[span.index] : undefined;
    const linked = links?.project && byStart.get(links.project.start);
    const full = linked && fullest.get(linked.name);
    if (links && full) out[span.index] = { ...links, project: { start: full.entity.start, end: full.entity.end } };
  }
}

/**
 * The shorter writings of the article's named projects, each to the first mention of its fullest writing (null
 * when two full names of one length compete). Each name yields its few shorter writings (the tails of the words
 * before its one conjunction, the name without its building word): the cost grows with the names, not their pairs.
 */
function fullWritings(ctx: LinkContext): Map<string, LinkSpan | null> {
  const fullest = new Map<string, LinkSpan | null>();
  const seen = new Set<string>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PROJECT' || !span.named || seen.has(span.name)) continue;
    seen.add(span.name);
    for (const short of shorterWritings(span.name)) {
      const known = fullest.get(short);
      if (known === undefined || (known !== null && known.name.length < span.name.length)) fullest.set(short, span);
      else if (known !== null && known.name.length === span.name.length) fullest.set(short, null);
    }
  }
  return fullest;
}

/**
 * `四川某某太阳能光伏电池及组件项目` → `四川某某太阳能光伏电池项目`, `某某太阳能光伏电池项目`, `太阳能光伏电池项目`…;
 * `某某科技园建设项目` → `某某科技园项目`. Only a name with one conjunction (two would list projects: `A及B和C项目`),
 * and no phase or part in the words left out.
 */
export function shorterWritings(name: string): string[] {
  const found: string[] = [];
  // Both writings keep the name's head: a name without it has none.
  if (!PROJECT_HEAD.test(name)) return found;
  const headAt = name.length - HEAD_LENGTH;
  // The building word ends in 设 or 程 right before the head: only then may the pattern (which backtracks) match.
  if (BUILDING_WORD_ENDS.includes(name.charAt(headAt - 1))) {
    const built = BUILDING_ADDED.exec(name);
    if (built && built[1].length >= MIN_SHORT) found.push(built[1] + built[2]);
  }
  const conjunction = onlyConjunction(name, headAt);
  if (conjunction < 0 || ANOTHER_PART.test(name.slice(conjunction, headAt))) return found;
  const before = name.slice(0, conjunction);
  const head = name.slice(headAt);
  for (let cut = 0; before.length - cut >= MIN_SHORT && !ANOTHER_PART.test(before.slice(0, cut)); cut++) found.push(before.slice(cut) + head);
  return found;
}

/** Units of the head `项目`. */
const HEAD_LENGTH = 2;
/** The last units of the building words BUILDING_ADDED reads (`建设`, `工程`, `建设工程`). */
const BUILDING_WORD_ENDS = '设程';

/** Index of the one conjunction (及 和 与) in name[0, end), or -1 when none or several: a scan, no match objects. */
function onlyConjunction(name: string, end: number): number {
  let found = -1;
  for (let i = 0; i < end; i++) {
    const c = name.charAt(i);
    if (c !== '及' && c !== '和' && c !== '与') continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found;
}
