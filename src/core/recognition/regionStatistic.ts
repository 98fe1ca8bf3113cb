// A region's or a period's statistic, for an amount's scope (moneyScope.ts): a sentence whose
// subject is a region, a park named by its suffix or a year, or whose amount is followed by its
// growth, and that names no project or company and spends the money on no one thing. Small
// windows of folded text around one amount (see moneyCues.ts).
import { charSet, charTable, code, isClauseEnd, isDigit, isHan, isSentenceEnd, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { GONG, JI, MU, SI, TUAN, XIANG } from './moneyCues';
import { builtAtPlaceAfter } from './builtAtPlace';
import { PRODUCT_MARK } from './windowMarks';
import { siteAreaAfter } from './siteAreaAfter';

/** Region-wide words: with them a company in the sentence is one of many (`全市规上企业…`). */
export const REGION_WIDE = WordMap.of(['全市', '全省', '全县', '全区', '全州', '全镇', '全园', '全域', '全旗']);

/**
 * A region's or a period's statistic with no count or summing word: the subject is a region
 * (`该区`, `我市`, `园区`), a park named by its suffix (`宁波杭州湾新区吸引投资…`) or a year
 * (`去年`, `2023年,`), or the amount is followed by its growth (`12.3亿美元,同比增长5%`). Not when
 * a project or company is named before it (`该公司去年营收`, `比亚迪项目今年计划投资`), nor when the
 * money is spent on one thing (`该区投资5亿元建设…`, `计划投资5亿元污水处理厂`). `lo` reaches back over
 * `；` clauses for the subject; `ownLo` starts the amount's own clause, where a named thing counts.
 */
export function regionStatistic(text: string, lo: number, ownLo: number, start: number, afterEnd: number): boolean {
  // `某某产业园…,总投资X,占地面积97亩`: one site measured after its cost is what the money builds.
  if (spentOnOneThing(text, afterEnd) || siteAreaAfter(text, start, afterEnd)) return false;
  let region = false;
  /** An earlier `；` clause named a project or company: its own time words (`A公司预计今年…`) head nothing. */
  let namedEarlier = false;
  let firmEarlier = false;
  // One pass over the window: a named thing (项目 公司 集团) rules the rule out, a subject rules it in.
  for (let i = lo; i < start; i++) {
    // Only in the amount's own sentence: a project in an earlier `；` clause is another item of a list.
    if (namedThingAt(text, i) || pointedPlantAt(text, i)) {
      if (i >= ownLo) return false;
      namedEarlier = true;
      // a company's (not a listed project's: `一是…项目建设；二是力争…`) plans run on into later clauses
      firmEarlier ||= text.charCodeAt(i) !== XIANG;
    }
    if (region) {
      // `南昌高新区艾溪湖片区将新建人工智能产业园，总投资20亿元`: the subject builds one thing, whose cost follows.
      if (ONE_THING_BUILT.startingAt(text, i)) return growthAfter(text, afterEnd);
      continue;
    }
    region = SUBJECT_KEYS[text.charCodeAt(i)] === 1 && subjectAt(text, i, lo, start) && !(namedEarlier && i < ownLo) && !(firmEarlier && datesFirmsPlan(text, i, ownLo, start));
  }
  return region || growthAfter(text, afterEnd);
}

/**
 * `A公司正推进…,力争实现产值X;明年计划新建…,力争到2026年实现产值Y`: after a company (or a plant) named in an
 * earlier `；` clause of the sentence, a year or a target (not a region or park) dates that firm's own plan, its
 * figure is no region's statistic. Not when the amount's clause says the region's whole (`今年全县力争…`).
 */
function datesFirmsPlan(text: string, i: number, ownLo: number, start: number): boolean {
  const word = REGION_SUBJECTS.startingAt(text, i);
  const dated = word ? word.value !== 'place' : text.charCodeAt(i) === NIAN;
  return dated && !REGION_WIDE.occursIn(text, ownLo, start);
}

/** A region, a park or a year at `i` that is the subject of the sentence (window `lo`…`start`). */
function subjectAt(text: string, i: number, lo: number, start: number): boolean {
  const region = REGION_SUBJECTS.startingAt(text, i, start);
  // `拟在该区投资建设…`: a region after a locative is where one thing goes, not the subject.
  if (region && !(region.value === 'place' && locativeBefore(text, i, lo)) && !(region.value === 'time' && (datesDeed(text, i, lo) || eachYear(text, i, lo))) && !planOfSomeone(text, i, region.word, lo) && !countryAsMeasure(text, i, region.word)) return true;
  // A park as the subject (`宁波杭州湾新区今年吸引投资`), not as the place something is put
  // (`比亚迪在衡阳高新区投资`): no locative word just before the park's suffix.
  const park = PARK_SUBJECTS.endingAt(text, i + 1, lo);
  if (park && !locativeBefore(text, park.start, lo)) return true;
  if (namedRegionOpening(text, i, lo) && !namesOneThingAfter(text, i + 1, start)) return true;
  // A year as the heading of the sentence: `2023年,`.
  return text.charCodeAt(i) === NIAN && i - lo >= 4 && isYear(text, i - 4) && isClauseEnd(text.charCodeAt(i + 1));
}

const YU = code('于');

/** `澄湖物流园于去年5月动工,现已完成投资2.3亿元`: a year after `于` says when one thing was done, it heads nothing. */
function datesDeed(text: string, i: number, lo: number): boolean {
  return i > lo && text.charCodeAt(i - 1) === YU;
}

const MEI = code('每');
const FISCAL = '会计';

/**
 * `每年度实现开票收入不低于X`: a year after `每` makes a yearly rate of whoever commits to it, and an accounting
 * year (`自第二个会计年度起`) is a company's: neither heads a region's statistic.
 */
function eachYear(text: string, i: number, lo: number): boolean {
  return i > lo && (text.charCodeAt(i - 1) === MEI || (i - FISCAL.length >= lo && text.startsWith(FISCAL, i - FISCAL.length)));
}

/** Suffixes of a named province, city or county (`某某省`, `某某市`, `某某县`). */
const REGION_SUFFIX_CHARS = '省市县';
const REGION_SUFFIXES = charSet(REGION_SUFFIX_CHARS);

/** How many Han characters a region's name has before its suffix, at most (`黔东南州` has three). */
const REGION_NAME_REACH = 3;

/**
 * `其中,某某市在川投资到位资金X`: a province, city or county named at the head of a clause (after a clause
 * end or `其中`) is its subject, a region's statistic like `该市`.
 */
function namedRegionOpening(text: string, i: number, lo: number): boolean {
  if (!REGION_SUFFIXES.has(text.charCodeAt(i))) return false;
  for (let h = i - 1; h >= lo && i - h <= REGION_NAME_REACH && nameCharOfRegion(text.charCodeAt(h)); h--) {
    if (i - h < 2) continue;
    if (h === lo || isClauseEnd(text.charCodeAt(h - 1)) || text.startsWith(AMONG, h - AMONG.length)) return true;
  }
  return false;
}

const AMONG = '其中';

/**
 * Heads of one thing's name: a facility, or a park built as one thing (not the zone suffixes, `某市工业园区`
 * is a region, nor `项目`: `省外项目` are a kind).
 */
const ONE_THING_NAME_HEADS = WordMap.of(['工程', '中心', '基地', '医院', '学校', '大桥', '隧道', '码头', '电站', '生产线', '综合体',
  '科技园', '产业园', '生态园', '物流园', '产业城']);

/**
 * `龙口市老城区改造工程总投资X`: a place's name that runs on, in its clause, into a facility's or a one-thing
 * park's head names that thing, whose money is its own.
 */
function namesOneThingAfter(text: string, from: number, start: number): boolean {
  let end = from;
  while (end < start && !isClauseEnd(text.charCodeAt(end))) end++;
  return ONE_THING_NAME_HEADS.occursIn(text, from, end);
}

/** A character of a region's own name: Han, and neither another suffix nor a locative (`在市县各级…`). */
function nameCharOfRegion(c: number): boolean {
  return isHan(c) && !REGION_SUFFIXES.has(c) && !LOCATIVES.has(c);
}

/** The country's words: a subject of statistics, or the measure of a superlative. */
const COUNTRY = new Set(['我国', '全国']);

/** After the country, what makes it the measure of one thing (`全国最大的`, `我国首条`, `全国领先`). */
const MEASURED_AFTER = charSet('首最第唯领一知重的');

/** `我国首条…生产线,总投资120亿元`: the country measures one thing (a first, a largest), it is no subject. */
function countryAsMeasure(text: string, i: number, word: string): boolean {
  return COUNTRY.has(word) && MEASURED_AFTER.has(text.charCodeAt(i + word.length));
}

/** Verbs that report progress on a plan (`完成年度投资计划的72%`): the plan's year is not the subject. */
const PROGRESS_VERBS = WordMap.of(['完成', '实现', '超额完成']);

/** `年度` as the object of a progress verb: whose plan it is was said before, a year is no heading here. */
function planOfSomeone(text: string, i: number, word: string, lo: number): boolean {
  return word === '年度' && PROGRESS_VERBS.endingAt(text, i, lo) !== undefined;
}

/**
 * `项目`, `公司`, `集团` at `i`: a project or company named (`项目资金` is projects' money in general, and
 * `签约项目`, `省际项目` are the signed or the inter-provincial projects, a kind).
 */
export function namedThingAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  if (c === XIANG && d === MU) return !text.startsWith('资金', i + 2) && !kindOfProjectsBefore(text, i);
  return (c === GONG && d === SI) || (c === JI && d === TUAN);
}

