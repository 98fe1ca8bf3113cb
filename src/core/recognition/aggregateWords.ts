// Words that make an amount a sum (scope `aggregate`, see moneyScope.ts): summing and period words
// (`累计`, `上半年`, `1-6月`), a region's whole (`全市`), a batch or category of projects
// (`这批项目`, `外资项目`), a batch event right before the amount (`集中签约`), an average over land
// (`亩均`). The exceptions are read here too: a sum of floor space, a half-year that dates one deed.
import { charSet, code, isClauseEnd, isDigit, isHan, isLatin } from '../text';
import { WordMap } from '../wordMap';
import { AFTER, currencyWords } from './currencies';
import { hasCodeBetween, isCountDigit, MU, pairBetween, XIANG } from './moneyCues';
import { BATCH_EVENT_MARK, MONTH_MARK, wordsMark } from './windowMarks';

/** The `多` of `多个项目`, `多家企业`. */
const DUO = code('多');

/** A month's result (`本月完成到位资金`, `当月实现`): a period's total. */
export const MONTH_TOTALS = ['本月完成', '本月实现', '本月到位', '当月完成', '当月实现', '当月到位', '上月完成', '上月实现', '上月到位'];

/** Firms said as many, with a plural demonstrative or `各`: their money together. */
const PLURAL_FIRMS = ['这些企业', '这些公司', '各企业', '各公司', '各家企业', '各家公司'];

const PLURAL_FIRM_WORDS = WordMap.of(PLURAL_FIRMS);

/**
 * `这些企业为本市带来超过80亿元的投资`: firms said as many in the amount's clause make the money they
 * bring a sum, though it modifies a noun.
 */
export function pluralFirmsIn(text: string, from: number, start: number): boolean {
  return PLURAL_FIRM_WORDS.occursIn(text, from, start);
}

/** Words that make an amount a sum over several projects or a period's total. */
const AGGREGATE_WORD_LIST = ['累计', '合计', '共计', '总计', '全年', '上半年', '下半年', '季度', '今年以来', '年初以来',
  '平均', '涉及', '合共', '共签约', '共引进', '共有', '共达', '金额共', '资金共', '总额共', '全市', '全省', '全县',
  '全区', '全州', '全镇', '全园', '全域', '全旗', '前三季度', '月份以来',
  // the first quarter as news says it (`首季完成工业总产值260亿元`), like `一季度`
  '首季',
  // a region's or park's yearly target (`完成年任务75亿元`), like its year's total, and a target a higher
  // office sets it (`完成市政府下达任务数8亿元`)
  '年任务', '下达任务', '下达的任务', '任务数',
  // what a month brought in (`本月完成到位资金4亿元`), like a quarter's total; `本月新实施的项目有:X投资…`
  // introduces one project
  ...MONTH_TOTALS,
  // a year's money spread over its days (`按一年计算,每天有8亿元协议投资落地`): a rate of the whole
  '每天有', '每日有', '平均每天', '平均每日',
  // a batch of firms or projects said as one subject (`A、B等一批优势企业…固定资产投资超过10亿元`)
  '一批企业', '一批优势企业', '一批重点企业', '一批骨干企业', '一批龙头企业', '一批项目', '一批重点项目',
  // many of them, uncounted (`A等多个项目将入驻园区,总投资X`)
  '多个项目', '多家企业',
  // all the projects or companies of a place (`某某片区新老项目可实现税收6亿元`)
  '全部项目', '所有项目', '新老项目', '各项目', '全部企业', '所有企业', '新老企业',
  // a batch of projects (`这批项目`, `此次集中开工的项目`): the batch's total
  '这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '集中开工的项目', '集中签约的项目', '集中竣工的项目',
  '集中投产的项目', '集中动工的项目', '签约项目全部', '开工项目全部', '入园项目全部',
  // the projects of one origin of capital (`外资项目投资额为13.66亿美元`): a category, not one project
  '外资项目', '内资项目', '民资项目', '台资项目', '港资项目', '侨资项目',
  // an investment-promotion signing event (`某市招商签约50亿元`): the projects signed there together,
  // and a signing of key projects (`举办重点项目签约仪式,总投资…`: several, unnamed)
  '招商签约', '重点项目签约', '重大项目签约',
  // firms said as many (`这些企业为本市带来X的投资`, `预计各公司扩建完工后年产值将增加X`)
  ...PLURAL_FIRMS,
  // an industry's output (`力争2025年新材料产业产值突破X`): its many firms' together, like its scale
  '产业产值', '产业总产值',
  // a size class of firms by its short name (`规上企业实现营收X`, `限上企业`): the class's total
  '规上企业', '规上工业企业', '限上企业'];

const AGGREGATE_WORDS = WordMap.of(AGGREGATE_WORD_LIST);

