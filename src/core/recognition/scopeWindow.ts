// Where the window for an amount's scope words starts (see moneyScope.ts): `；` clauses share the
// heading of the first, a `其中` starts a list of parts (a new subject unless the part is only a kind
// of money or an undisclosed aside), and after `分别` each amount is one listed thing's own.
import { charSet, code, isClauseEnd, isDigit, isHan, runStart } from '../text';
import { WordMap } from '../wordMap';
import { cueBefore, MAX_WINDOW, MU, sentenceStart, XIANG } from './moneyCues';
import { namedThingAt } from './regionStatistic';
import { countedListItemAfter, listItemOfProject, projectOpens } from './listItemWindow';
import { categoriesEach } from './categoriesEach';

/**
 * The scope window [lo, start) of the amount at `start`, the last `分别` in it (-1 if none), and whether
 * it is an item of a list that one project opens (`listItemOfProject`).
 * The last `其中` before the amount, in the sentence only, starts the window unless its part is
 * named only by its kind of money (`…到位资金18.3亿元，其中外资1200万美元` is still a sum) or is an
 * undisclosed aside; any other part (`其中比亚迪项目投资30亿元`) starts a new subject.
 */
export function scopeWindow(text: string, sStart: number, start: number): { lo: number; each: number; ownItem: boolean } {
  let lo = listStart(text, sStart, start);
  const [among, lastEach, again, counted] = lastMarks(text, lo, start);
  if (among >= lo && (listedPartOpens(text, lo, among, start) || (!kindOfMoneyPart(text, among + 2, start) && !undisclosedAside(text, among + 2, start)))) lo = among + 2;
  // `again` is read from the first start: one before a start moved past it leaves the start where it is. A counted
  // list's item starts the window when its mark lies after the start (`countedListItemAfter`).
  lo = Math.max(lo, again, counted > lo ? counted + 1 : lo);
  return { lo, each: lastEach >= lo ? lastEach : -1, ownItem: listItemOfProject(text, lo) };
}

/** How far back before a cut window its clause's start is looked for. */
const CUT_CLAUSE_REACH = 12;

/**
 * A sentence read at most MAX_WINDOW back may be cut inside a word (`…个项目的引进,使该县…` of `这7个项目的引进`):
 * the window then starts at that clause's start when it lies a few characters further back, so that the
 * subject is read whole.
 */
export function wholeClauseStart(text: string, sStart: number): number {
  if (sStart === 0 || isClauseEnd(text.charCodeAt(sStart - 1))) return sStart;
  const back = runStart(text, sStart, isClauseEnd, Math.max(0, sStart - CUT_CLAUSE_REACH));
  return back > 0 && isClauseEnd(text.charCodeAt(back - 1)) ? back : sStart;
}

/** Shortest and longest name of a listed thing read after `其中` (`银欣`, `某某光伏`). */
const LISTED_NAME_MIN = 2;
const LISTED_NAME_MAX = 6;

/**
 * `引进A电子、B电子等企业9家,其中A电子实现产值12亿元`: a part after `其中` that opens with one of
 * the things listed with `、` before it is that one's, though only a kind of money follows its name
 * (its own clause only: `…,电子产业产值达30亿元` after it is the whole's again).
 */
function listedPartOpens(text: string, lo: number, among: number, start: number): boolean {
  const from = CLAUSE_LEAD_OR_COLON.has(text.charCodeAt(among + 2)) ? among + 3 : among + 2;
  for (let k = from; k < start; k++) if (isClauseEnd(text.charCodeAt(k))) return false;
  // Searched in the sentence before `其中` only (a window of at most a few clauses), never further.
  const head = text.slice(lo, among);
  for (let n = LISTED_NAME_MIN; n <= LISTED_NAME_MAX && isHan(text.charCodeAt(from + n - 1)); n++) {
    const name = text.slice(from, from + n);
    for (let at = head.indexOf(name); at >= 0; at = head.indexOf(name, at + 1)) {
      if (head.charCodeAt(at - 1) === LIST_COMMA || head.charCodeAt(at + n) === LIST_COMMA) return true;
    }
  }
  return false;
}

const LIST_COMMA = code('、');

/** One project said again (`该项目`, `該項目` as folded): the subject of the clause it opens. */
const ONE_PROJECT_AGAIN = WordMap.of(['该项目', '此项目', '这个项目', '这一项目', '本项目']);

/**
 * `本次集中开工的项目包含P项目,该项目总投资X`: a clause opened by one project said again has that
 * project as its subject, so the batch or count before it sums nothing of its money: the window
 * starts at the last such clause. Each of those words ends in `项目`, one or two units after its
 * start: given that `项目` at `project`, where such a clause starts at or after `lo`, else -1.
 */
function oneProjectAgainBefore(text: string, project: number, lo: number, start: number): number {
  for (let i = project - 1; i >= project - 2 && i >= lo; i--) {
    if (i > 0 && !isClauseEnd(text.charCodeAt(i - 1))) continue;
    if (ONE_PROJECT_AGAIN.startingAt(text, i, start)) return i;
  }
  return -1;
}

