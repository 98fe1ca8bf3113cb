// An amount's scope (guidelines, `scope`): `aggregate` when it sums or describes several projects
// (a count, a period, a summing word, a category, a batch, a region's statistic), else `item`.
// Small windows of folded text around one amount (see moneyCues.ts); a region's or a period's
// statistic is read in regionStatistic.ts.
import type { MoneyScope } from '../types';
import { readNumber } from './chineseNumbers';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { charSet, code, isClauseEnd, isDigit, isHan, isSentenceEnd, runStart } from '../text';
import { AFTER, currencyWords } from './currencies';
import { WordMap } from '../wordMap';
import { COUNT_CLASSIFIERS, countAt, oneProjectSubject } from './sizeClass';
import { bracketedAfterName, cueBefore, DE, GONG, isCountDigit, isCountUnit, JI, MAX_WINDOW, MU, ROLE_CUES, sentenceStart, SI, SIZE_CLASS_NOUNS, TUAN, XIANG } from './moneyCues';
import { namedThingAt, REGION_WIDE, regionStatistic } from './regionStatistic';

/** How far before the amount its cue may end (`总投资约`). */
const CUE_REACH = 2;

/** `8个总投资59亿元的项目`: a count of things right before the cue of the amount. */
function countBeforeCue(text: string, sStart: number, start: number): boolean {
  for (let p = start; p >= start - CUE_REACH && p > sStart; p--) {
    const cue = ROLE_CUES.endingAt(text, p, sStart);
    if (!cue) continue;
    const unit = cue.start - 1;
    return unit > sStart && isCountUnit(text.charCodeAt(unit)) && isCountDigit(text.charCodeAt(unit - 1)) && !countOfOne(text, sStart, unit);
  }
  return false;
}

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
  return !NOT_A_COUNT_AFTER.some((w) => text.startsWith(w, t.end + 1));
}

const LIST_COMMA = code('、');

/** How far after `的` the owners' count may close the noun (`A有限公司、B有限公司的两个项目`). */
const OWNERS_REACH = 40;

/**
 * `总投资8000万元的A有限公司、B有限公司的两个项目`: the noun the amount modifies ends in `的` and a
 * count of things (their projects), so the amount is their sum. The noun ends at the first
 * `项目` (then it is one named project), another amount or a clause end.
 */
function ownersCounted(text: string, from: number): boolean {
  const hi = Math.min(text.length, from + OWNERS_REACH);
  for (let k = from; k < hi; k++) {
    const c = text.charCodeAt(k);
    // The owners may be a list (`、`), which ends no noun here.
    if ((c !== LIST_COMMA && isClauseEnd(c)) || isDigit(c) || (c === XIANG && text.charCodeAt(k + 1) === MU)) return false;
    if (c === DE && k > from) return severalCountedAt(text, k + 1);
  }
  return false;
}

/** Last characters of a place's name (`某县`, `某市`, `某某镇`). */
const PLACE_ENDS = charSet('县市区镇乡旗州');

/** Longest place read between an amount and a count (`4.8亿元宁陵县六个`). */
const MAX_PLACE = 6;

/** Right after the amount, a count of several things, after a place's name at most (`4.8亿元某县六个项目`). */
function placeCountedAfter(text: string, afterEnd: number): boolean {
  if (severalCountedAt(text, afterEnd)) return true;
  for (let k = afterEnd + 1; k < text.length && k <= afterEnd + MAX_PLACE && isHan(text.charCodeAt(k - 1)); k++) {
    if (PLACE_ENDS.has(text.charCodeAt(k - 1)) && severalCountedAt(text, k)) return true;
  }
  return false;
}

/** A month's result (`本月完成到位资金`, `当月实现`): a period's total. */
const MONTH_TOTALS = ['本月完成', '本月实现', '本月到位', '当月完成', '当月实现', '当月到位', '上月完成', '上月实现', '上月到位'];

