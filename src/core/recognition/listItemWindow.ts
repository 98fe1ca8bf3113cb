// Items of a counted list (see scopeWindow.ts): a heading counts the projects (`签约项目2个:`,
// `投资超10亿元的项目共有4个:`, `在谈项目有8个,一是…`), then each item names one project and its own
// money. The count is the heading's; an item's amount is its project's, so the item starts the window
// for scope words. A `；` item opened by a project's name likewise shares no heading with the clauses before.
import { charSet, code, isClauseEnd, isDigit, isHan, isSentenceEnd } from '../text';
import { isChineseNumeralCode } from './chineseNumbers';
import { COUNT_CLASSIFIERS } from './sizeClass';
import { CLOSE_BRACKET, MU, OPEN_BRACKET, XIANG } from './moneyCues';
import { namedThingAt } from './regionStatistic';
import { namesOneProject } from './scopeSubject';
import { fieldNamedBefore } from './listedFields';
import { intakeNamesProjects } from './intakeProjects';
import { projectsCounted } from './projectCounts';

/**
 * Whether an item of a counted list begins right after `i`: a colon closing a count (`已签约项目2个:与C签约的P项目,
 * 估计投资1亿元`) or a comma closing a count with an ordinal after it (`在谈项目有8个,一是与C洽谈的P项目,计划投资8亿元`).
 * The scope window's one backward pass (`lastMarks` in scopeWindow.ts) asks it at each character, the last one
 * before the amount starting that amount's item.
 */
export function countedListItemAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === COLON || c === FULL_COLON) return countEndsAt(text, i);
  return (c === COMMA || c === FULL_COMMA) && ORDINALS.has(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === SHI && countEndsAt(text, i);
}

const COLON = code(':');
const FULL_COLON = code('：');
const COMMA = code(',');
const FULL_COMMA = code('，');
const SHI = code('是');
const ORDINALS = charSet('一二三四五六七八九十');

/** How many digits or numerals a count may have. */
const COUNT_DIGITS = 4;

/** A count (`2个`, `有 8 个`, `十二项`) ends right before `at` (spaces read past). */
function countEndsAt(text: string, at: number): boolean {
  let k = at - 1;
  while (k > 0 && text.charCodeAt(k) === SPACE) k--;
  if (!COUNT_CLASSIFIERS.has(text.charCodeAt(k))) return false;
  k--;
  while (k > 0 && text.charCodeAt(k) === SPACE) k--;
  let digits = 0;
  while (k >= 0 && digits <= COUNT_DIGITS && (isDigit(text.charCodeAt(k)) || isChineseNumeralCode(text.charCodeAt(k)))) { k--; digits++; }
  return digits > 0 && digits <= COUNT_DIGITS;
}

const SPACE = code(' ');

/** How far into a clause the `项目` closing a project's name may end. */
const NAME_REACH = 28;

/** What after `项目` says it is one of several or a kind counted (`A项目、B项目`, `项目12个`, `项目中`). */
const NOT_ONE_AFTER = charSet('、和及与等中数0123456789一二两三四五六七八九十');

/**
 * `…;某某乐园项目以…为特色,投资额30亿元`: a clause opened by one project's name (no kind words alone, not one
 * of a list, no count after it) is about that project.
 */
export function projectOpens(text: string, lo: number): boolean {
  let from = lo;
  while (from < text.length && text.charCodeAt(from) === SPACE) from++;
  for (let k = from; k < text.length && k - from < NAME_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === XIANG && text.charCodeAt(k + 1) === MU) {
      // A field the text listed (`…、文化旅游等领域。…;投资额最大的为文化旅游项目`) heads its category, no project.
      // Nor projects named by their intake (`新签订项目合作协议172个`): a collection (intakeProjects.ts).
      return namedThingAt(text, k) && namesOneProject(text, from, k) && !NOT_ONE_AFTER.has(text.charCodeAt(pastBracketedNote(text, k + 2))) && !fieldNamedBefore(text, from, k) && !intakeNamesProjects(text, from, k);
    }
    if (isClauseEnd(c) || !(isHan(c) || isDigit(c) || NAME_MARKS.has(c))) return false;
  }
  return false;
}

/** How long a note in brackets after a name may be (`“某类”项目(某某、某某和某某三类企业的项目)5个`). */
const NOTE_REACH = 64;

/** Past a note in brackets at `at` (`(…)`), so that a count after it is read; else `at`. */
function pastBracketedNote(text: string, at: number): number {
  if (text.charCodeAt(at) !== OPEN_BRACKET) return at;
  for (let k = at + 1; k < text.length && k - at < NOTE_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === CLOSE_BRACKET) return k + 1;
    if (isSentenceEnd(c)) return at;
  }
  return at;
}

/** Marks inside a project's name (`7—9号泊位`, `西商·崇武渔业城`, quoted names). */
const NAME_MARKS = charSet('—-·“”');

/** What closes the item before one or a list's heading (`；`, `:`), spaces after it read past. */
const ITEM_OPENERS = charSet(';；:：');

/**
 * `…项目共有4个:P项目主要建设1个泊位和2个码头,投资额X;Q项目…,投资额Y`: an item of a list (after `；` or
 * a colon) opened by one project's name is that project's, whatever it counts of what the project builds.
 */
export function listItemOfProject(text: string, lo: number): boolean {
  let k = lo - 1;
  while (k > 0 && text.charCodeAt(k) === SPACE) k--;
  return k >= 0 && ITEM_OPENERS.has(text.charCodeAt(k)) && projectOpens(text, lo) && !itemCountsProjects(text, lo);
}

/** How far into an item its opening clause is read for a count. */
const ITEM_CLAUSE_REACH = 40;

/**
 * `…;参加网上项目对接会的项目544个,总投资X`: an item whose opening clause counts its projects is a category's
 * sum, though a name-like run ending in `项目` opens it.
 */
function itemCountsProjects(text: string, lo: number): boolean {
  let end = lo;
  while (end < text.length && end - lo < ITEM_CLAUSE_REACH && !isClauseEnd(text.charCodeAt(end))) end++;
  return projectsCounted(text, lo, end) || PROJECT_DEALS_COUNTED.test(text.slice(lo, end));
}

/**
 * `…;签订某类合作项目合同1416个,总投资额X`: the deals of projects counted (contracts, agreements), each a project
 * of its own, whatever name-like run ends in `项目` before them.
 */
const PROJECT_DEALS_COUNTED = /项目(?:合同|协议)(?:共|达)?[0-9一二两三四五六七八九十百千]+[个项份]/;

/**
 * `…;与C公司签订P项目,6个项目总投资X`: a count of several projects or firms opening the amount's own clause
 * makes the counted ones its subject, though one project's name opens the `；` item before it: their sum.
 */
export function countOpensOwnClause(text: string, lo: number, start: number): boolean {
  let c = start;
  while (c > lo && !isClauseEnd(text.charCodeAt(c - 1))) c--;
  // Only a clause after the item's first is read: the first is the named project's own.
  return c > lo && COUNTED_SUBJECT_OPENS.test(text.slice(c, start));
}

/** A clause opened by a count of several and what is counted (`6个项目`, `这12家企业`, `以上5个签约项目`). */
const COUNTED_SUBJECT_OPENS = /^(?:共|这|此|以上|上述|全部)?(?:[2-9]|[1-9][0-9]+|[两三四五六七八九十][0-9一二两三四五六七八九十百]*)[个家项][\u4e00-\u9fff]{0,6}?(?:项目|企业|公司)/;