/**
 * After `分别` at `each`, the amount is one listed thing's own: one of a list of amounts
 * (`总投资分别为5亿元和3亿元`) or the money of the first thing named after a colon
 * (`其他8个项目分别为:A公司X项目,投资总额8000万元`).
 */
export function oneOfEachList(text: string, each: number, start: number): boolean {
  return each >= 0 && ((LIST_OF_AMOUNTS.test(text.slice(each + 2, start)) && !categoriesEach(text, each)) || namedAfterListColon(text, each + 2, start) || namesListedEach(text, each, start));
}

/** Longest kind of money (and its verb) read between `分别` and the first amount (`新增协议外资`). */
const EACH_KIND_REACH = 10;

/**
 * `A投资、B租赁、C光电分别新增协议外资X、Y、Z`: names listed with `、` right before `分别`, then a kind of
 * money and the list of amounts: each amount is one name's. Not when the names are categories, places or
 * parks (`一、二、三产业分别到位资金X、Y、Z`: each a category's total).
 */
function namesListedEach(text: string, each: number, start: number): boolean {
  let k = each + 2;
  while (k < start && k - each - 2 < EACH_KIND_REACH && isHan(text.charCodeAt(k))) k++;
  if (k === each + 2 || cueBefore(text, k, each + 2) === undefined || !LIST_OF_AMOUNTS.test(text.slice(k, start))) return false;
  return namesListedBefore(text, each);
}

/** Last characters of a category's, a place's or a park's name: such a list sums, item by item. */
const NOT_ONE_PARTY_ENDS = charSet('业类区县市镇乡省州村园');

/** Shortest name of a listed party. */
const PARTY_NAME_MIN = 2;

/** A name of at least two Han characters ends right before `分别` at `each`, after a `、` and another name. */
function namesListedBefore(text: string, each: number): boolean {
  let k = each;
  while (k > 0 && each - k < EACH_KIND_REACH * 2 && isHan(text.charCodeAt(k - 1))) k--;
  if (each - k < PARTY_NAME_MIN || text.charCodeAt(k - 1) !== LIST_COMMA || NOT_ONE_PARTY_ENDS.has(text.charCodeAt(each - 1))) return false;
  return isHan(text.charCodeAt(k - 2)) && isHan(text.charCodeAt(k - 3)) && !NOT_ONE_PARTY_ENDS.has(text.charCodeAt(k - 2));
}

/**
 * `今年以来,全区实际到位资金98.6亿元；完成固定资产投资1200余亿元`: clauses joined by `；` share
 * the heading of the first, so the window for scope words reaches back over them (bounded).
 */
function listStart(text: string, sStart: number, start: number): number {
  let lo = sStart;
  while (lo > 0 && lo > start - 2 * MAX_WINDOW) {
    const c = text.charCodeAt(lo - 1);
    if (c !== 0xff1b && c !== 0x3b) break;
    // `…；另外一个项目为…`: a clause that opens a subject of its own shares no heading.
    if (OWN_SUBJECT_OPENERS.startingAt(text, lo) || companyOpens(text, lo) || projectOpens(text, lo)) break;
    lo = sentenceStart(text, lo - 1);
  }
  return lo;
}

/**
 * `…引进50家企业入驻；某某公司生物医药项目投资6亿元`: a `；` clause opened by a company's name (in its
 * first run of Han characters) is about that company, not under the heading of the clauses before.
 */
function companyOpens(text: string, lo: number): boolean {
  for (let i = lo; i < lo + COMPANY_OPENING_REACH && isHan(text.charCodeAt(i)); i++) {
    if (namedThingAt(text, i) && !text.startsWith('项目', i)) return i - lo >= 2;
  }
  return false;
}

/** How far into a `；` clause a company's name may end (`公司` or `集团` included). */
const COMPANY_OPENING_REACH = 16;

/** Openers of a `；` clause about something else than the clauses before it. */
const OWN_SUBJECT_OPENERS = WordMap.of(['另外', '另一', '另有', '此外', '其余', '其他', '其它', '剩余', '剩下']);

/**
 * `其中外资`, `其中,工业投资`: at most eight characters after 其中, a role cue among them, nothing named.
 * A later part of the same list (`其中合同资金45亿元,协议资金6亿元`) is read the same way, from the
 * last comma, when the first part is of the same kind of money and nothing is named.
 */