/** Words that make an amount a sum over several projects or a period's total. */
const AGGREGATE_WORDS = WordMap.of(['累计', '合计', '共计', '总计', '全年', '上半年', '下半年', '季度', '今年以来', '年初以来',
  '平均', '涉及', '合共', '共签约', '共引进', '共有', '共达', '金额共', '资金共', '总额共', '全市', '全省', '全县',
  '全区', '全州', '全镇', '全园', '全域', '全旗', '前三季度', '月份以来',
  // a region's or park's yearly target (`完成年任务75亿元`), like its year's total, and a target a higher
  // office sets it (`完成市政府下达任务数8亿元`)
  '年任务', '下达任务', '下达的任务', '任务数',
  // what a month brought in (`本月完成到位资金4亿元`), like a quarter's total; `本月新实施的项目有:X投资…`
  // introduces one project
  ...MONTH_TOTALS,
  // a batch of firms or projects said as one subject (`A、B等一批优势企业…固定资产投资超过10亿元`)
  '一批企业', '一批优势企业', '一批重点企业', '一批骨干企业', '一批龙头企业', '一批项目', '一批重点项目',
  // all the projects or companies of a place (`某某片区新老项目可实现税收6亿元`)
  '全部项目', '所有项目', '新老项目', '各项目', '全部企业', '所有企业', '新老企业',
  // a batch of projects (`这批项目`, `此次集中开工的项目`): the batch's total
  '这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '集中开工的项目', '集中签约的项目', '集中竣工的项目',
  '集中投产的项目', '签约项目全部', '开工项目全部', '入园项目全部',
  // the projects of one origin of capital (`外资项目投资额为13.66亿美元`): a category, not one project
  '外资项目', '内资项目', '民资项目', '台资项目', '港资项目', '侨资项目',
  // an investment-promotion signing event (`某市招商签约50亿元`): the projects signed there together
  '招商签约']);

/**
 * `某市集中签约超2000亿元重大招商项目`, `集中开工项目总投资120亿元`: the money of a batch event (a
 * signing or a start of works held together), written right after it with nothing named between,
 * is the batch's sum.
 */
const BATCH_EVENT_AMOUNT = /集中(?:签约|开工|竣工|开竣工|投产|开工签约|签约开工)(?:项目)?(?:总投资额|总投资|投资额|总额|金额)?(?:超过|超|逾|近|约|达到|达|共计|共|为)?$/;
/** Longest text BATCH_EVENT_AMOUNT can match. */
const BATCH_EVENT_REACH = 16;

/** Summing words that may sum a measure other than money (`建筑面积合计3.2万平方米`). */
const SUMMING_WORDS = WordMap.of(['合计', '共计', '总计']);
/** Multipliers between a number and its unit (`3.2万平方米`). */
const MULTIPLIER_CHARS = charSet('十百千万亿');
const CURRENCIES_AFTER = WordMap.of(currencyWords(AFTER).map(([word]) => word));

/**
 * A word of AGGREGATE_WORDS in text[lo, start), except a summing word whose own figure is of another
 * measure (`规划建筑面积合计3.2万平方米,项目分为三期建设,总投资约2亿元`: the sum is of floor space).
 */
function aggregateWordIn(text: string, lo: number, start: number): boolean {
  for (let i = lo; i < start; i++) {
    const n = AGGREGATE_WORDS.longestStartingAt(text, i, start);
    if (n === 0) continue;
    if (SUMMING_WORDS.longestStartingAt(text, i, i + n) === n && sumsOtherMeasure(text, i + n, start)) continue;
    // `企业于今年下半年投资2000余万元上马了二期项目`: a half-year or quarter after `于` dates one deed.
    if (datedPeriodEndingAt(text, lo, i + n)) {
      i += n - 1;
      continue;
    }
    return true;
  }
  return false;
}

/** The number right after a summing word (up to `start`) has a unit that is not a currency (`3.2万平方米`). */
function sumsOtherMeasure(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
  if (k === from) return false;
  while (k < start && MULTIPLIER_CHARS.has(text.charCodeAt(k))) k++;
  return k < start && isHan(text.charCodeAt(k)) && !CURRENCIES_AFTER.startingAt(text, k, start);
}

/**
 * A period counted from one plant's or company's own start (`建厂以来`, `投产以来`): what follows
 * is that company's running total, an item, though it says `累计`.
 */
const OWN_HISTORY = WordMap.of(['建厂以来', '投产以来', '开业以来', '落户以来', '创办以来', '创立以来', '建厂至今', '投产至今']);

/** Words of a period or a running total that a company's own report uses as well (`公司上半年实现营收`). */
const PERIOD_WORDS = WordMap.of(['累计', '全年', '上半年', '下半年', '季度', '今年以来', '年初以来', '前三季度', '月份以来', ...MONTH_TOTALS]);

/** Half-years and quarters that say when one thing was done after `于` (`于今年下半年投资…`). */
const DATED_PERIODS = WordMap.of(['上半年', '下半年', '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度']);