/** `该工厂2015年的年度销售额`: one plant pointed at names its owner as a project or company does. */
const POINTED_PLANT = WordMap.of(['该工厂', '该厂', '这家工厂', '此工厂', '新工厂', '该新工厂']);
const GAI = code('该');
const ZHE = code('这');
const CI = code('此');
const XIN = code('新');

function pointedPlantAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c === GAI || c === ZHE || c === CI || c === XIN) && POINTED_PLANT.startingAt(text, i) !== undefined;
}

/**
 * Words before `项目` that make it a kind of projects: signed ones, those of one origin of capital, and those
 * brought in by investment promotion (`我县招商引资项目到位资金X`: every such project of the region).
 */
const KINDS_OF_PROJECTS = WordMap.of(['签约', '新签约', '省际', '省外', '市外', '市域外', '县外', '域外', '境外', '招商引资', '招商']);

/** The longest word of KINDS_OF_PROJECTS (`招商引资`). */
const LONGEST_KIND = 4;

const SECTOR = '工业';

/** What may stand before a sector's projects said as a whole: a time, a conjunction, no name (`今年工业项目`). */
const SECTOR_LEADS = charSet('年的和及与、等新全各该,，');

/**
 * A kind of projects ending right before `项目` at `i`: the signed ones, one origin's, or a sector's
 * as a whole (`力争今年工业项目引进…`; `青拓重工业项目` is a name).
 */
