// A count of projects, firms or cases in an amount's window (scope, see moneyScope.ts): `新签项目9个，
// 协议资金42亿元`, `引进40余家企业`, `审议5件投资案`, or one later in a headline's own clause
// (`总投资33亿元 某园区7个项目开工`) makes the amount their sum. Durations, shares and what a
// company owns (`6项专利`) count no projects.
import { readNumber } from './chineseNumbers';
import { charSet, charTable, code, isClauseEnd, isHan, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { COUNT_UNITS, hasCodeBetween, isCompanyHead, isCountDigit, isCountUnit, MU, XIANG } from './moneyCues';

/**
 * What may follow a count unit when it is not counting projects (`1个月`, `3个百分点`, `两个板块` of one
 * project, `新增900个就业岗位`: the jobs a project brings, `4个单体建筑`, `3个车间`: the buildings of one).
 */
export const NOT_A_COUNT_AFTER = WordMap.of(['月', '百分点', '小时', '工作日', '人', '季度', '年', '板块', '部分', '阶段', '就业', '岗位', '工作岗位',
  '单体', '建筑', '车间',
  // parts and capacities of one project or park (`规划有6个功能区`, `年产20万个标准箱`, `建设8个泊位`)
  '功能区', '功能分区', '标准箱', '泊位', '床位', '车位']);

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

/**
 * `六大项目`, `八大項目`, `十大创优项目`, `三大工程`: a numeral, 大 and 项目 (or 工程), a kind of up to ten Han
 * characters between (`两大智能装备产业配套项目`), count projects as `6个项目` does (`第二大项目` is a rank: `countEndingAt` reads `第`).
 */
function isBigCountUnit(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== DA) return false;
  for (let k = i + 1; k < text.length && k <= i + 1 + KIND_OF_BIG_COUNTED_REACH; k++) {
    if (BIG_COUNTED.startingAt(text, k)) return true;
    // `“十大创优项目”`: a count quoted with its noun.
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

/**
 * How many Han characters of a kind may stand between `N大` and `项目`: a count of projects by its trade runs longer
 * than `N个` does (`两大智能装备产业配套项目`), and Han characters alone (no comma) keep it one noun phrase.
 */
const KIND_OF_BIG_COUNTED_REACH = 10;

/** What `N大` counts as projects (traditional forms too). */
const BIG_COUNTED = WordMap.of(['项目', '項目', '工程']);

/** `总投资355亿元的八大项目`: a count of several projects written `N大…项目` opens the text at `p`. */
export function bigCountAt(text: string, p: number): boolean {
  let q = p;
  while (q < text.length && q - p < 3 && isCountDigit(text.charCodeAt(q))) q++;
  return q > p && isBigCountUnit(text, q) && countEndingAt(text, p - 1, q);
}

/** How far after the amount a headline's count may come (`总投资202亿元 某区25个项目集中开工`). */
const COUNT_AFTER_REACH = 24;

/**
 * `总投资86亿元 某某新区18个项目集中开工`: a count of projects later in the amount's own clause (a
 * headline, a space for a comma) says what the amount sums; so does a count of a kind of projects
 * (`总投资60亿元、45个增资扩产项目开工`: a few Han characters between the unit and `项目`).
 */
export function countAfterInClause(text: string, afterEnd: number): boolean {
  // A `、` right after the amount joins the count to it as the next fact of the same headline.
  const from = unitAt(text, afterEnd) === LIST_COMMA ? afterEnd + 1 : afterEnd;
  let end = from;
  while (end < text.length && end - afterEnd < COUNT_AFTER_REACH && !isClauseEnd(text.charCodeAt(end))) end++;
  for (let i = from + 1; i < end; i++) {
    if (!isCountUnit(text.charCodeAt(i)) && !isBigCountUnit(text, i)) continue;
    if (projectsWithin(text, i + 1, end) && countEndingAt(text, afterEnd, i)) return true;
  }
  return false;
}

const LIST_COMMA = code('、');

/** How many Han characters of a kind may stand between a count's unit and `项目` (`增资扩产`). */
const KIND_OF_COUNTED_REACH = 4;

/** `项目` at `from`, or after at most KIND_OF_COUNTED_REACH Han characters (before `end`). */
function projectsWithin(text: string, from: number, end: number): boolean {
  for (let k = from; k < end && k - from <= KIND_OF_COUNTED_REACH; k++) {
    if (text.charCodeAt(k) === XIANG && text.charCodeAt(k + 1) === MU) return true;
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

/** A breakdown after a colon that opens with a class of parks and its figure (`国家高新区1980.6亿元`). */
const PARK_CLASS_PART = /^(?:国家级|国家|省级|市级|县级)(?:高新区|开发区|经开区|经济开发区|高新技术产业开发区|工业园区|园区)\d/;
const PARK_CLASS_REACH = 14;

/** What a breakdown after a colon counts: parks, places, firms, projects (`8个国家高新区`, `12家企业`). */
const COUNTED_PARTS = /^[^,，。；;:：、]{0,8}?(?:项目|企业|园区|开发区|高新区|经开区|工业园|产业园|县|市|区)/;
/** How many characters a count after the colon may take (`15个`, `二十余家`). */
const BREAKDOWN_COUNT_REACH = 6;

/**
 * `●营业收入5210.3亿元:5个国家高新区3100.2亿元,…`: an amount before a colon that a breakdown opens
 * with a count of parks, places, firms or projects, or with a class of parks, is their sum.
 */
export function brokenDownByCountAfter(text: string, afterEnd: number): boolean {
  const c = unitAt(text, afterEnd);
  if (c !== 0x3a && c !== 0xff1a) return false;
  const from = afterEnd + 1;
  // `技术收入3120.4亿元:国家高新区1980.6亿元,省级高新区…`: split among classes of parks.
  if (PARK_CLASS_PART.test(text.slice(from, from + PARK_CLASS_REACH))) return true;
  for (let i = from + 1; i < text.length && i - from <= BREAKDOWN_COUNT_REACH; i++) {
    const u = text.charCodeAt(i);
    if (isCountUnit(u)) return countEndingAt(text, from, i) && COUNTED_PARTS.test(text.slice(i + 1, i + 16));
    if (!isCountDigit(u) && !APPROX_COUNT.has(u)) return false;
  }
  return false;
}

/**
 * Verbs by which funds are shared out among the projects or firms counted after them (`支持62个项目`),
 * or by which a total says how many it spans (`意向投资共86亿元,涉及27个文旅项目`).
 */
const SHARING_VERBS = WordMap.of(['支持了', '支持', '扶持了', '扶持', '资助了', '资助', '补助了', '补助', '奖补了', '奖补', '涉及', '共涉及', '包括', '包含']);

/**
 * `安排专项资金6.92亿元,支持了62个园区基础设施项目`: money followed, right after a comma, by its being
 * shared among several counted projects or firms, or spanning them (`涉及27个项目`), is their sum.
 */
export function sharedAmongCountedAfter(text: string, afterEnd: number): boolean {
  const c = unitAt(text, afterEnd);
  if (c !== 0x2c && c !== 0xff0c) return false;
  const verb = SHARING_VERBS.startingAt(text, afterEnd + 1);
  if (!verb) return false;
  let unit = verb.end;
  while (unit < text.length && unit - verb.end < 6 && isCountDigit(text.charCodeAt(unit))) unit++;
  if (APPROX_COUNT.has(text.charCodeAt(unit))) unit++;
  if (unit === verb.end || !isCountUnit(text.charCodeAt(unit)) || !countEndingAt(text, verb.end, unit)) return false;
  // What is counted: projects or firms, not the parts of one thing (`支持了2个实验室建设`).
  for (let k = unit + 1; k < text.length && k - unit <= SHARED_NOUN_REACH && !isClauseEnd(text.charCodeAt(k)); k++) {
    if (SHARED_AMONG.startingAt(text, k)) return true;
  }
  return false;
}

const SHARED_AMONG = WordMap.of(['项目', '企业', '园区']);

/** How far after the count unit its noun may end (`62个工业园区基础设施项目`). */
const SHARED_NOUN_REACH = 16;

/**
 * A number of at least two right before the unit at `i` (`20多个`, `六大`), read no further back than
 * `lo`; or a category's count of one (`港澳项目1个`, `100亿元以上1个`): a category total is a sum even of one project.
 */
function countEndingAt(text: string, lo: number, i: number): boolean {
  // Text pulled from a PDF spaces a count from its unit and noun (`项目 23 个`, `20 余个`).
  const unitStart = spacesBefore(text, i, lo);
  // `300余家企业`, `20多个项目`: an approximate count is a count.
  const approx = APPROX_COUNT.has(text.charCodeAt(unitStart - 1)) && unitStart - 1 > lo;
  const numberEnd = approx ? spacesBefore(text, unitStart - 1, lo) : unitStart;
  if (!isCountDigit(text.charCodeAt(numberEnd - 1))) return false;
  let j = numberEnd;
  while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
  const t = readNumber(text, j);
  if (t === undefined || t.end !== numberEnd || ordinalOfOne(text, j, i)) return false;
  const n = Number(t.mantissa);
  return n >= 2 || (n === 1 && !approx && text.charCodeAt(i) === GE && (projectsEndAt(text, spacesBefore(text, j, lo), lo) || boundEndsAt(text, j, lo) || industryEndsAt(text, spacesBefore(text, j, lo), lo)));
}

/**
 * `其中,含大健康产业1个,总投资X`: an industry's projects counted, a category, though it holds one (guidelines:
 * a category total is aggregate).
 */
function industryEndsAt(text: string, at: number, lo: number): boolean {
  return at - 2 >= lo && text.charCodeAt(at - 2) === CHAN && text.charCodeAt(at - 1) === YE;
}

const YE = code('业');

/** `100亿元以上1个`: a size class's bound right before its count; a class is a category, though it holds one project. */
const BOUND_WORDS = ['以上', '以下'];

function boundEndsAt(text: string, at: number, lo: number): boolean {
  return BOUND_WORDS.some((w) => at - w.length >= lo && text.startsWith(w, at - w.length));
}

/** Where the run of plain spaces ending at `at` starts (not before `lo`). */
function spacesBefore(text: string, at: number, lo: number): number {
  let k = at;
  while (k > lo && text.charCodeAt(k - 1) === 0x20) k--;
  return k;
}

const GE = code('个');
const DI = code('第');
const PI = code('批');

/**
 * `该集团在本省布局的第4个项目`: an ordinal names one project, it counts none. A batch keeps its count
 * (`第二批`: a batch holds several projects).
 */
function ordinalOfOne(text: string, numberStart: number, unit: number): boolean {
  return text.charCodeAt(numberStart - 1) === DI && text.charCodeAt(unit) !== PI;
}

/** `项目` ends at `at` (after `lo`): the thing counted is written before its count (`签约项目1个`). */
function projectsEndAt(text: string, at: number, lo: number): boolean {
  return at - 2 >= lo && text.charCodeAt(at - 2) === XIANG && text.charCodeAt(at - 1) === MU;
}

/** Units that count cases or firms only with such a noun after them (`8件投资案`, `11间签约的企业`). */
const CASE_UNIT_CHARS = '件间';
const CASE_UNITS = charSet(CASE_UNIT_CHARS);

const CASE_NOUNS = ['投资案', '案', '企业', '公司', '项目', '厂商'];

/** How far after the unit its noun may come (`11间签约的企业`). */
const CASE_NOUN_REACH = 5;

const CHAN = code('产');

function companyHeadBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi - 1; i++) if (isCompanyHead(text, i)) return true;
  return false;
}

/** `通过8件投资案`, `11间签约的企业`: several cases or firms counted, the count's unit at `i` (in [lo, hi)). */
function casesCountedAt(text: string, lo: number, hi: number, i: number): boolean {
  if (!CASE_UNITS.has(text.charCodeAt(i)) || !isCountDigit(text.charCodeAt(i - 1))) return false;
  let j = i;
  while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
  const t = readNumber(text, j);
  // `年产5000万件服装…项目` is a capacity; `某某公司为7件投资案中金额最大者` compares one company with them.
  if (!t || t.end !== i || Number(t.mantissa) < 2 || t.bigUnit || text.charCodeAt(j - 1) === CHAN || companyHeadBetween(text, lo, j)) return false;
  for (let k = i + 1; k <= i + CASE_NOUN_REACH && k < hi && !isClauseEnd(text.charCodeAt(k)); k++) {
    if (CASE_NOUNS.some((w) => text.startsWith(w, k))) return true;
  }
  return false;
}

/**
 * A count of several projects or firms (`hasCount`) or of cases (`通过8件投资案`) between `lo` and `hi`, in
 * one pass: the scope of most amounts asks both.
 */
export function hasCountOrCases(text: string, lo: number, hi: number, tenantsOfOne?: () => boolean): boolean {
  for (let i = lo + 1; i < hi; i++) {
    if (COUNT_OR_CASE_UNITS[text.charCodeAt(i)] === 1 && countMayEndBefore(text, i) && (countAt(text, lo, i, tenantsOfOne) || casesCountedAt(text, lo, hi, i))) return true;
  }
  return false;
}

/**
 * The units `countAt` and `casesCountedAt` start from (a count's unit, the `大` of `六大项目`, a case's unit):
 * one table read rules out most characters of the window, which both would otherwise test in turn. Built
 * from the units written out, not by asking each of the 65,536 units (which cost more than the scans it saves).
 */
const COUNT_OR_CASE_UNITS = charTable(`${COUNT_UNITS}大${CASE_UNIT_CHARS}`);

const APPROX_COUNT = charSet('余多');

/**
 * What stands right before the unit of every count `countAt` and `casesCountedAt` read: the number's last digit,
 * an approximation (`20多个`) or a PDF's space (`23 个`). Most units of a window (the `项` of every `项目`, the `大`
 * of `重大`) have none of these before them: ruled out before the count is read.
 */
function countMayEndBefore(text: string, unit: number): boolean {
  const c = text.charCodeAt(unit - 1);
  return isCountDigit(c) || c === 0x20 || APPROX_COUNT.has(c);
}

/**
 * A count of several projects or firms between `lo` and `hi` (`项目17个`, `六大项目`), not of months or
 * patents; nor, in a sentence about one project's outcome (`tenantsOfOne`), of the firms it will host.
 * `tenantsOfOne` is asked only when a count of firms moving in is found: reading the sentence for an
 * outcome costs a scan that most amounts, with no such count, never need.
 */
export function hasCount(text: string, lo: number, hi: number, tenantsOfOne?: () => boolean): boolean {
  for (let i = lo + 1; i < hi; i++) if (countAt(text, lo, i, tenantsOfOne)) return true;
  return false;
}

/** A count of several projects or firms whose unit is at `i` (see `hasCount`). */
function countAt(text: string, lo: number, i: number, tenantsOfOne?: () => boolean): boolean {
  if (!countMayEndBefore(text, i)) return false;
  if (!isCountUnit(text.charCodeAt(i)) && !isBigCountUnit(text, i)) return false;
  if (!countEndingAt(text, lo, i)) return false;
  // Jobs are no owners of money, whoever brings them: `岗位800余个` is `800余个就业岗位` (NOT_A_COUNT_AFTER) written the other way.
  if (jobsCountedAt(text, lo, i)) return false;
  if (tenantsOfOne && tenantsCountedAt(text, lo, i) && tenantsOfOne()) return false;
  if (marketsCountedAt(text, lo, i)) return false;
  return NOT_A_COUNT_AFTER.longestStartingAt(text, i + 1) === 0 && !countsOwnedThings(text, i);
}

/** `项目30项`, `项目12个`: a count written right after `项目` between `lo` and `hi`. */
export function projectsCounted(text: string, lo: number, hi: number): boolean {
  for (let i = lo + 2; i < hi; i++) {
    if (!isCountUnit(text.charCodeAt(i)) || !countEndingAt(text, lo, i)) continue;
    let j = i;
    while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
    if (projectsEndAt(text, j, lo)) return true;
  }
  return false;
}

/**
 * Before a count of firms: they move in, or a building holds them (`入驻企业100家`, `入驻100余家企业`,
 * `可容纳企业10户`), also past the kinds of firms (`可入驻服装、鞋帽等创业企业28家`), or a project gathers them
 * (`集聚…食品加工企业30余家`), or is to bring them in (`计划引入企业约80家`: not `引入企业30家`, firms already come);
 * tenants may be projects too (`签约入驻的项目9个`).
 */
const TENANTS_BEFORE = /(?:入驻|进驻|容纳|集聚|聚集|(?:计划|预计|将|可)引入)(?:[^，,。；;：:]{0,20}?(?:企业|商户|商家|项目))?(?:约|超过|超|达)?$/;

/**
 * After a count of firms: their kind, then their moving in or settling (`可吸纳90家物流企业进驻`,
 * `可吸引20家配套企业落地`, `…企业落户`).
 */
const TENANTS_AFTER = /^[\u4e00-\u9fff]{0,8}?(?:企业|商户|商家)(?:入驻|进驻|落地|落户)/;

/** How far before the count TENANTS_BEFORE reads (`入驻` and a list of kinds of firms). */
const TENANTS_BEFORE_REACH = 24;
/** How far after the count unit TENANTS_AFTER reads. */
const TENANTS_AFTER_REACH = 12;

/** What TENANTS_BEFORE needs, the `驻` of `入驻` or `进驻`, the `纳` of `容纳`, the `聚` of `集聚` or `聚集`, or the `引` of `引入`. */
const ZHU = code('驻');
const NA = code('纳');
const JU = code('聚');
const YIN = code('引');
/** The `企` of `企业` TENANTS_AFTER needs. */
const QI = code('企');

/** The count ending at the unit `i` counts the firms moving in (`入驻企业100家以上`, `90家物流企业进驻`). */
function tenantsCountedAt(text: string, lo: number, i: number): boolean {
  const j = countStart(text, lo, i);
  const from = Math.max(lo, j - TENANTS_BEFORE_REACH);
  if ((hasCodeBetween(text, ZHU, from, j) || hasCodeBetween(text, NA, from, j) || hasCodeBetween(text, JU, from, j) || hasCodeBetween(text, YIN, from, j)) && TENANTS_BEFORE.test(text.slice(from, j))) return true;
  return hasCodeBetween(text, QI, i + 1, Math.min(text.length, i + 1 + TENANTS_AFTER_REACH)) && TENANTS_AFTER.test(text.slice(i + 1, i + 1 + TENANTS_AFTER_REACH));
}

/** Where the count ending at the unit `i` starts (`300余家`: at the 3), no further back than `lo`. */
function countStart(text: string, lo: number, i: number): number {
  let j = APPROX_COUNT.has(text.charCodeAt(i - 1)) ? i - 1 : i;
  while (j > lo && isCountDigit(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Countries or regions counted after the unit. */
const PLACES_AFTER = WordMap.of(['国家', '地区', '城市', '省份']);
/** Right before the count: the product is sold or shipped there (`产品销往30多个国家和地区`, `远销`, `出口到`). */
const MARKETS_BEFORE = /(?:销往|远销|销售到|销到|出口到|出口至|出口|覆盖|遍布)(?:全球|世界|欧美等|欧美|海外)?(?:约|超过|超|达)?$/;
/** How far before the count MARKETS_BEFORE reads. */
const MARKETS_REACH = 8;
/** The `销 出 覆 遍` one of MARKETS_BEFORE's verbs holds, looked for before the pattern is run. */
const MARKET_VERB_CHARS = charSet('销出覆遍');

/**
 * `产品销往欧美等30多个国家和地区`: the markets a firm's product reaches are places, not owners of money; the
 * count says nothing of how many the figure sums (`来自45个国家和地区的侨商` is not one: those are where its owners come from).
 */
function marketsCountedAt(text: string, lo: number, i: number): boolean {
  if (!PLACES_AFTER.startingAt(text, i + 1)) return false;
  const j = countStart(text, lo, i);
  const from = Math.max(lo, j - MARKETS_REACH);
  let verb = false;
  for (let k = from; k < j && !verb; k++) verb = MARKET_VERB_CHARS.has(text.charCodeAt(k));
  return verb && MARKETS_BEFORE.test(text.slice(from, j));
}

/** Right before a count of jobs (`新增就业岗位800余个`, `带来工作岗位约260个`): no firms or projects. */
const JOBS_BEFORE = /岗位(?:约|近|超过|超|达|逾)?$/;

const WEI = code('位');
/** How far before the count JOBS_BEFORE reads. */
const JOBS_REACH = 6;

/** `新增就业岗位800余个`: the count is of the jobs a project brings, written after its noun. */
function jobsCountedAt(text: string, lo: number, i: number): boolean {
  const j = countStart(text, lo, i);
  const from = Math.max(lo, j - JOBS_REACH);
  return hasCodeBetween(text, WEI, from, j) && JOBS_BEFORE.test(text.slice(from, j));
}