/** Years that may stand between `于` and the period (`于今年下半年`, `于2022年上半年`). */
const YEAR_BEFORE_PERIOD = /于(?:今年|去年|明年|当年|\d{4}年)?$/;

/**
 * `企业于今年下半年投资2000余万元上马了二期项目`: a half-year or quarter after `于` (and a year at most)
 * dates one deed; it is no period total.
 */
function datedPeriodEndingAt(text: string, lo: number, end: number): boolean {
  const period = DATED_PERIODS.endingAt(text, end, lo);
  return period !== undefined && YEAR_BEFORE_PERIOD.test(text.slice(Math.max(lo, period.start - 7), period.start));
}

/** What may follow a count unit when it is not counting projects (`1个月`, `3个百分点`, `两个板块` of one project). */
const NOT_A_COUNT_AFTER = ['月', '百分点', '小时', '工作日', '人', '季度', '年', '板块', '部分', '阶段'];

/**
 * What a company owns or has won, counted with 项 (`拥有11项实用新型专利`, `获得3项省级荣誉`): not
 * projects, so no sum. Read up to the clause's end unless `项目` comes first (`5项技改项目`).
 */
const OWNED_AFTER_XIANG = WordMap.of(['专利', '荣誉', '奖项', '证书', '认证', '资质', '标准', '称号', '商标', '知识产权', '软件著作权']);

/** How far after 项 its noun may come (`11项实用新型专利`). */
const OWNED_REACH = 8;

function countsOwnedThings(text: string, unit: number): boolean {
  if (text.charCodeAt(unit) !== XIANG) return false;
  for (let k = unit + 1; k < text.length && k <= unit + OWNED_REACH && !isClauseEnd(text.charCodeAt(k)); k++) {
    if (text.startsWith('项目', k)) return false;
    if (OWNED_AFTER_XIANG.startingAt(text, k)) return true;
  }
  return false;
}

const DA = code('大');

/** `六大项目`, `三大项目`: a numeral, 大 and 项目 count projects as `6个项目` does. */
function isBigCountUnit(text: string, i: number): boolean {
  return text.charCodeAt(i) === DA && text.startsWith('项目', i + 1);
}

/** Averages over land: `亩均` a few characters before the amount, or `/亩`, `每亩` right after it. */
const PER_LAND_BEFORE = '亩均';
const PER_LAND_AFTER = /^\s*(?:元)?\s*(?:\/|每)(?:亩|平方米|平米)/;

/** How far before the amount `亩均` may end (`亩均税收贡献不低于`). */
const PER_LAND_REACH = 10;

function perUnitOfLand(text: string, sStart: number, start: number, afterEnd: number): boolean {
  if (PER_LAND_AFTER.test(text.slice(afterEnd, afterEnd + 6))) return true;
  for (let k = start - 1; k >= sStart && k >= start - PER_LAND_REACH && !isClauseEnd(text.charCodeAt(k)); k--) {
    if (text.startsWith(PER_LAND_BEFORE, k)) return true;
  }
  return false;
}

/** How far after the amount a headline's count may come (`总投资202亿元 某区25个项目集中开工`). */
const COUNT_AFTER_REACH = 24;

/**
 * `总投资86亿元 某某新区18个项目集中开工`: a count of projects later in the amount's own clause (a
 * headline, a space for a comma) says what the amount sums.
 */
function countAfterInClause(text: string, afterEnd: number): boolean {
  let end = afterEnd;
  while (end < text.length && end - afterEnd < COUNT_AFTER_REACH && !isClauseEnd(text.charCodeAt(end))) end++;
  for (let i = afterEnd + 1; i < end; i++) {
    if (!text.startsWith('项目', i + 1) || !isCountUnit(text.charCodeAt(i)) && !isBigCountUnit(text, i)) continue;
    if (countEndingAt(text, afterEnd, i)) return true;
  }
  return false;
}

/**
 * A number of at least two right before the unit at `i` (`20多个`, `六大`), read no further back than
 * `lo`; or a category's count of one (`港澳项目1个`): a category total is a sum even of one project.
 */