function kindOfProjectsBefore(text: string, i: number): boolean {
  if (KINDS_OF_PROJECTS.endingAt(text, i, Math.max(0, i - LONGEST_KIND))) return true;
  const at = i - SECTOR.length;
  return at >= 0 && text.startsWith(SECTOR, at) && (at === 0 || SECTOR_LEADS.has(text.charCodeAt(at - 1)));
}

/**
 * Money spent right after the amount on one thing: `投资5亿元建设…`, `投资8亿建…`, `计划投资5亿元污水处理厂`,
 * `斥资X在某园区扩建新厂` (builtAtPlace.ts).
 */
export function spentOnOneThing(text: string, afterEnd: number): boolean {
  return ONE_THING_AFTER.startingAt(text, afterEnd) !== undefined || buildsRightAfter(text, afterEnd) || facilityAfter(text, afterEnd) || builtAtPlaceAfter(text, afterEnd);
}

/** Regions as subjects (also places: `在该区投资` is not the region's total). */
const PLACE_REGION_WORDS = ['该区', '该市', '该县', '该镇', '我市', '我区', '我县', '我省', '本市', '本区', '本县',
  // the country's statistics (`我国高技术制造业实际使用外资…`) sum every project as a province's do
  '我国', '全国'];

/** Subjects that make a statistic region-wide: the region itself (a `place`), or a year. */
const REGION_SUBJECT_ENTRIES: readonly (readonly [string, 'place' | 'time' | 'target'])[] = [
  ...PLACE_REGION_WORDS.map((w) => [w, 'place'] as const),
  ['今年', 'time'], ['去年', 'time'], ['当年', 'time'], ['年度', 'time'],
  // a target with no project named is the region's (`二是力争引进外资5000万美元`, `给某区分的任务是…`)
  ['力争', 'target'], ['目标', 'target'], ['任务', 'target'],
];
const REGION_SUBJECTS = new WordMap(REGION_SUBJECT_ENTRIES);

