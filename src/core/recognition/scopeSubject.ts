// The subject of an amount's clause, for its scope (see moneyScope.ts): a company investing right
// before the amount or a company's own figures make it that one's (`item`); two companies joined,
// a category of projects or a size class of them make it their sum (`aggregate`).
import { ADMIN_WORDS, DETERMINER_WORDS, INDUSTRY_WORDS, PROJECT_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { charSet, code, isClauseEnd, isDigit, isHan, runStart, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { industryProjectsOpen } from './industryCategory';
import { capacityDigit } from './projectDigits';
import { MONTH_TOTALS } from './aggregateWords';
import { CLAUSE_LEAD, DE, isCompanyHead, isCountDigit, MU, pairBetween, projectWordBetween, SIZE_CLASS_NOUNS, XIANG } from './moneyCues';
import { hasCount } from './projectCounts';
import { REGION_WIDE } from './regionStatistic';
import { oneProjectSubject } from './sizeClass';
import { namesOneWork, worksInvestingAt, WORKS_INVEST } from './namedWorks';
import { BOUND_MARK, EXAMPLE_MARK, FIRMS_JOINED_MARK, LIST_END_MARK, NAME_INVESTING_MARK, ONE_COUNTED_MARK, PHASE_MARK, PROJECT_IS_MARK, SUPERLATIVE_MARK, TRADE_MARK, wordsMark } from './windowMarks';

/**
 * A legal form, or the stock code a listed company's name carries in brackets (`某某电机(2249-TW)`, `某某科技(300123)`; not a year, `(2023)`),
 * then the verb of investing (and a bound word), right before the amount.
 */
const INVESTOR_BEFORE = /(?:公司|集团|会社|\((?:\d{6}|\d{4,5}(?:-[A-Z]{2}|\.[A-Z]{2}))\))(?:亦|也|拟|将|计划|预计|再|追加|共)?(?:总)?投资(?:额)?(?:为|约|近|逾|超过|达|了)?\s*$/;

const ZI = code('资');

/** How far before the amount the `资` of `投资` may end (`投资额约`). */
const INVEST_VERB_REACH = 4;

/**
 * `5家企业进驻,包括某某有限公司投资2.77亿元`: a company named right before the money it invests; not
 * counted ones (`三个集团拟投资45亿元`: several investors, their sum).
 */
export function investorRightBefore(text: string, from: number, start: number): boolean {
  if (start - from < 4) return false;
  // Cheap test first: most amounts have no `投资` right before them, so no slice and no regex.
  let zi = false;
  for (let k = start - 1; k >= start - INVEST_VERB_REACH && k > from && !zi; k--) zi = text.charCodeAt(k) === ZI;
  if (!zi) return false;
  const sliceStart = Math.max(from, start - 14);
  const m = INVESTOR_BEFORE.exec(text.slice(sliceStart, start));
  return m !== null && !formCounted(text, from, sliceStart + m.index);
}

/**
 * A firm described by its trade (`从事…的`), then its name and a verb of capital right before the amount. The
 * name is no generic noun of firms (`从事光电的企业到资X` may be many).
 */
const DESCRIBED_FIRM_PAYING = /从事[^,，。；;:：]{2,16}的([^\s,，。；;:：、的]{2,16}?)(?:实际)?(?:到资|投资|增资|出资|注资)(?:约|近|超过|逾|达|了)?$/;
const CONG = charSet('从');
const SHI_AFFAIR = charSet('事');
const GENERIC_FIRM_ENDS = /(?:企业|公司|厂商|厂家|客商|项目|单位|集团)$/;
/** How far back DESCRIBED_FIRM_PAYING is read. */
const DESCRIBED_FIRM_REACH = 48;

/**
 * `前四个月,从事光电器件制造的某某光学到资2.77亿元`: one firm, described by what it does and named, puts up the
 * money: its own, whatever period or count the sentence opened with.
 */
export function describedFirmPaying(text: string, from: number, start: number, marks: number): boolean {
  // Cheap test first: the `从事` the pattern opens with, as marked in a window holding this one (windowMarks.ts),
  // then in the bounded stretch before the amount.
  if ((marks & TRADE_MARK) === 0) return false;
  const lo = Math.max(from, start - DESCRIBED_FIRM_REACH);
  if (!pairBetween(text, lo, start, CONG, SHI_AFFAIR)) return false;
  const m = DESCRIBED_FIRM_PAYING.exec(text.slice(lo, start));
  return m !== null && !GENERIC_FIRM_ENDS.test(m[1]);
}

/** Units of a count of firms right before their legal form (`两个集团`, `3家公司`, `两大集团`). */
const FIRM_COUNT_UNITS = charSet('个家大');

/** A count of several stands right before the legal form at `form`. */
function formCounted(text: string, from: number, form: number): boolean {
  return form - 2 >= from && FIRM_COUNT_UNITS.has(text.charCodeAt(form - 1)) && isCountDigit(text.charCodeAt(form - 2)) && !(text.charCodeAt(form - 2) === YI_ONE && !isCountDigit(text.charCodeAt(form - 3)));
}

const YI_ONE = code('一');

/** Nouns of firms as a group (`…等整车生产商`, `参与签约的厂商包括…`). */
const FIRMS = '(?:企业|生产商|厂商|厂家|公司|集团|客商|品牌|车企|药企|外企|名企)';
/** An item of a `、` list: a name, brackets and all (`好市多(Costco)`), no clause end. */
const ITEM = '[^、,，。；;:：]{1,14}';
/**
 * Three or more names listed with `、` and closed by `等`, then a noun of firms with no `的` between (the
 * list is the firms, not what one firm does: `业务涵盖地产、酒店等领域的综合性集团公司`), or the firms
 * named before the list.
 */
const FIRMS_LISTED = new RegExp(`(?:${ITEM}、){2,}${ITEM}等[^,，。；;的]{0,10}?${FIRMS}|${FIRMS}(?:包括|有|如)(?:${ITEM}、){2,}${ITEM}等`);
/** The part of each form of FIRMS_LISTED that names the firms: a match of it holds one of these. */
const FIRMS_NAMED = new RegExp(`等[^,，。；;的]{0,10}?${FIRMS}|${FIRMS}(?:包括|有|如)`);

/**
 * `A、B、C、D等新能源整车企业先后落户,…实现产值318亿元`, `参与签约的厂商包括A、B、C等,计划投资X`:
 * firms listed as the subject, their money together (not when it goes on to one project named after them).
 */
export function firmsListed(text: string, lo: number, start: number, marks: number): boolean {
  // Both forms close the list with `等`, as marked in a window holding this one (windowMarks.ts).
  if (start - lo < 10 || (marks & LIST_END_MARK) === 0) return false;
  // Both forms need two `、` and then a `等` in one run between ends of items, so no match starts before
  // the first such run: the pattern (which backtracks over its items) is tried from there only, and not
  // at all in most windows, which have none.
  const from = closedListRunStart(text, lo, start);
  if (from < 0) return false;
  const window = text.slice(from, start);
  // A noun of firms after the `等` or before `包括`: without one (`等多个领域`, `等方面`) the full pattern
  // would backtrack over every way to cut the list before failing.
  if (!FIRMS_NAMED.test(window)) return false;
  const m = FIRMS_LISTED.exec(window);
  return m !== null && !projectWordBetween(text, from + m.index + m[0].length, start);
}

/**
 * Start of the first run of text[lo, hi) between ends of items (ITEM) that holds two `、` and then a `等`,
 * or -1.
 */
function closedListRunStart(text: string, lo: number, hi: number): number {
  let run = lo;
  let commas = 0;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (c === LIST_COMMA) commas++;
    else if (c === DENG) {
      if (commas >= 2) return run;
    } else if (ITEM_ENDS.has(c)) {
      commas = 0;
      run = i + 1;
    }
  }
  return -1;
}

const LIST_COMMA = code('、');
const DENG = code('等');
/** What ends an ITEM, besides `、`. */
const ITEM_ENDS = charSet(',，。；;:：');

/**
 * A superlative that singles one project or company out of a group (`投资最大的项目为P`, `最大的企业是C`), also as
 * the subject of its own investment (`投资最大的项目总投资达X`) or set off before its name (`最大一单外资项目—P`).
 */
const SINGLED_OUT = /最大(?:的)?(?:单体|一单)?[^,，;；:：。、]{0,4}?(?:项目|企业|公司)(?:为|是|系|—|总投资|投资总额|计划投资)/;

/**
 * `这批42个项目中,投资最大的项目为P项目,计划投资68亿元`: after a superlative that singles one project out of
 * the counted ones, the money is that one's; so after one project or company given as an example
 * (`其中4宗为增资扩产,如P项目去年增资X`).
 */
export function singledOut(text: string, lo: number, start: number, marks: number): boolean {
  // What the patterns need, `最大` or a `如`, as marked in a window holding this one (windowMarks.ts).
  const superlative = (marks & SUPERLATIVE_MARK) !== 0;
  const example = (marks & EXAMPLE_MARK) !== 0;
  if (start - lo < 6 || (!superlative && !example)) return false;
  const window = text.slice(lo, start);
  return (superlative && SINGLED_OUT.test(window)) || (example && ONE_EXAMPLE.test(window));
}

/**
 * `其中,某某度假区签约额最高,达到X`: a kind of money said to be the highest, then the amount alone in the next clause:
 * one of several singled out by its figure (not a cap, `最高可达X`, which is a policy's over many).
 */
const HIGHEST_BEFORE = /(?:额|金额|投资|资金|产值)最高[,，]\s*(?:达到|达|为|约)?\s*$/;
const GAO = code('高');
/** How far back HIGHEST_BEFORE is read. */
const HIGHEST_REACH = 10;

export function highestFigureBefore(text: string, start: number): boolean {
  // Cheap test first: the `高` of `最高`, a few units before the amount.
  for (let k = start - 2; k >= Math.max(0, start - HIGHEST_REACH); k--) {
    if (text.charCodeAt(k) === GAO) return HIGHEST_BEFORE.test(text.slice(Math.max(0, start - HIGHEST_REACH), start));
  }
  return false;
}

/**
 * `P项目是本次开工的外资项目之一,总投资X`: a project said to be one of a batch or a kind (the subject a
 * project, not a counted or plural one: `12个项目是…` is a sum) is that one project, and so is the money
 * after it, whatever batch words the predicate holds.
 */
export function namedOneOfKind(text: string, lo: number, start: number, marks: number): boolean {
  // The pair the pattern needs, `目` of `项目` before `是`, `为` or `系`, as marked (windowMarks.ts).
  return start - lo >= 6 && (marks & PROJECT_IS_MARK) !== 0 && NAMED_ONE_OF_KIND.test(text.slice(lo, start));
}

const NAMED_ONE_OF_KIND = /(?:^|[,，;；:：])[^,，;；:：。]{0,60}?[^个批些类等家\d]项目(?:是|为|系)(?:(?!项目(?:和|及|与|、))[^,，;；:：。]){0,30}?项目(?:之一)?[,，]/;

/**
 * A clause opened by `如` (`例如`, `比如`) and one name ending in `项目`, `公司` or `集团`, not the first of a list
 * (no `、` or `等` right after it, nor `等` inside it).
 */
const ONE_EXAMPLE = /(?:^|[,，;；:：])(?:例如|比如|譬如|如)[^,，;；:：、。等]{2,20}?(?:项目|公司|集团)(?![、等])/;

/**
 * `其中,央企项目1个,为P项目,计划总投资X`: a count of one, then that one named, is that one's money (read in
 * the amount's own clause from `ownLo`: `；民企项目24个,…` after it counts others).
 */
export function oneCountedNamed(text: string, ownLo: number, start: number, marks: number): boolean {
  // The pair the pattern needs, a one and its counter, as marked (windowMarks.ts).
  return start - ownLo >= 6 && (marks & ONE_COUNTED_MARK) !== 0 && ONE_COUNTED_NAMED.test(text.slice(ownLo, start));
}

const ONE_COUNTED_NAMED = /(?:^|[^\d.])[1一](?:个|项|家)[,，]?(?:为|是|系)[^,，;；。]{2,40}?(?:项目|公司)[,，]/;

/**
 * Sectors a report splits its projects by (`公共服务项目`, `二产项目`, `第三产业项目`): a class of projects, none
 * named, so that a `；` item or a clause they open states that class's total.
 */
const SECTOR_WORDS = ['公共服务', '一产', '二产', '三产', '第一产业', '第二产业', '第三产业'];

/**
 * Kinds of project named by an industry or a sector only (`医药项目`, `电子项目`, `基础设施项目`), or by
 * their stage (`新建、续建项目`: all the projects at that stage), several joined by `、`.
 */
const CATEGORY_WORDS = WordMap.of(INDUSTRY_WORDS, ['工业', '产业', '制造业', '服务业', '农业', '基础设施', '民生', '社会民生', '社会事业', '城建', '文化', '医疗', '教育', '食品', '化工', '建材', '机械', '纺织'],
  ['新建', '续建', '在建', '新开工', '、'], SECTOR_WORDS);

/** Longest category read at the head of a clause. */
const MAX_CATEGORY = 8;

/**
 * `医药项目总投资10.83亿元`: a clause that opens with a kind of project (industry or sector words
 * only, no determiner, no name) states that category's total, a sum (guidelines: a category total
 * is aggregate). `from` is the start of the amount's sentence; the amount is in the same clause.
 */
export function categorySubject(text: string, from: number, start: number): boolean {
  // `其中工业项目总投资180亿元、基础设施项目总投资90亿元`: each clause of a list of categories opens with its own.
  const clause = runStart(text, start, isClauseEnd, from);
  return (clause > from && categoryOpens(text, clause, start)) || categoryOpens(text, from, start);
}

function categoryOpens(text: string, from: number, start: number): boolean {
  let k = from;
  while (k < start && k - from < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (industryProjectsOpen(text, k, start)) return true;
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
export function sizeClassSubject(text: string, lo: number, start: number, marks: number): boolean {
  // `以上` or `以下`, as marked in a window holding this one (windowMarks.ts): most have neither.
  if ((marks & BOUND_MARK) === 0) return false;
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

// The pair COMPANIES_JOINED needs: the end of `公司`, `集团` or `厂`, then a joining word.
const FIRM_HEAD_END = charSet('司团厂');
const JOINING = charSet('和及以、');

/** `项目` after a name, not after a count or a kind (`3个项目`, `等项目`, `建设的项目`). */
const ONE_PROJECT_NAMED = /[^个等类批些的]项目/;

/** `A公司和B公司共投资…` in text[from, start), unless the money goes on to one project. */
export function companiesJoined(text: string, from: number, start: number, marks: number): boolean {
  // The pair the pattern needs, as marked in a window holding this one (windowMarks.ts): most windows have none.
  if (start - from < 6 || (marks & FIRMS_JOINED_MARK) === 0 || !pairBetween(text, from, start, FIRM_HEAD_END, JOINING)) return false;
  const clause = text.slice(from, start);
  const joined = COMPANIES_JOINED.exec(clause);
  if (!joined) return false;
  // `由A集团和B集团联合投资建设的P项目,总投资50亿元`: the one project they build together, named before the money.
  const after = clause.slice(joined.index + joined[0].length);
  if (ONE_PROJECT_NAMED.test(after) && after.indexOf('项目') === after.lastIndexOf('项目')) return false;
  // `A公司和B公司投资5亿元建设P项目`: their money for one project is that project's, and so is their money
  // for one thing they build (`…投资36亿元建设某某数字科技城`).
  let end = start;
  for (; end < text.length && end - start < 32 && !isClauseEnd(text.charCodeAt(end)); end++) if (text.startsWith('项目', end)) return false;
  return !ONE_THING_BUILT_AFTER.test(text.slice(start, end));
}

/** The clause after the money ends in one thing it builds: a verb of building and a facility or a town. */
const ONE_THING_BUILT_AFTER = /(?:建设|新建|兴建|投建|打造)[一-鿿]{2,12}(?:城|园|基地|中心|工厂|厂|综合体|小镇)$/;

/**
 * A period counted from one plant's or company's own start (`建厂以来`, `投产以来`): what follows
 * is that company's running total, an item, though it says `累计`.
 */
export const OWN_HISTORY = ['建厂以来', '投产以来', '开业以来', '落户以来', '创办以来', '创立以来', '建厂至今', '投产至今'];

/** Words of a period or a running total that a company's own report uses as well (`公司上半年实现营收`). */
export const PERIOD_WORDS = ['累计', '全年', '上半年', '下半年', '季度', '首季', '今年以来', '年初以来', '前三季度', '月份以来', ...MONTH_TOTALS];

/**
 * Both kinds in one map, read in one pass over the window: no word of one starts with a unit that starts
 * a word of the other (a test checks it), so the first unit of a word found says its kind.
 */
const OWN_OR_PERIOD = WordMap.of(OWN_HISTORY, PERIOD_WORDS);
/** A window may hold a word of either kind (`ownFigures`): most hold none. */
const OWN_OR_PERIOD_MARK = wordsMark(OWN_HISTORY, PERIOD_WORDS);
const OWN_HISTORY_FIRSTS = charSet(OWN_HISTORY.map((w) => w[0]).join(''));

/**
 * A company's own figures: a period from its own start (`建厂以来，…累计销售收入`), or a company named in
 * the sentence before a period or running-total word (`公司上半年实现营业总收入…`), with no region-wide
 * word. Such a total is the company's, an item.
 */
export function ownFigures(text: string, lo: number, sStart: number, start: number, marks: number): boolean {
  if ((marks & OWN_OR_PERIOD_MARK) === 0) return false;
  let lastPeriod = -1;
  for (let i = lo; i < start; i++) {
    // Most units start no such word: ruled out by one table read, without the lookup's call.
    if (!OWN_OR_PERIOD.mayStartWith(text.charCodeAt(i)) || OWN_OR_PERIOD.longestStartingAt(text, i, start) === 0) continue;
    if (OWN_HISTORY_FIRSTS.has(text.charCodeAt(i))) return true;
    lastPeriod = i;
  }
  // A period word first: most windows have none, and then the region-wide words need no reading.
  if (lastPeriod < 0 || REGION_WIDE.occursIn(text, lo, start)) return false;
  if (oneProjectSubject(text, Math.max(lo, sStart)) || namedProjectHeading(text, Math.max(lo, sStart), lastPeriod)) return true;
  // A company named before a period word (the first company named is the one with most text after it).
  for (let i = Math.max(lo, sStart); i < start - 1 && i + 2 <= lastPeriod; i++) if (isCompanyHead(text, i)) return true;
  return false;
}

/**
 * `投资216亿元的某某炼油项目,到七月底已完成总进度的91%,累计完成投资X`: a first clause that is one project's
 * name (after what describes it, up to its last `的`) heads the sentence; the period words after it count
 * that project's own running total. The clause must end before the period word at `period`.
 */
function namedProjectHeading(text: string, from: number, period: number): boolean {
  let end = from;
  while (end < period && !isClauseEnd(text.charCodeAt(end))) end++;
  // A comma closes it: a `、` or `:` after a project's name lists it among others.
  if (end >= period || !HEADING_END.has(text.charCodeAt(end))) return false;
  let at = end;
  while (at > from && CLOSING_QUOTES.has(text.charCodeAt(at - 1))) at--;
  at -= 2;
  if (at <= from || text.charCodeAt(at) !== XIANG || text.charCodeAt(at + 1) !== MU) return false;
  let name = at;
  while (name > from && !NOT_IN_ONE_NAME.has(text.charCodeAt(name - 1))) name--;
  // `A项目、B项目`, `…等项目`: more than one project; a name opening the clause or after `的`/a bracket only.
  if (name > from && !AFTER_DESCRIPTION.has(text.charCodeAt(name - 1))) return false;
  return namesOneProject(text, name, at) && !hasCount(text, from, end);
}

const HEADING_END = charSet(',，');
/** Where the name heading a clause starts: after what describes it (`…的`) or a dateline's bracket. */
const AFTER_DESCRIPTION = charSet('的)）');
/** Characters that end the stretch a heading project's name is read in (a list or a description before it). */
const NOT_IN_ONE_NAME = charSet('的)）、等');

/** Words that describe a kind of project, not one project (`重点项目`, `新建工业项目`). */
const KIND_OF_PROJECT = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS, INDUSTRY_WORDS, SECTOR_WORDS);

/**
 * A kind's word right before `项目` makes the whole a kind (`…引进项目`, `重大产业项目`); an industry there
 * still ends a name (`某某光电新材料项目`).
 */
const KIND_HEAD = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, PROJECT_WORDS);

/** `项目` then a word of the project's total or planned investment. */
const PROJECT_INVEST_WORDS = ['项目总投资', '项目计划总投资', '项目计划投资', '项目投资总额', '项目投资',
  // what it has invested so far, added up (`P项目累计投资X,今年又追加投入Y`): its own running total
  '项目累计投资', '项目已累计投资', '项目累计完成投资', '项目已完成投资'];
const PROJECT_INVESTS = WordMap.of(PROJECT_INVEST_WORDS);

/**
 * The same after an item's number in a list (`(3)P项目,总投资共X`): there a comma may stand between the
 * name and its investment (elsewhere `…、重大产业项目,总投资X` is a kind closing a list).
 */
const LISTED_PROJECT_INVESTS = WordMap.of(PROJECT_INVEST_WORDS, ['项目,总投资', '项目，总投资', '项目,计划总投资', '项目，计划总投资']);

/** Words pointing at the one project just named (`(2)某某公司项目,该项目总投资X`): as good as its name. */
const DEMONSTRATIVES = WordMap.of(['该', '此', '本', '这个', '这一']);

/** Longest project name read at the head of a clause, and how many clauses back it is looked for. */
const MAX_NAME = 24;
const MAX_CLAUSES = 6;

/**
 * `…正在建设两个重点项目,…,青川锂电项目总投资30亿元,…,其中一期计划投资10亿元`: a clause that opens with
 * a project's own name (or `该项目`) and its investment makes the amounts from there on that project's (its
 * total, its phases), whatever was counted before it; a count after the name makes a sum again.
 */
export function namedProjectInvesting(text: string, lo: number, start: number, marks: number): boolean {
  // Every opening read below holds one of these words, wholly before the amount: most windows have none
  // (many have `项目` in other words), and the walk over clauses is dearer. Each word has its name's last unit
  // then its investing word's first, as marked in a window holding this one (windowMarks.ts).
  if ((marks & NAME_INVESTING_MARK) === 0) return false;
  if (!LISTED_PROJECT_INVESTS.occursIn(text, lo, start) && !WORKS_INVEST.occursIn(text, lo, start)) return false;
  let end = start;
  for (let n = 0; n < MAX_CLAUSES && end > lo; n++) {
    const clause = clauseWithProject(text, end, lo);
    // An opening's investing words start with `项目` inside its clause; the first clause of the window may
    // open with leads (a comma) and is always read.
    if ((clause.project || clause.start === lo) && opensWithNamedProject(text, clause.start, start)) return !hasCount(text, clause.start, start) && !lastOfListedProjects(text, clause.start, lo);
    end = clause.start - 1;
  }
  return false;
}

/** `A项目、B项目投资额均为X`: the project opening the clause ends a `、` list of projects, whose money it is together. */
function lastOfListedProjects(text: string, clauseStart: number, lo: number): boolean {
  let k = clauseStart - 1;
  if (k <= lo || text.charCodeAt(k) !== LIST_COMMA) return false;
  while (k > lo && CLOSING_QUOTES.has(text.charCodeAt(k - 1))) k--;
  return text.charCodeAt(k - 2) === XIANG && text.charCodeAt(k - 1) === MU;
}

const CLOSING_QUOTES = charSet('”」』"');

/**
 * A phase opening the amount's clause right before its kind of money (`一期总投资达X`, `其中一期项目累计完成投资X`,
 * `第二期投资X`): a part of one project, its item (guidelines: a part of a project's total), whatever the
 * sentence counted or summed before it.
 */
const PHASE_INVESTING = /^(?:其中)?(?:计划|规划)?第?[一二三四五首]期(?:项目|工程)?(?:计划|规划|预计|已|累计|共)*(?:总投资|投资总额|完成投资|投资)额?(?:达到|达|为|约|近|超过|逾)?$/;

/** How long a phase's opening may be (`其中一期项目已累计完成投资额达到`). */
const PHASE_REACH = 20;

/** The amount's clause (from `from`) is a phase's investment: PHASE_INVESTING. */
export function phaseInvesting(text: string, from: number, start: number, marks: number): boolean {
  // Every phase holds `期`, as marked in a window holding this one (windowMarks.ts): most windows have none.
  if ((marks & PHASE_MARK) === 0) return false;
  const clause = runStart(text, start, isClauseEnd, Math.max(from, start - PHASE_REACH));
  if (clause === start - PHASE_REACH && clause > from) return false;
  let k = clause;
  while (k < start && k - clause < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  return PHASE_INVESTING.test(text.slice(k, start));
}

/** `runStart(text, end, isClauseEnd, lo)`, and whether text[that start, end) holds `项目`, in one pass. */
function clauseWithProject(text: string, end: number, lo: number): { start: number; project: boolean } {
  let project = false;
  for (let i = Math.min(end, text.length) - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) return { start: i + 1, project };
    project ||= c === XIANG && text.charCodeAt(i + 1) === MU;
  }
  return { start: lo, project };
}

function opensWithNamedProject(text: string, from: number, hi: number): boolean {
  let k = from;
  while (k < hi && k - from < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const listed = afterListMarker(text, k, hi);
  const invests = listed > k ? LISTED_PROJECT_INVESTS : PROJECT_INVESTS;
  k = listed;
  for (let at = k; at < hi && at - k <= MAX_NAME; at++) {
    // `某某供水工程总投资X`: one work named, `工程` closing its name (namedWorks.ts).
    if (worksInvestingAt(text, k, at, hi)) return true;
    // Every other investing word opens with `项目`: a name's other characters need no lookup.
    if (text.charCodeAt(at) === XIANG && invests.longestStartingAt(text, at, hi) > 0) {
      if (DEMONSTRATIVES.longestStartingAt(text, k, at) === at - k && at > k) return true;
      return namesOneProject(text, k, at);
    }
    const past = pastCapacity(text, at, hi);
    if (past > at) at = past - 1;
    else if (!isHan(text.charCodeAt(at)) || text.charCodeAt(at) === DE) return false;
  }
  return false;
}

/** text[from, at), right before `项目` at `at`, names one project: not only a kind's words, nor a kind's word last. */
export function namesOneProject(text: string, from: number, at: number): boolean {
  // A name closed by `工程` (`某某水利枢纽工程项目`) is one work's, though `工程` alone is a kind's word.
  return at - from >= 2 && !KIND_OF_PROJECT.covers(text, from, at) && (KIND_HEAD.longestEndingAt(text, at, from) === 0 || namesOneWork(text, from, at));
}

/**
 * Past a capacity written inside a name at `at` (`某某180万吨/年乙二醇项目`): its number (projectDigits.ts), and a
 * `/` between its unit and `年`; else `at`.
 */
function pastCapacity(text: string, at: number, hi: number): number {
  const c = text.charCodeAt(at);
  if (c === SLASH) return isHan(unitAt(text, at - 1)) && unitAt(text, at + 1) === NIAN ? at + 1 : at;
  if (!isDigit(c) || !capacityDigit(text, at)) return at;
  let k = at + 1;
  while (k < hi && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === DOT)) k++;
  return k;
}

const SLASH = code('/');
const NIAN = code('年');
const DOT = code('.');

const OPEN_BRACKETS = charSet('(（');
const CLOSE_BRACKETS = charSet(')）');

/** Past a list item's number in brackets at `k` (`(3)`, `（12）`), else `k`: the item's name follows it. */
function afterListMarker(text: string, k: number, hi: number): number {
  if (!OPEN_BRACKETS.has(text.charCodeAt(k))) return k;
  let d = k + 1;
  while (d < hi && d - k <= 2 && isDigit(text.charCodeAt(d))) d++;
  return d > k + 1 && CLOSE_BRACKETS.has(text.charCodeAt(d)) ? d + 1 : k;
}