function countEndingAt(text: string, lo: number, i: number): boolean {
  // `300余家企业`, `20多个项目`: an approximate count is a count.
  const numberEnd = APPROX_COUNT.has(text.charCodeAt(i - 1)) && i - 1 > lo ? i - 1 : i;
  if (!isCountDigit(text.charCodeAt(numberEnd - 1))) return false;
  let j = numberEnd;
  while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
  const t = readNumber(text, j);
  if (t === undefined || t.end !== numberEnd) return false;
  const n = Number(t.mantissa);
  return n >= 2 || (n === 1 && numberEnd === i && text.charCodeAt(i) === GE && projectsEndAt(text, j, lo));
}

const GE = code('个');

/** `项目` ends at `at` (after `lo`): the thing counted is written before its count (`签约项目1个`). */
function projectsEndAt(text: string, at: number, lo: number): boolean {
  return at - 2 >= lo && text.charCodeAt(at - 2) === XIANG && text.charCodeAt(at - 1) === MU;
}

/**
 * `aggregate` when the amount sums or describes several projects, else `item`. An amount that
 * modifies a noun (`总投资50亿元的X项目`) belongs to that one thing. Otherwise the sentence before
 * it (after any `其中`, which starts a list of parts) is searched for a count of projects
 * (`签约项目17个，合同资金达65.1亿元`), a period total (`上半年`, `全年`, `1-6月`) or a summing
 * word (`累计`, `分别`, `涉及`).
 */
export function scopeOf(text: string, start: number, afterEnd: number, sStart = sentenceStart(text, start)): MoneyScope {
  // `总投资273亿元的31只重大项目`: what the amount modifies is a count of projects, their sum.
  // `完成年任务75亿元的23.7%` is a share of the amount, no noun it modifies.
  // So is a count right before the amount's cue (`等8个总投资59亿元的项目`).
  // So is a count closing the noun after it (`总投资8000万元的A公司、B公司的两个项目`: their projects).
  if (text.charCodeAt(afterEnd) === DE && !percentAt(text, afterEnd + 1)) {
    return countAt(text, afterEnd + 1) || countBeforeCue(text, sStart, start) || ownersCounted(text, afterEnd + 1) ? 'aggregate' : 'item';
  }
  // `总投资4.8亿元某县六个项目签约`: a headline's amount before a place's counted projects is their sum.
  if (placeCountedAfter(text, afterEnd)) return 'aggregate';
  // `分别是维珍妮国际(1亿美元)、特瑞体育(1000万美元)`: an amount in brackets after a name is that one's.
  if (bracketedAfterName(text, start, afterEnd)) return 'item';
  // `亩均税收80万元`, `年产值超500万元/亩`: an average over the land, not any one thing's money.
  if (perUnitOfLand(text, sStart, start, afterEnd)) return 'aggregate';
  let lo = listStart(text, sStart, start);
  // The last `其中` that starts before the amount, looked for in the sentence only, and the last
  // `分别` (one backward pass for both).
  const [among, lastEach] = lastAmongAndEach(text, lo, start);
  // `…到位资金18.3亿元，其中外资1200万美元`: a part named only by its kind of money (a short cue)
  // is still a sum; any other part (`其中比亚迪项目投资30亿元`) starts a new subject.
  if (among >= lo && !kindOfMoneyPart(text, among + 2, start) && !undisclosedAside(text, among + 2, start)) lo = among + 2;
  // `总投资分别为5亿元和3亿元`: a list of amounts, one per thing named before (after that `其中`).
  const each = lastEach >= lo ? lastEach : -1;
  if (each >= 0 && LIST_OF_AMOUNTS.test(text.slice(each + 2, start))) return 'item';
  // `其他8个项目分别为:A公司X项目,投资总额8000万元`: the first listed thing, named after the colon, and its money.
  if (each >= 0 && namedAfterListColon(text, each + 2, start)) return 'item';
  // `5家企业进驻,包括某某有限公司投资2.77亿元`: a company named right before the money it invests is
  // the subject, whatever was counted before it (unless two companies are joined as one subject).
  if (investorRightBefore(text, Math.max(lo, sStart), start) && !companiesJoined(text, Math.max(lo, sStart), start)) return 'item';
  // Read once: a count rules the company's own figures out and, failing the words below, makes a sum.
  const counted = hasCount(text, lo, start) || hasCountOfCases(text, lo, start);
  if (!counted && ownFigures(text, lo, sStart, start)) return 'item';
  if (aggregateWordIn(text, lo, start)) return 'aggregate';
  // Every period pattern holds 月: no regex for the many windows without one.
  if (hasCodeBetween(text, YUE, lo, start) && PERIOD_RANGE.test(text.slice(lo, start))) return 'aggregate';
  if (counted || countAfterInClause(text, afterEnd)) return 'aggregate';
  if (categorySubject(text, Math.max(lo, sStart), start) || companiesJoined(text, Math.max(lo, sStart), start)) return 'aggregate';
  if (sizeClassSubject(text, lo, start)) return 'aggregate';
  if (subjectlessAfterBatch(text, sStart, start)) return 'aggregate';
  if (BATCH_EVENT_AMOUNT.test(text.slice(Math.max(lo, start - BATCH_EVENT_REACH), start))) return 'aggregate';
  return regionStatistic(text, lo, Math.max(lo, sStart), start, afterEnd) ? 'aggregate' : 'item';
}