/**
 * Zone suffixes (and generic zone words) as the subject of a statistic, matched by their last
 * character: a zone's total sums its projects (`宁波杭州湾新区今年吸引投资逾50亿港元`). Not the
 * area suffixes (产业园, 科技城, 小镇): those often name one company's park, whose money is an item.
 */
const PARK_SUBJECT_WORDS = ['园区', '开发区', '高新区', '经开区', '新区', '工业园', '试验区', '示范区', '保税区', '综保区', '加工区',
  '自贸区', '片区', '集聚区', '投资区'];
const PARK_SUBJECTS = WordMap.of(PARK_SUBJECT_WORDS);

/**
 * The characters `subjectAt` can hold a subject at: a region word's first, a park word's last, a region's
 * suffix, the `年` of a year. The scan over the window reads one table entry at every other character.
 */
const SUBJECT_KEYS = charTable([...REGION_SUBJECT_ENTRIES.map(([w]) => w[0]), ...PARK_SUBJECT_WORDS.map((w) => w[w.length - 1]), REGION_SUFFIX_CHARS, '年'].join(''));

/** Words just before a park that make it the place of something, not the subject (`在`, `落户`). */
const LOCATIVES = charSet('在于驻赴户');

/** Labels of a place in flattened tables and posts (`地点：绍兴滨海新区`, `建设地址:`). */
const PLACE_LABELS = WordMap.of(['地点', '地址', '选址', '位置', '落户地']);

/**
 * A locative character within the eight characters before `at` (not before `lo`), or a place label
 * and a colon right before it.
 */
function locativeBefore(text: string, at: number, lo: number): boolean {
  for (let k = at - 1; k >= Math.max(lo, at - 8); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3a || c === 0xff1a) return PLACE_LABELS.longestEndingAt(text, k, lo) > 0;
    if (isClauseEnd(c)) return false;
    if (LOCATIVES.has(c)) return true;
  }
  return false;
}

/**
 * Verbs of building one new thing after a region subject (not 建设: `全区建设…` is often a sum), where
 * one thing is sited (`该园区选址于…,总规划占地2000亩,总投资60亿元`: the park's own construction), and
 * its building in phases.
 */
const ONE_THING_BUILT = WordMap.of(['新建', '投建', '兴建', '筹建', '扩建', '拟建', '选址', '规划占地', '占地',
  // a zone built in phases (`该园区分期建设,首期…计划投资4.6亿元`): the phases of its own construction
  '分期']);

/**
 * Heads of a facility: an amount followed right away by a noun phrase ending in one is what that
 * one thing costs (`计划投资5亿元污水处理厂`), not a region's total.
 */
const FACILITY_HEADS = WordMap.of(['厂', '站', '馆', '中心', '楼', '线', '生产线', '基地', '工程', '大道', '医院', '学校', '码头', '仓库', '管网', '酒店',
    '综合体', '电站', '项目', '工厂', '车间', '厂房', '大楼', '公园', '广场', '大桥', '隧道', '港口']);

/** A run of two to twelve Han characters right after the amount, ending a clause with a facility head. */
function facilityAfter(text: string, from: number): boolean {
  let p = from;
  const hi = Math.min(text.length, from + 12);
  while (p < hi && isHan(text.charCodeAt(p))) p++;
  if (p - from < 2 || (p < text.length && !isClauseEnd(text.charCodeAt(p)))) return false;
  return FACILITY_HEADS.longestEndingAt(text, p, from) > 0;
}

/** Verbs right after an amount that spend it on one thing (`投资5亿元建设`). */
/** `某县投资8亿建某某产业园`: a bare `建` right after the amount builds one thing (not `建筑`, a trade). */
function buildsRightAfter(text: string, afterEnd: number): boolean {
  return unitAt(text, afterEnd) === JIAN && unitAt(text, afterEnd + 1) !== ZHU;
}