function kindOfMoneyPart(text: string, from: number, hi: number): boolean {
  // `其中:省际项目到位资金`: a colon or comma after 其中 opens the part.
  const opened = from < hi && CLAUSE_LEAD_OR_COLON.has(text.charCodeAt(from)) ? from + 1 : from;
  // `其中2019年计划完成年度投资X`: a year's share of the whole, the year read past.
  const lo = afterYear(text, opened, hi);
  if (hi - lo > PART_MAX * PARTS_MAX) return false;
  let partLo = lo;
  for (let i = lo; i < hi; i++) {
    if (namedThingAt(text, i)) return false;
    if (PART_SEPARATORS.has(text.charCodeAt(i))) partLo = i + 1;
  }
  const cue = cueBefore(text, hi, partLo);
  if (!cue || hi - partLo > PART_MAX) return false;
  if (partLo === lo) return true;
  // Parts of one whole are the same kind of money (`合同资金…,协议资金…`); `一期投资6亿元,建成后可实现产值`
  // goes on to what the part brings.
  const first = firstAmountAt(text, lo, partLo);
  return first > lo && first - lo <= PART_MAX && cueBefore(text, first, lo)?.role === cue.role;
}

const PART_MAX = 8;

/** Years opening a part: `2019年`, `今年`, `当年`, `明年`. */
const YEAR_WORDS = WordMap.of(['今年', '当年', '本年', '明年', '年内']);

/** Past a year opening text[from, hi) (`2019年`, `今年`), else `from`. */
function afterYear(text: string, from: number, hi: number): number {
  let k = from;
  while (k < hi && k - from < 4 && isDigit(text.charCodeAt(k))) k++;
  if (k - from === 4 && text.charCodeAt(k) === NIAN) return k + 1;
  return YEAR_WORDS.startingAt(text, from, hi)?.end ?? from;
}

const NIAN = code('年');

/** How many parts of a list of kinds of money (each with its amount) are read before an amount. */
const PARTS_MAX = 3;

const PART_SEPARATORS = charSet(',，、');

/** Where the first figure in [lo, hi) starts, or -1. */
function firstAmountAt(text: string, lo: number, hi: number): number {
  for (let i = lo; i < hi; i++) if (isDigit(text.charCodeAt(i))) return i;
  return -1;
}

const CLAUSE_LEAD_OR_COLON = charSet(',，:：');

const LIST_COLONS = WordMap.of(['为:', '是:', '如下:']);

/** `分别为:` (from `at`) followed by a project or company named before the amount. */
function namedAfterListColon(text: string, at: number, start: number): boolean {
  const colon = LIST_COLONS.startingAt(text, at, start);
  if (!colon) return false;
  for (let i = colon.end; i < start - 1; i++) if (namedThingAt(text, i) && !NOT_A_NAME_BEFORE.has(text.charCodeAt(i - 1))) return true;
  return false;
}

/** Before 项目, what makes it a kind, not a name (`等项目`, `两类项目`). */
const NOT_A_NAME_BEFORE = charSet('等类个批些');

/** Words saying a part is kept undisclosed (`其中1件不公开`). */
const UNDISCLOSED = WordMap.of(['不公开', '未公开', '不公布', '未公布', '保密', '不披露', '未披露', '不便透露', '未透露']);

/**
 * `通过8件投资案,其中1件不公开,投资总额19.2亿元`: a `其中` clause that only says a part is kept
 * undisclosed is an aside, closed before the amount; the amount is the whole's, not that part's
 * (nothing is told of an undisclosed part).
 */
function undisclosedAside(text: string, from: number, start: number): boolean {
  let undisclosed = false;
  for (let i = from; i < start; i++) {
    if (isClauseEnd(text.charCodeAt(i))) return undisclosed;
    undisclosed ||= UNDISCLOSED.startingAt(text, i, start) !== undefined;
  }
  return false;
}

/**
 * `lastIndexBetween(text, '其中', lo, start - 1)`, `lastIndexBetween(text, '分别', lo, start - 2)`, the
 * last clause opened by one project said again (`oneProjectAgainBefore`) and the last mark a counted list's item
 * follows (`countedListItemAfter`, after `lo` only), in one backward pass over the window: each would read most
 * of it, since most windows hold none of them.
 */
function lastMarks(text: string, lo: number, start: number): [among: number, each: number, again: number, counted: number] {
  let among = -1;
  let each = -1;
  let again = -1;
  let counted = -1;
  for (let i = Math.min(start - 1, text.length - 2); i >= lo && (among < 0 || each < 0 || again < 0 || counted < 0); i--) {
    const c = text.charCodeAt(i);
    if (counted < 0 && i > lo && countedListItemAfter(text, i)) counted = i;
    if (among < 0 && c === QI && text.charCodeAt(i + 1) === ZHONG) among = i;
    else if (each < 0 && c === FEN && text.charCodeAt(i + 1) === BIE && i <= start - 2) each = i;
    else if (again < 0 && c === XIANG && text.charCodeAt(i + 1) === MU && i <= start - 2) again = oneProjectAgainBefore(text, i, lo, start);
  }
  return [among, each, again, counted];
}

const QI = code('其');
const ZHONG = code('中');
const FEN = code('分');
const BIE = code('别');

/** What may stand between `分别` and an amount of a list of amounts (`分别为5亿元、`). */
const LIST_OF_AMOUNTS = /^[为是达到约近超和及与、，,\s0-9.亿万千百十元美港欧日英韩币人民多余]*$/;