/**
 * Openers of a sentence that names no subject of its own: a kind of money (`总投资额3亿美元,…`) or
 * what happens once the projects are built (`项目建成后,年产值…`). Its figures are those of the
 * subject of the sentence before.
 */
const SUBJECTLESS_OPENERS = WordMap.of(['项目建成后', '项目投产后', '项目达产后', '项目全部建成后', '项目全部投产后', '项目全部达产后',
  '建成后', '投产后', '达产后', '全部建成后', '全部投产后', '全部达产后']);

/** A batch of projects closing the sentence before (`这些项目…`, `A项目、B公司,均为外资项目`). */
const BATCH_BEFORE = WordMap.of(['这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '以上项目', '均为', '均系', '均属', '都是', '都属']);

/**
 * `A项目、B项目、C公司,均为外资项目。总投资额3亿美元,…`, `这些项目科技含量高。项目建成后,年产值可达…`:
 * a sentence without a subject of its own, right after a sentence about a batch, sums the batch; so
 * does bare `项目` with its money right after a sentence that counts projects (`其中县级项目20个。项目总投资…`).
 */
function subjectlessAfterBatch(text: string, windowStart: number, start: number): boolean {
  // A long sentence's start may lie beyond the window: read at most one more window back for it.
  const sStart = windowStart > 0 && !isSentenceEnd(text.charCodeAt(windowStart - 1)) ? runStart(text, windowStart, isSentenceEnd, Math.max(0, windowStart - MAX_WINDOW)) : windowStart;
  if (sStart === 0 || !isSentenceEnd(text.charCodeAt(sStart - 1))) return false;
  let k = sStart;
  while (k < text.length && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  // `…28个乡镇项目。项目总投资71.73亿元`: bare `项目` before a kind of money names none of them.
  const bareProjects = text.charCodeAt(k) === XIANG && text.charCodeAt(k + 1) === MU && moneyKindAt(text, k + 2);
  if (!bareProjects && !moneyKindAt(text, k) && !SUBJECTLESS_OPENERS.startingAt(text, k)) return false;
  const before = sentenceStart(text, sStart - 1);
  if (BATCH_BEFORE.occursIn(text, before, sStart - 1)) return true;
  if (bareProjects) return hasCount(text, before, sStart - 1);
  // `…重点项目共24项。总投资…`: the sentence's first amount, right after its kind of money, sums the
  // projects just counted, but only a count written on `项目` itself (`建设3个车间。总投资…` is one
  // plant's money; `签约项目6个,总投资…` counts a subject of its own).
  return start - (ROLE_CUES.startingAt(text, k)?.end ?? start) <= CUE_REACH && projectsCounted(text, before, sStart - 1);
}

/** `项目30项`, `项目12个`: a count written right after `项目` between `lo` and `hi`. */
function projectsCounted(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 2; i < hi; i++) {
    if (!isCountUnit(text.charCodeAt(i)) || !countEndingAt(text, lo, i)) continue;
    let j = i;
    while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
    if (projectsEndAt(text, j, lo)) return true;
  }
  return false;
}

/** A kind of money (not a bare money word) starts at `k`. */
function moneyKindAt(text: string, k: number): boolean {
  const cue = ROLE_CUES.startingAt(text, k);
  return cue !== undefined && cue.value !== 'money';
}

/** A legal form, then the verb of investing (and a bound word), right before the amount. */
const INVESTOR_BEFORE = /(?:公司|集团|会社)(?:拟|将|计划|预计|再|追加|共)?(?:总)?投资(?:额)?(?:为|约|近|逾|超过|达|了)?$/;

const ZI = code('资');

/** How far before the amount the `资` of `投资` may end (`投资额约`). */
const INVEST_VERB_REACH = 4;

function investorRightBefore(text: string, from: number, start: number): boolean {
  if (start - from < 4) return false;
  // Cheap test first: most amounts have no `投资` right before them, so no slice and no regex.
  let zi = false;
  for (let k = start - 1; k >= start - INVEST_VERB_REACH && k > from && !zi; k--) zi = text.charCodeAt(k) === ZI;
  return zi && INVESTOR_BEFORE.test(text.slice(Math.max(from, start - 14), start));
}

/** Units that count cases or firms only with such a noun after them (`8件投资案`, `11间签约的企业`). */
const CASE_UNITS = charSet('件间');

const CASE_NOUNS = ['投资案', '案', '企业', '公司', '项目', '厂商'];

/** How far after the unit its noun may come (`11间签约的企业`). */
const CASE_NOUN_REACH = 5;

const CHAN = code('产');

function companyHeadBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi - 1; i++) if (isCompanyHead(text, i)) return true;
  return false;
}

