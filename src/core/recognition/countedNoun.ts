// A count of things in the noun phrase around an amount (scope, see moneyScope.ts): the amount
// modifies a counted noun (`总投资90亿元的12个项目`), follows a count before its cue
// (`等5个总投资20亿元的项目`), or comes right before a place's counted projects (`2.6亿元某镇四个项目`),
// so it is the sum of those things.
import { readNumber } from './chineseNumbers';
import { charSet, code, isClauseEnd, isDigit, isHan, isSentenceEnd, unitAt } from '../text';
import { COUNT_CLASSIFIERS, countAt } from './sizeClass';
import { CUE_REACH, DE, isCountDigit, isCountUnit, MU, ROLE_CUES, XIANG } from './moneyCues';
import { bigCountAt, NOT_A_COUNT_AFTER } from './projectCounts';
import { WordMap } from '../wordMap';

/** `总投资50亿元的X项目`: the amount modifies the noun after `的`; `完成年任务75亿元的23.7%` is a share of it, no noun. */
export function modifiesNoun(text: string, afterEnd: number): boolean {
  return unitAt(text, afterEnd) === DE && !percentAt(text, afterEnd + 1);
}

/**
 * The noun the amount modifies (from `from`, right after `的`) is itself a kind of money (`新增超过X的产值`,
 * `带来X的投资`), or the base of a comparison (`X的基础上`): the amount is that figure, and whose it is the
 * clause says, as for any figure, not the noun.
 */
export function moneyNounModified(text: string, from: number): boolean {
  const noun = MONEY_NOUNS.startingAt(text, from);
  return (noun !== undefined && !text.startsWith(PROJECT_HEAD, noun.end)) || BASE_NOUNS.startingAt(text, from) !== undefined;
}

/**
 * `在一季度签约项目28个、总投资X的基础上`: the base a later figure is set against owns nothing; whose the amount
 * is, its own clause says (a count, a period, one project), as for a figure modifying a kind of money.
 */
const BASE_NOUNS = WordMap.of(['基础上', '基础之上']);

/**
 * `一个超X的投资项目——P项目`: a kind of money right before `项目` only says what the project is about; the
 * noun is the project, one thing the amount describes, not a figure of money.
 */
const PROJECT_HEAD = '项目';

const MONEY_NOUNS = WordMap.of(['产值', '年产值', '工业产值', '工业总产值', '投资', '销售收入', '销售额', '营业收入', '营收', '税收', '税费', '利税',
  '投入', '产出', '外资', '资金', '项目投资', '规模']);

/**
 * The noun the amount modifies counts several things (`总投资90亿元的12个项目`), or so does the
 * count right before the amount's cue (`等8个总投资59亿元的项目`), or the count closing the noun
 * after it (`总投资8000万元的A公司、B公司的两个项目`: their projects).
 */
export function modifiedNounCounted(text: string, sStart: number, start: number, afterEnd: number): boolean {
  // `总投资9亿元的某县六个项目`: a place's counted projects after `的` are as counted; `的八大项目` too.
  return countAt(text, afterEnd + 1) || spacedCountAt(text, afterEnd + 1) || bigCountAt(text, afterEnd + 1) || placeCountedRightAfter(text, afterEnd + 1) || countBeforeCue(text, sStart, start) || ownersCounted(text, afterEnd + 1) || headCounted(text, afterEnd + 1);
}

/**
 * `8个总投资59亿元的项目`: a count of things right before the cue of the amount; also a count listed
 * before it (`签约项目12个、协议资金80亿元的好成绩`: the sum of the counted projects, whatever noun follows).
 */
function countBeforeCue(text: string, sStart: number, start: number): boolean {
  for (let p = start; p >= start - CUE_REACH && p > sStart; p--) {
    const cue = ROLE_CUES.endingAt(text, p, sStart);
    if (!cue) continue;
    const unit = text.charCodeAt(cue.start - 1) === LIST_COMMA ? cue.start - 2 : cue.start - 1;
    return unit > sStart && isCountUnit(text.charCodeAt(unit)) && isCountDigit(text.charCodeAt(unit - 1)) && !countOfOne(text, sStart, unit);
  }
  return false;
}

/**
 * `总投资 89.5 亿元的 7 个核心项目`: a site that sets numbers off with spaces writes a count after `的` as space, digits,
 * space, classifier (more than one: a lone `1` counts one thing).
 */
function spacedCountAt(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== SPACE) return false;
  let q = p + 1;
  while (q < text.length && q - p <= 4 && isDigit(text.charCodeAt(q))) q++;
  const digits = text.slice(p + 1, q);
  return digits.length > 0 && digits !== '1' && text.charCodeAt(q) === SPACE && COUNT_CLASSIFIERS.has(text.charCodeAt(q + 1));
}

const SPACE = code(' ');
const YI_ONE = code('一');

/** `一项总投资20亿元的P项目`: a count of one thing, a lone `一` before its unit, counts no sum. */
function countOfOne(text: string, sStart: number, unit: number): boolean {
  return text.charCodeAt(unit - 1) === YI_ONE && (unit - 2 < sStart || !isCountDigit(text.charCodeAt(unit - 2)));
}

const PERCENT = code('%');

/** A percentage starts at `at` (`23.7%`). */
function percentAt(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i < at + 8 && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 0x2e)) i++;
  return i > at && text.charCodeAt(i) === PERCENT;
}