/**
 * `某市集中签约超2000亿元重大招商项目`, `集中开工项目总投资120亿元`: the money of a batch event (a
 * signing or a start of works held together), written right after it with nothing named between,
 * is the batch's sum.
 */
const BATCH_EVENT_AMOUNT = /集中(?:签约|开工|动工|竣工|开竣工|投产|开工签约|签约开工|动工签约)(?:的?(?:重大|重点|优质|产业|工业|招商)?项目)?(?:总投资额|总投资|投资额|总额|金额)?(?:超过|超|逾|近|约|达到|达|共计|共|为)?$/;
// The pair BATCH_EVENT_AMOUNT needs, `集中`.
const JI = charSet('集');
const ZHONG = charSet('中');
/** Longest text BATCH_EVENT_AMOUNT can match. */
const BATCH_EVENT_REACH = 16;

/**
 * Words pointing back at several things said before (`这些`, `上述`, `以上`, `这批`), or saying several uncounted
 * (`多个`, `一批`): with a kind of projects or firms after them (`这些新签约循环经济项目`, `以上项目均达产后`,
 * `多个文创项目集中签约`), the amount is theirs together.
 */
const PLURAL_POINTER_LIST = ['这些', '上述', '以上', '前述', '这批', '此批', '本批', '该批', '多个', '多家', '一批', '众多', '若干'];
const PLURAL_POINTERS = WordMap.of(PLURAL_POINTER_LIST);
/** A window may hold a summing, period or batch word or a plural pointer (`aggregateWordIn`): most hold none. */
const AGGREGATE_WORDS_MARK = wordsMark(AGGREGATE_WORD_LIST, PLURAL_POINTER_LIST);
/** The first characters of PLURAL_POINTERS, one table read ruling out most positions. */
const PLURAL_POINTER_FIRST = firstUnitsTable(['这', '上', '以', '前', '此', '本', '该', '多', '一', '众', '若']);
/** The heads that make what the pointer points at several projects or firms. */
const POINTED_HEADS = WordMap.of(['项目', '企业', '公司', '工程']);
/** How many Han characters of a kind may stand between the pointer and its head (`新签约循环经济`). */
const POINTED_KIND_REACH = 8;

/**
 * A plural pointer at `i` and, after at most a few Han characters of a kind, projects or firms, before `start`.
 * `以上` only opening its clause: after a number it is a bound (`1亿元以上`), which the size class reads.
 */