function hasCountOfCases(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 1; i < hi; i++) {
    if (!CASE_UNITS.has(text.charCodeAt(i)) || !isCountDigit(text.charCodeAt(i - 1))) continue;
    let j = i;
    while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
    const t = readNumber(text, j);
    // `年产5000万件服装…项目` is a capacity; `某某公司为7件投资案中金额最大者` compares one company with them.
    if (!t || t.end !== i || Number(t.mantissa) < 2 || t.bigUnit || text.charCodeAt(j - 1) === CHAN || companyHeadBetween(text, lo, j)) continue;
    for (let k = i + 1; k <= i + CASE_NOUN_REACH && k < hi && !isClauseEnd(text.charCodeAt(k)); k++) {
      if (CASE_NOUNS.some((w) => text.startsWith(w, k))) return true;
    }
  }
  return false;
}

/** Kinds of project named by an industry or a sector only (`医药项目`, `电子项目`, `基础设施项目`). */
const CATEGORY_WORDS = WordMap.of(INDUSTRY_WORDS, ['工业', '制造业', '服务业', '农业', '基础设施', '民生', '社会事业', '城建', '文化', '医疗', '教育', '食品', '化工', '建材', '机械', '纺织']);

/** Longest category read at the head of a clause. */
const MAX_CATEGORY = 8;

/**
 * `医药项目总投资10.83亿元`: a clause that opens with a kind of project (industry or sector words
 * only, no determiner, no name) states that category's total, a sum (guidelines: a category total
 * is aggregate). `from` is the start of the amount's sentence; the amount is in the same clause.
 */
function categorySubject(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && k - from < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const limit = Math.min(start - 2, k + MAX_CATEGORY);
  for (let at = k + 1; at <= limit; at++) {
    if (!text.startsWith('项目', at)) continue;
    if (!CATEGORY_WORDS.covers(text, k, at)) return false;
    for (let i = at + 2; i < start; i++) if (isClauseEnd(text.charCodeAt(i))) return false;
    return true;
  }
  return false;
}

/**
 * `其中1000万以上项目到位资金4.9亿元`: the subject is a size class of projects or companies (a bound
 * word then the class noun), so the amount is that class's total.
 */
function sizeClassSubject(text: string, lo: number, start: number): boolean {
  for (let i = lo; i < start - 3; i++) {
    if (text.charCodeAt(i) !== YI_BOUND || !BOUND_AFTER.startingAt(text, i, start)) continue;
    let k = i + 2;
    if (text.charCodeAt(k) === DE) k++;
    if (SIZE_CLASS_NOUNS.startingAt(text, k, start)) return true;
  }
  return false;
}

const BOUND_AFTER = WordMap.of(['以上', '以下']);

const YI_BOUND = code('以');

/** Two companies joined as one subject (`A有限公司和B食品厂…将投资近8亿元`): their money together. */
const COMPANIES_JOINED = /(?:公司|集团|厂)(?:和|及|以及|、)[^,，;；。]{2,24}?(?:公司|集团|厂)(?![房区长])/;

function companiesJoined(text: string, from: number, start: number): boolean {
  if (start - from < 6 || !COMPANIES_JOINED.test(text.slice(from, start))) return false;
  // `A公司和B公司投资5亿元建设P项目`: their money for one project is that project's.
  for (let i = start; i < text.length && i - start < 32 && !isClauseEnd(text.charCodeAt(i)); i++) if (text.startsWith('项目', i)) return false;
  return true;
}