/** A count of at least two things at `p` (`六个`, `12家`), not a duration (`两个月`). */
function severalCountedAt(text: string, p: number): boolean {
  const t = readNumber(text, p);
  if (!t || t.bigUnit || Number(t.mantissa) < 2 || !COUNT_CLASSIFIERS.has(text.charCodeAt(t.end))) return false;
  return NOT_A_COUNT_AFTER.longestStartingAt(text, t.end + 1) === 0;
}

const LIST_COMMA = code('、');

/** How far after `的` the owners' count may close the noun (`A有限公司、B有限公司的两个项目`). */
const OWNERS_REACH = 40;

/**
 * `总投资8000万元的A有限公司、B有限公司的两个项目`: the noun the amount modifies ends in `的` and a
 * count of things (their projects), so the amount is their sum; so does a list of names closed by
 * the count of its projects (`总投资31亿元的A仓储中心、B市场、C基地三个项目`). The noun ends at the first
 * `项目` (then it is one named project), another amount or a clause end.
 */
function ownersCounted(text: string, from: number): boolean {
  const hi = Math.min(text.length, from + OWNERS_REACH);
  let listed = false;
  for (let k = from; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (listed && isCountDigit(c) && !isCountDigit(text.charCodeAt(k - 1)) && projectsCountedAt(text, k)) return true;
    // The owners may be a list (`、`), which ends no noun here.
    if ((c !== LIST_COMMA && isClauseEnd(c)) || isDigit(c) || (c === XIANG && text.charCodeAt(k + 1) === MU)) return false;
    if (c === DE && k > from) return severalCountedAt(text, k + 1);
    listed ||= c === LIST_COMMA;
  }
  return false;
}

/** How far the noun the amount modifies is read for a count before its head. */
const NOUN_REACH = 24;
/** Quotation marks a brand or a slogan inside the noun is written in (`“一条鱼”`). */
const NOUN_QUOTES = charSet('“”"‘’「」《》');

/**
 * `总投资18亿元的某市“某某”全产业链十大项目`: the noun the amount modifies ends in a count of projects, however long
 * its place, quoted name or kind before the count: the head of the noun is counted, so the amount is their sum.
 * The noun is Han characters and quotes only; it ends at the first `项目` (one named project) or anything else.
 */
function headCounted(text: string, from: number): boolean {
  const hi = Math.min(text.length, from + NOUN_REACH);
  for (let k = from; k < hi; k++) {
    const c = text.charCodeAt(k);
    if (isCountDigit(c) && !isCountDigit(text.charCodeAt(k - 1)) && (bigCountAt(text, k) || projectsCountedAt(text, k))) return true;
    if ((c === XIANG && text.charCodeAt(k + 1) === MU) || (!isHan(c) && !NOUN_QUOTES.has(c))) return false;
  }
  return false;
}

/** A count of several projects at `p`, its unit right before `项目` (`三个项目`). */
function projectsCountedAt(text: string, p: number): boolean {
  const t = readNumber(text, p);
  return t !== undefined && severalCountedAt(text, p) && text.startsWith('项目', t.end + 1);
}

/** Last characters of a place's name (`某县`, `某市`, `某某镇`). */
const PLACE_ENDS = charSet('县市区镇乡旗州');

/** Longest place read between an amount and a count (`4.8亿元宁陵县六个`). */
const MAX_PLACE = 6;

/**
 * Right after the amount, a count of several things, after a place's name at most (`4.8亿元某县六个项目`);
 * in a headline that opens with the amount, also after a comma (`总投资96亿元,某市某区14个项目集中签约`).
 */
export function placeCountedAfter(text: string, start: number, afterEnd: number): boolean {
  if (HEADLINE_COMMAS.has(unitAt(text, afterEnd)) && opensLine(text, start) && headlineEndsAfter(text, afterEnd)) return placeCountedRightAfter(text, afterEnd + 1);
  return placeCountedRightAfter(text, afterEnd);
}

const HEADLINE_COMMAS = charSet(',，');

/** How many characters of its cue may stand before an amount that opens a headline (`总投资`, `计划总投资`). */
const HEADLINE_LEAD = 6;

/** Only Han characters (the amount's cue) stand between the start of the line and the amount. */
function opensLine(text: string, start: number): boolean {
  for (let k = start - 1; k >= start - HEADLINE_LEAD - 1; k--) {
    if (k < 0 || text.charCodeAt(k) === NEWLINE) return true;
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

const NEWLINE = code('\n');
const RETURN = code('\r');

/** How far a headline runs after its amount, at most. */
const HEADLINE_REST = 40;

/** The line ends, with no sentence end on the way (a headline has no `。`). */
function headlineEndsAfter(text: string, afterEnd: number): boolean {
  for (let k = afterEnd; k <= afterEnd + HEADLINE_REST; k++) {
    if (k >= text.length || text.charCodeAt(k) === NEWLINE || text.charCodeAt(k) === RETURN) return true;
    if (isSentenceEnd(text.charCodeAt(k))) return false;
  }
  return false;
}

function placeCountedRightAfter(text: string, afterEnd: number): boolean {
  if (severalCountedAt(text, afterEnd)) return true;
  for (let k = afterEnd + 1; k < text.length && k <= afterEnd + MAX_PLACE && isHan(text.charCodeAt(k - 1)); k++) {
    if (PLACE_ENDS.has(text.charCodeAt(k - 1)) && severalCountedAt(text, k)) return true;
  }
  return false;
}