function pluralPointerAt(text: string, lo: number, i: number, start: number): boolean {
  const pointer = PLURAL_POINTERS.startingAt(text, i, start);
  if (!pointer) return false;
  if (text.charCodeAt(i) === YI_ABOVE && i > lo && !isClauseEnd(text.charCodeAt(i - 1))) return false;
  // `200多家企业`: `多` after a number is a count's, which the count reading weighs.
  if (text.charCodeAt(i) === DUO && i > lo && isCountDigit(text.charCodeAt(i - 1))) return false;
  // `第一批入驻的企业`: an ordinal names one batch a firm belongs to, not several as the subject.
  if (i > lo && text.charCodeAt(i - 1) === DI) return false;
  for (let k = pointer.end; k < start && k - pointer.end <= POINTED_KIND_REACH; k++) {
    if (POINTED_HEADS.startingAt(text, k, start)) return true;
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

const YI_ABOVE = code('以');
const DI = code('第');

/** `…;全速推进P项目落地,以上项目均达产后`: a plural pointer at projects or firms in text[lo, start). */
export function pluralPointerIn(text: string, lo: number, start: number): boolean {
  for (let i = lo; i < start; i++) if (PLURAL_POINTER_FIRST[text.charCodeAt(i)] === 1 && pluralPointerAt(text, lo, i, start)) return true;
  return false;
}

function firstUnitsTable(chars: readonly string[]): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/** Summing words that may sum a measure other than money (`建筑面积合计3.2万平方米`). */
const SUMMING_WORDS = WordMap.of(['合计', '共计', '总计',
  // an average of another measure (`平均15天1列`: how often a train runs), no average of the money
  '平均']);
/** Multipliers between a number and its unit (`3.2万平方米`). */
const MULTIPLIER_CHARS = charSet('十百千万亿');
const CURRENCIES_AFTER = WordMap.of(currencyWords(AFTER).map(([word]) => word));

/**
 * A word of AGGREGATE_WORDS in text[lo, start), except a summing word whose own figure is of another
 * measure (`规划建筑面积合计3.2万平方米,项目分为三期建设,总投资约2亿元`: the sum is of floor space).
 */
export function aggregateWordIn(text: string, lo: number, start: number, marks: number): boolean {
  if ((marks & AGGREGATE_WORDS_MARK) === 0) return false;
  for (let i = lo; i < start; i++) {
    const c = text.charCodeAt(i);
    if (PLURAL_POINTER_FIRST[c] === 1 && pluralPointerAt(text, lo, i, start)) return true;
    // Most units start no such word: ruled out by one table read, without the lookup's call.
    if (!AGGREGATE_WORDS.mayStartWith(c)) continue;
    const n = AGGREGATE_WORDS.longestStartingAt(text, i, start);
    if (n === 0) continue;
    if (SUMMING_WORDS.longestStartingAt(text, i, i + n) === n && sumsOtherMeasure(text, i + n, start)) continue;
    // `可容纳200多家企业`: `多` after a number makes a count, which the count reading weighs (the firms one
    // project will host are no owners of its money), not the uncounted many of `多家企业`.
    if (c === DUO && i > lo && isCountDigit(text.charCodeAt(i - 1))) continue;
    // `A与B公司就P项目进行招商签约,项目总投资X`: a signing about one project named after `就` is that deal's, no event's batch.
    if (c === ZHAO && signingAboutOneProject(text, i)) continue;
    // `企业于今年下半年投资2000余万元上马了二期项目`: a half-year or quarter after `于` dates one deed.
    if (datedPeriodEndingAt(text, lo, i + n)) {
      i += n - 1;
      continue;
    }
    return true;
  }
  return false;
}

const ZHAO = code('招');
const JIU = code('就');
/** How far back from the signing `就` and its project may stand (`就某某预制菜食品项目进行项目`). */
const ABOUT_REACH = 40;
/** What makes the things signed about several: a list, `等`, `各`. */
const SEVERAL_ABOUT = charSet('、等各和及');

/**
 * `就某某食品项目进行项目招商签约`: `就` ("about") then one project's name in the signing's clause: the signing is
 * that one project's deal (not `就A项目、B项目等进行…`). `at` is where the signing word starts; its clause is read
 * before the window too (a long one starts past it).
 */
function signingAboutOneProject(text: string, at: number): boolean {
  let project = false;
  for (let k = at - 1; k >= 0 && at - k <= ABOUT_REACH; k--) {
    const c = text.charCodeAt(k);
    if (isClauseEnd(c) || SEVERAL_ABOUT.has(c)) return false;
    if (c === XIANG && text.charCodeAt(k + 1) === MU) project = true;
    if (c === JIU) return project;
  }
  return false;
}

/**
 * The number right after a summing word (up to `start`) has a unit that is not a currency (`3.2万平方米`,
 * or one written in Latin letters: `合计1GW产能`), nor a count of things (`合计87件`, `共计12个`: what it sums
 * are cases or projects, whose money follows).
 */
function sumsOtherMeasure(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e)) k++;
  if (k === from) return false;
  while (k < start && MULTIPLIER_CHARS.has(text.charCodeAt(k))) k++;
  if (k < start && isLatin(text.charCodeAt(k))) return !CURRENCIES_AFTER.startingAt(text, k, start);
  return k < start && isHan(text.charCodeAt(k)) && !CURRENCIES_AFTER.startingAt(text, k, start) && !COUNTED_UNITS.has(text.charCodeAt(k));
}

/** Units of a count of things a summing word may sum (cases, projects, firms, deals). */
const COUNTED_UNITS = charSet('个项家件宗批');

/** Half-years and quarters that say when one thing was done after `于` (`于今年下半年投资…`). */
const DATED_PERIODS = WordMap.of(['上半年', '下半年', '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度']);

/** Years that may stand between `于` and the period (`于今年下半年`, `于2022年上半年`). */
const YEAR_BEFORE_PERIOD = /于(?:今年|去年|明年|当年|\d{4}年)?$/;

/**
 * `企业于今年下半年投资2000余万元上马了二期项目`: a half-year or quarter after `于` (and a year at most), or
 * right before a deed of building or opening (`计划明年上半年动工`), dates one deed; it is no period total.
 */
function datedPeriodEndingAt(text: string, lo: number, end: number): boolean {
  const period = DATED_PERIODS.endingAt(text, end, lo);
  if (period === undefined) return false;
  // `计划2016年上半年动工兴建`: a half-year right before a deed of building or opening says when it happens.
  return DEED_AFTER_PERIOD.startingAt(text, end) !== undefined || YEAR_BEFORE_PERIOD.test(text.slice(Math.max(lo, period.start - 7), period.start));
}

/** Deeds of building or opening a half-year or quarter may date (`上半年动工`, `四季度投产`). */
const DEED_AFTER_PERIOD = WordMap.of(['动工', '开工', '开建', '建成', '投产', '竣工', '完工', '落成', '开业', '投用', '投入使用']);