const CLAUSE_LEAD = charSet(' \n\t，,。；;');

/**
 * A company's own figures: a period from its own start (`建厂以来，…累计销售收入`), or a company named in
 * the sentence before a period or running-total word (`公司上半年实现营业总收入…`), with no region-wide
 * word. Such a total is the company's, an item.
 */
function ownFigures(text: string, lo: number, sStart: number, start: number): boolean {
  if (OWN_HISTORY.occursIn(text, lo, start)) return true;
  if (REGION_WIDE.occursIn(text, lo, start) || !PERIOD_WORDS.occursIn(text, lo, start)) return false;
  if (oneProjectSubject(text, Math.max(lo, sStart))) return true;
  for (let i = Math.max(lo, sStart); i < start - 1; i++) {
    if (isCompanyHead(text, i) && PERIOD_WORDS.occursIn(text, i + 2, start)) return true;
  }
  return false;
}

/** `公司` or `集团` at `i`, not `分公司`-like parts nor plural or generic heads (`各公司`, `公司们`). */
function isCompanyHead(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (!((c === GONG && d === SI) || (c === JI && d === TUAN))) return false;
  return !NOT_ONE_COMPANY_BEFORE.has(text.charCodeAt(i - 1));
}

const NOT_ONE_COMPANY_BEFORE = charSet('各诸家分子些多');

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
    if (OWN_SUBJECT_OPENERS.startingAt(text, lo)) break;
    lo = sentenceStart(text, lo - 1);
  }
  return lo;
}

/** Openers of a `；` clause about something else than the clauses before it. */
const OWN_SUBJECT_OPENERS = WordMap.of(['另外', '另一', '另有', '此外', '其余', '其他', '其它', '剩余', '剩下']);

/** `其中外资`, `其中,工业投资`: at most eight characters after 其中, a role cue among them, nothing named. */
function kindOfMoneyPart(text: string, from: number, hi: number): boolean {
  // `其中:省际项目到位资金`: a colon or comma after 其中 opens the part.
  const lo = from < hi && CLAUSE_LEAD_OR_COLON.has(text.charCodeAt(from)) ? from + 1 : from;
  if (hi - lo > PART_MAX) return false;
  for (let i = lo; i < hi; i++) if (namedThingAt(text, i)) return false;
  return cueBefore(text, hi, lo) !== undefined;
}

const PART_MAX = 8;

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

const YUE = code('月');

/**
 * `lastIndexBetween(text, '其中', lo, start - 1)` and `lastIndexBetween(text, '分别', lo, start - 2)`
 * in one backward pass over the window.
 */
function lastAmongAndEach(text: string, lo: number, start: number): [among: number, each: number] {
  let among = -1;
  let each = -1;
  for (let i = Math.min(start - 1, text.length - 2); i >= lo && (among < 0 || each < 0); i--) {
    const c = text.charCodeAt(i);
    if (among < 0 && c === QI && text.charCodeAt(i + 1) === ZHONG) among = i;
    else if (each < 0 && c === FEN && text.charCodeAt(i + 1) === BIE && i <= start - 2) each = i;
  }
  return [among, each];
}

const QI = code('其');
const ZHONG = code('中');
const FEN = code('分');
const BIE = code('别');

function hasCodeBetween(text: string, c: number, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (text.charCodeAt(i) === c) return true;
  return false;
}

/** A reporting period: `1-6月`, `1至4月份`, `前5个月`, `3个月以来`. */
const PERIOD_RANGE = /\d[-~至到]\d{1,2}月|前[0-9一二三四五六七八九十]{1,2}个?月|[0-9一二三四五六七八九十]{1,2}个?月份?以来/;

/** What may stand between `分别` and an amount of a list of amounts (`分别为5亿元、`). */
const LIST_OF_AMOUNTS = /^[为是达到约近超和及与、，,\s0-9.亿万千百十元美港欧日英韩币人民多余]*$/;

const APPROX_COUNT = charSet('余多');

function hasCount(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 1; i < hi; i++) {
    if (!isCountUnit(text.charCodeAt(i)) && !isBigCountUnit(text, i)) continue;
    if (!countEndingAt(text, lo, i)) continue;
    if (NOT_A_COUNT_AFTER.some((w) => text.startsWith(w, i + 1)) || countsOwnedThings(text, i)) continue;
    return true;
  }
  return false;
}
