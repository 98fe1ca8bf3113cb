// A facility named right after the amount that builds it, without `项目` (`投资20亿元的某某冷链物流中心,将建…`,
// `由某某集团投资5亿元建设的某某工厂正式投产`, `投资8000万元的某某海堤工程、1.2亿元的某某新村`): the amount
// introduces one thing it is spent on, so the name is that PROJECT, as `总投资X的某某项目` is. Only names ending in
// a word for a built thing, closed right there by a clause mark, `等` or a verb of its progress. Names ending in a
// park's words (`园 园区 城`: `总投资9亿元的某某标准化产业园`) are parks by their kind and are left out, and so is a
// name the park or company scans already hold. An item of a list whose items each repeat their amount is a PROJECT
// whatever its last word (`amountListItems.ts`).
import { isClauseEnd, isNumeral } from '../text';
import { WordMap } from '../wordMap';
import { unitKind, type AnchorUnits } from './anchorUnits';
import { listItemNameEnd, nextAmountItemAt, opensListItem } from './amountListItems';
import type { Span } from './projects';

/** The `资` of `投资`: where an amount that builds something may follow. */
const ZI_UNITS = unitKind('资');

/**
 * `投资` then an amount with its multiplier (currency optional: `投资8000万的`), then `的` or `建设的`; the list's
 * next item repeats the amount alone (`、1.2亿元的`). Read at one place (sticky), a few dozen units at most.
 */
const AMOUNT_THEN_DE = /(?:总额|额)?(?:约|近|超|达|逾)?[0-9.,一二两三四五六七八九十百千零点]{1,12}(?:多|余)?[万亿]{1,2}(?:元|美元|港元|欧元|日元)?(?:人民币)?(?:建设|兴建)?的/y;
const NEXT_ITEM = /、(?:约|近|超|逾)?[0-9.,一二两三四五六七八九十百千零点]{1,12}(?:多|余)?[万亿]{1,2}(?:元|美元|港元|欧元|日元)?(?:人民币)?的/y;

/** Words for one built thing a name may end in (`…物流中心`, `…工厂`, `…综合体`, `…贯通工程`, `…新村`). */
const FACILITY_HEADS = WordMap.of(['中心', '工厂', '厂区', '医院', '综合体', '工程', '新村', '基地']);

/** What may close the name right after its head word: the verbs of a facility's progress and place. */
const AFTER_NAME = WordMap.of(['正式', '开工', '建成', '落户', '将', '已', '于', '在', '顺利', '投产', '签约', '目前', '计划', '占地', '位于', '是', '为', '主要']);
const CLOSERS = new Set(['、', '等', '(', ' ', '”', '"'].map((c) => c.charCodeAt(0)));
const OPEN_QUOTES = new Set(['“', '"'].map((c) => c.charCodeAt(0)));
const TOU = '投'.charCodeAt(0);

/** Longest name read after the amount. */
const NAME_REACH = 30;
/** A name is more than its head and one word before it (`新工厂` is no name). */
const MIN_BEFORE_HEAD = 2;

/**
 * Adds to `projects` the facilities named right after their amount. The spans the other scans found (each list in
 * text order) keep theirs: a name overlapping a project or a park is left to them, and so is one overlapping a
 * company, unless the company is a short name inside it (`华晨宝马某某工厂`: the brand opens the facility's name).
 */
export function addAmountFacilityProjects(text: string, anchors: AnchorUnits, projects: Span[], parks: readonly Span[], companies: readonly Span[]): void {
  const found: Span[] = [];
  const near = [new SpanCursor(projects), new SpanCursor(parks)];
  const firms = new SpanCursor(companies);
  for (const at of anchors.positions(ZI_UNITS)) {
    if (at === 0 || text.charCodeAt(at - 1) !== TOU) continue;
    let nameStart = stickyEnd(AMOUNT_THEN_DE, text, at + 1);
    let listed = opensListItem(text, at - 1);
    while (nameStart > 0) {
      const end = itemNameEnd(text, nameStart, listed);
      if (end < 0) break;
      const free = near.every((c) => !c.someOverlapping(nameStart, end));
      if (free && !firms.someOverlapping(nameStart, end, (s) => s.start < nameStart || s.end > end || text.startsWith(GONG_SI, s.end - GONG_SI.length))) found.push({ start: nameStart, end });
      nameStart = stickyEnd(NEXT_ITEM, text, end);
      listed = true;
    }
  }
  if (found.length > 0) mergeInto(projects, found);
}

