// A built thing named as the subject of its own total (`某某云数据基地总投资120亿元`, `某某水厂提升工程,总投资1.7亿元`,
// `某某疫苗产业化基地建设计划总投资25亿元`): the name says what the amount builds, so it is that PROJECT though
// written without `项目` (the gold keeps such names as optional PROJECTs and links their money to them). The mirror of
// amountFacilityProjects.ts, where the amount comes first (`总投资X的某某中心`). Only names ending in a word for one
// built thing (not a park's `园 城`, which are parks by their kind), opening after a clause mark or a list's
// opener (`其中 包括 一是`), and not overlapping a span another scan holds.
import type { Span } from './projects';
import { PROJECT_GENERIC } from './projectWords';

/** The words for one built thing a name ends in. */
const FACILITY_HEADS = '(?:中心|工厂|医院|综合体|工程|基地|广场)';
/**
 * The name, then what may stand between it and `总投资`: a bracketed place, `建设`, a comma, `项目`, a plan word.
 * The name holds no clause mark, space, `的` (a description: `…的综合体`), determiner, verb of a plan (`将在`), list's
 * `等` or count (`A和B等3项工程`); it ends in a facility head.
 */
const BEFORE_TOTAL = new RegExp(`([^\\s,，。、；;：:！？!?的该这此各本将在等“”"()（）0-9]{2,20}?${FACILITY_HEADS})(?:\\([^()]{1,8}\\))?(?:建设)?[,，]?(?:项目)?(?:建设)?(?:计划|预计|规划)?$`, 'u');
/**
 * A facility head anywhere in the text read before `总投资`: most totals have none, and this one scan rules them out
 * before BEFORE_TOTAL, which tries every start in the text.
 */
const HOLDS_FACILITY_HEAD = new RegExp(FACILITY_HEADS, 'u');

/** Opening words of a list or an aside before the name (`其中A总投资`, `新开工项目包含A医院,总投资`, `一是A工程,总投资`). */
const OPENERS = /(?:其中|包括|包含|另外|此外|以及|[一二三四五六七八九十]是)/gu;

/** Where a name may open without an opener word: at a clause mark, a line's start, a space, a quote or a bracket. */
const OPENS_AFTER = /[\s,，。、；;：:！？!?“”"()（）]/u;

const TOTAL = '总投资';
/** How far before `总投资` the name is read. */
const REACH = 34;
/** A name is more than its head and one character before it (`新基地` is no name). */
const MIN_NAME = 5;

/** Adds to `projects` (text order kept) the facilities named right before their total, free of other spans. */
export function addFacilitiesBeforeTotal(text: string, projects: Span[], parks: readonly Span[], companies: readonly Span[]): void {
  const found: Span[] = [];
  const near = [new Cursor(projects), new Cursor(parks), new Cursor(companies)];
  for (let at = text.indexOf(TOTAL); at >= 0; at = text.indexOf(TOTAL, at + TOTAL.length)) {
    const from = Math.max(0, at - REACH);
    const before = text.slice(from, at);
    const m = HOLDS_FACILITY_HEAD.test(before) ? BEFORE_TOTAL.exec(before) : null;
    if (m === null) continue;
    const nameFrom = from + m.index;
    const end = nameFrom + m[1].length;
    const start = nameFrom + afterLastOpener(m[1]);
    // `…发展的保障性工程`, `将在某地启动第二工厂`: a name cut at a description or a verb is no whole name.
    if (start === nameFrom && nameFrom > 0 && !OPENS_AFTER.test(text[nameFrom - 1])) continue;
    // `重点工业工程`, `保障性工程`: generic words before the head name a kind of works, not one.
    if (PROJECT_GENERIC.covers(text, start, end - headLength(m[1]))) continue;
    if (end - start < MIN_NAME || near.some((c) => c.overlaps(start, end))) continue;
    found.push({ start, end });
  }
  if (found.length === 0) return;
  const all = [...projects, ...found].sort((a, b) => a.start - b.start);
  projects.length = 0;
  for (const s of all) projects.push(s);
}

/** Offset in `name` right after its last opener word (0 when none). */
function afterLastOpener(name: string): number {
  let after = 0;
  // An exec loop, not matchAll: no iterator nor copy of the regex per name.
  OPENERS.lastIndex = 0;
  for (let m = OPENERS.exec(name); m !== null; m = OPENERS.exec(name)) after = OPENERS.lastIndex;
  return after;
}

/** Length of the facility head a matched name ends in. */
function headLength(name: string): number {
  return name.endsWith('综合体') ? 3 : 2;
}

/** Spans in text order asked about ranges met in text order: each question goes on from the last (one pass). */
class Cursor {
  private at = 0;

  constructor(private readonly spans: readonly Span[]) {}

  overlaps(start: number, end: number): boolean {
    const spans = this.spans;
    while (this.at < spans.length && spans[this.at].end <= start) this.at++;
    return this.at < spans.length && spans[this.at].start < end;
  }
}