const JIAN = code('建');
const ZHU = code('筑');

const ONE_THING_AFTER = WordMap.of(['建设', '新建', '兴建', '建成', '用于', '打造', '设立', '实施', '启动', '购置', '收购', '成立']);

/** `,同比增长5%`, `,比上年增长`: within the sentence after the amount. */
function growthAfter(text: string, from: number): boolean {
  const hi = Math.min(text.length, from + 12);
  for (let i = from; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (isSentenceEnd(c)) return false;
    if (GROWTH_WORDS.startingAt(text, i, hi + 4)) return true;
    // `完成48.4亿元,增长23.9%`: a growth rate right after a figure is a statistic's too.
    if (text.startsWith(GROWTH, i) && isDigit(text.charCodeAt(i + GROWTH.length))) return true;
    // `增资1.4亿美元,占开发区同期批准总额的30%`: a share of the same period's total is a period figure.
    if (text.charCodeAt(i) === ZHAN && SAME_PERIOD.occursIn(text, i + 1, Math.min(text.length, i + 1 + SAME_PERIOD_REACH))) return true;
    // `到位资金57.4亿元,占园区到位资金比重达85%`: a share of a park's or region's whole is a group's figure.
    if (text.charCodeAt(i) === ZHAN && (PARK_SUBJECTS.startingAt(text, i + 1) || REGION_WIDE.startingAt(text, i + 1))) return true;
  }
  return false;
}

const GROWTH = '增长';

const ZHAN = code('占');

const SAME_PERIOD = WordMap.of(['同期']);

/** How far after `占` the `同期` of the whole it is a share of may start (`占全市同期`, `占开发区同期`). */
const SAME_PERIOD_REACH = 8;

const GROWTH_WORDS = WordMap.of(['同比', '比上年', '比去年', '较上年', '较去年', '环比', '增长率', '增幅']);

function isYear(text: string, at: number): boolean {
  for (let k = at; k < at + 4; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return at === 0 || !isDigit(text.charCodeAt(at - 1));
}

const NIAN = code('年');

/**
 * `街道完成财政总收入X`, `全口径财政收入完成X`: a government's fiscal income is its region's whole, whoever
 * the sentence names (guidelines: fiscal budget revenue is `other`; the gold reads every one of them as a sum).
 */
const FISCAL_INCOME_BEFORE = /财政[\u4e00-\u9fff]{0,4}收入[\u4e00-\u9fff]{0,4}$/;

/** How far before the amount the fiscal income's words are read. */
const FISCAL_REACH = 14;

const ZHENG = code('政');

export function fiscalIncomeBefore(text: string, lo: number, start: number): boolean {
  const from = Math.max(lo, start - FISCAL_REACH);
  for (let i = from; i < start; i++) if (text.charCodeAt(i) === ZHENG) return FISCAL_INCOME_BEFORE.test(text.slice(from, start));
  return false;
}

/**
 * `2018年地区生产总值为X`, `某县GDP为X`, `人均GDP为Y`: a region's product, or its average per head, is the
 * whole economy's (only verbs of reaching between: `百亿GDP县城签约X` is other money), whoever the sentence names (a project's or firm's `年生产总值` is its output, not read here;
 * a year's, `2018年生产总值`, `全年生产总值`, is the region's).
 */
const REGIONAL_PRODUCT_BEFORE = /(?:GDP|(?:^|[^年]|[0-9全今去当]年)生产总值)(?:总量)?(?:预计|首次|完成|实现|达到|达|为|是|约|近|超过|超|突破)*$/;

/** How far before the amount a region's product is read. */
const PRODUCT_REACH = 12;

export function regionalProductBefore(text: string, lo: number, start: number, marks: number): boolean {
  // `GDP` or `生产总值`, as marked (a `P` or a `值`) in a window holding this one (windowMarks.ts).
  if ((marks & PRODUCT_MARK) === 0) return false;
  const from = Math.max(lo, start - PRODUCT_REACH);
  return REGIONAL_PRODUCT_BEFORE.test(text.slice(from, start));
}