const GONG_SI = '公司';

/** Merges `more` (in text order) into `spans` (in text order), in place. */
function mergeInto(spans: Span[], more: readonly Span[]): void {
  const all = [...spans, ...more].sort((a, b) => a.start - b.start);
  spans.length = 0;
  for (const s of all) spans.push(s);
}

function stickyEnd(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/** The end of a facility's name opening at `start`, else of a listed item's (`amountListItems.ts`), or -1. */
function itemNameEnd(text: string, start: number, listed: boolean): number {
  const facility = facilityNameEnd(text, start, listed);
  return facility >= 0 ? facility : listItemNameEnd(text, start, listed, AFTER_NAME);
}

/** The end of a name opening at `start` and closed right after a facility head, or -1. */
function facilityNameEnd(text: string, start: number, listed: boolean): number {
  const quoted = OPEN_QUOTES.has(text.charCodeAt(start));
  const limit = Math.min(text.length, start + NAME_REACH);
  for (let k = start + 1; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (isClauseEnd(c) || c === NEWLINE) return -1;
    const head = FACILITY_HEADS.longestEndingAt(text, k + 1, start);
    if (head === 0 || k + 1 - head - start < MIN_BEFORE_HEAD + (quoted ? 1 : 0)) continue;
    const end = quoted && CLOSE_QUOTES.has(text.charCodeAt(k + 1)) ? k + 2 : k + 1;
    if (closesName(text, end, listed)) return end;
  }
  return -1;
}

const NEWLINE = 0x0a;
const DENG = '等'.charCodeAt(0);
const COUNTERS = new Set(['个', '项', '家'].map((c) => c.charCodeAt(0)));

/** A count of projects at `k` (`12个`, `三项`); not `一批`, a batch of unsaid size. */
function countAt(text: string, k: number): boolean {
  let i = k;
  while (i < text.length && i - k < MAX_COUNT_UNITS && isNumeral(text.charCodeAt(i))) i++;
  return i > k && COUNTERS.has(text.charCodeAt(i));
}

const MAX_COUNT_UNITS = 4;
const CLOSE_QUOTES = new Set(['”', '"'].map((c) => c.charCodeAt(0)));

/**
 * The name ends at `end`: a clause mark, `等`, a bracket, a verb of its progress or the list's next amount-introduced
 * item (`以及总投资Y的`) follows. Not `等` and a count (`总投资X的某某基地等12个项目`): the amount then sums the list, it
 * builds no one thing; unless the item is `listed`, the last of several each with its own amount.
 */
function closesName(text: string, end: number, listed: boolean): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (c === DENG && countAt(text, end + 1)) return listed;
  return isClauseEnd(c) || c === NEWLINE || CLOSERS.has(c) || AFTER_NAME.startingAt(text, end) !== undefined || nextAmountItemAt(text, end);
}

/** Spans in text order read for overlaps with ranges met in text order: each query goes on from the last. */
class SpanCursor {
  private at = 0;

  constructor(private readonly spans: readonly Span[]) {}

  /** True when a span overlapping [start, end) passes `test` (any overlapping span when no test is given). */
  someOverlapping(start: number, end: number, test: (s: Span) => boolean = () => true): boolean {
    const spans = this.spans;
    while (this.at < spans.length && spans[this.at].end <= start && spans[this.at].start < start) this.at++;
    for (let k = this.at; k < spans.length && spans[k].start < end; k++) if (spans[k].end > start && test(spans[k])) return true;
    return false;
  }
}