/** Averages over land: `亩均` a few characters before the amount, or `/亩`, `每亩` right after it. */
const PER_LAND_BEFORE = '亩均';
const MU_LAND = code('亩');
const PER_LAND_AFTER = /^\s*(?:元)?\s*(?:\/|每)(?:亩|平方米|平米)/;
const PER_LAND_AFTER_REACH = 6;
const SLASH = code('/');
const MEI = code('每');

/** How far before the amount `亩均` may end (`亩均税收贡献不低于`). */
const PER_LAND_REACH = 10;

/** `亩均税收80万元`, `年产值超500万元/亩`: an average over the land, not any one thing's money. */
export function perUnitOfLand(text: string, sStart: number, start: number, afterEnd: number): boolean {
  // The pattern needs `/` or `每`: most amounts have neither after them, so no slice and no regex.
  const perEnd = Math.min(text.length, afterEnd + PER_LAND_AFTER_REACH);
  if ((hasCodeBetween(text, SLASH, afterEnd, perEnd) || hasCodeBetween(text, MEI, afterEnd, perEnd)) && PER_LAND_AFTER.test(text.slice(afterEnd, perEnd))) return true;
  for (let k = start - 1; k >= sStart && k >= start - PER_LAND_REACH && !isClauseEnd(text.charCodeAt(k)); k--) {
    if (text.charCodeAt(k) === MU_LAND && text.startsWith(PER_LAND_BEFORE, k)) return true;
  }
  return false;
}

/**
 * A reporting period: `1-6月`, `1—12月` (a dash of any width), `1至4月份`, `前5个月`, `3个月以来`. Not the `前`
 * ending a word (`目前1月份已投资`, `提前1个月完工`, `此前`, `之前`): a date or a project's own schedule.
 */
export const PERIOD_RANGE = /\d[-~—–至到]\d{1,2}月|(?<![目提此之以当])前[0-9一二三四五六七八九十]{1,2}个?月|[0-9一二三四五六七八九十]{1,2}个?月份?以来/;


/** `1-6月`, `前5个月` in text[lo, start). */
export function periodRangeIn(text: string, lo: number, start: number, marks: number): boolean {
  // Every period pattern holds 月 (marked in a window holding this one, windowMarks.ts): no regex for the
  // many windows without one.
  return (marks & MONTH_MARK) !== 0 && PERIOD_RANGE.test(text.slice(lo, start));
}

/** BATCH_EVENT_AMOUNT ends right before the amount (read no further back than `lo`). */
export function batchEventBefore(text: string, lo: number, start: number, marks: number): boolean {
  const from = Math.max(lo, start - BATCH_EVENT_REACH);
  // `集中`, as marked in a window holding this one (windowMarks.ts), then in the bounded stretch before the amount.
  return (marks & BATCH_EVENT_MARK) !== 0 && pairBetween(text, from, start, JI, ZHONG) && BATCH_EVENT_AMOUNT.test(text.slice(from, start));
}

/**
 * `带动`, `拉动` in the amount's clause, before it: what a project or a park brings others to invest or
 * produce, with a bound word (`带动至少40亿元的相关产业项目`, `拉动不少于X`) or what and where it is drawn
 * (`带动产业投资X`, `将带动当地超过X`, `带动上下游配套产业产值预计逾X`).
 */
const INDUCED_BEFORE = /(?:带动|拉动)[^,，。；;、:：]{0,14}$/;
const INDUCED_REACH = 16;
/** What INDUCED_BEFORE needs, the `动` of `带动` or `拉动`. */
const DONG = code('动');

/**
 * `项目将带动约120亿元的相关产业投资`: the money a project draws in from others is theirs together, not
 * the project's own (a sum, though it modifies a noun).
 */
export function inducedByProject(text: string, sStart: number, start: number): boolean {
  const from = Math.max(sStart, start - INDUCED_REACH);
  return hasCodeBetween(text, DONG, from, start) && INDUCED_BEFORE.test(text.slice(from, start));
}

/**
 * `届时将形成300亿元的产业规模`, `形成年产值80亿元的智能装备产业集群`: the scale of an industry or a cluster
 * (many firms), written right after the amount, is a sum though the amount modifies it.
 */
const INDUSTRY_SCALE_AFTER = /^的?[\u4e00-\u9fff]{0,10}?(?:产业规模|产业集群|集群)(?=$|[,，。；;、])/;
const INDUSTRY_SCALE_REACH = 16;

export function industryScaleAfter(text: string, afterEnd: number): boolean {
  const end = Math.min(text.length, afterEnd + INDUSTRY_SCALE_REACH);
  return pairBetween(text, afterEnd, end, SCALE_FIRST, SCALE_SECOND) && INDUSTRY_SCALE_AFTER.test(text.slice(afterEnd, end));
}

// The pairs INDUSTRY_SCALE_AFTER needs, one of `集群`, `规模`.
const SCALE_FIRST = charSet('集规');
const SCALE_SECOND = charSet('群模');
