// A class of projects, not one project. A project's name holds something that picks out one project (a place with a
// brand, an owner, a product and its capacity, a quoted name); a class is said by a modifier from a closed set of
// kinds right before 项目 (a programme, an evaluation, an origin of capital, a stage…), by a count that binds the
// mention (a round number before 项目, a count before the phrase, a count reported after it with a verb), by a batch
// (`首批…项目`, `…项目(第四批)`) or by an area whose batch it is (`某某市项目签约仪式`). One reading for the project
// scan (`namesClass`, asked once per mention in projects.ts), each part reading a few units around the mention only.
import { charSet, code, isClauseEnd, isHan, isNumeral, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { countedAfter, lastOfNamedList } from './projectDeterminers';

/**
 * The kinds a class of projects is sorted by, each a closed set of modifiers written right before 项目 (or before
 * its head words, `主要建设项目`). Whatever stands before them, the mention says which kind, not which project
 * (`某镇内资项目`, `某某大会优秀项目`, `某某公司新增项目`).
 */
const CLASS_KINDS = {
  // talent and support programmes: `创业人才项目`, `青年项目`, `外国专家项目`, `创新团队项目`, `院士项目`
  programme: ['人才', '青年', '专家', '院士', '创业', '团队'],
  // aid and relief programmes: `某市援疆项目`, `对口帮扶项目`, `扶贫项目`, `某县脱贫攻坚项目`
  aid: ['援疆', '援藏', '帮扶', '扶贫', '脱贫', '脱贫攻坚'],
  // evaluations and standing: `产学研合作优秀项目`, `主要项目包括`, `试点项目`, `核心项目`, `旗艦项目` (no Simplified fold)
  evaluation: ['优秀', '主要', '试点', '核心', '高质量', '旗艦'],
  // how many: `不锈钢产业众多项目`, `诸多项目`
  quantity: ['众多', '诸多', '许多', '大量'],
  // where the capital comes from, or whose it is: `港资项目`, `内资项目`, `台资项目`, `内联项目` (capital from other
  // provinces), `承接产业转型的外迁项目`, `央企项目`, `民营项目`
  origin: ['内资', '港资', '侨资', '台资', '外资', '民资', '内联', '外迁', '央企', '国企', '民企', '外企', '民营'],
  // a stage of investment: `公司新增项目约9000万美元`, `调结构的扩规项目`
  stage: ['新增', '扩规', '续建', '在建'],
  // carried over from past years (`新签和结转项目`) and a campaign's batch of starts (`第四批开工动员项目`)
  campaign: ['结转', '动员'],
  // natives' capital brought back home, whoever's merchants bring it (`某商回归项目`, `资本回归项目`)
  homecoming: ['回归'],
  // the term a programme funds: `创新人才长期项目`, `创新人才短期项目`
  term: ['长期', '短期'],
  // a sector of the economy: `海洋经济项目`, `低空经济项目` (not a plant's `循环经济` or a firm's `总部经济`: `ONE_FIRMS_ECONOMY`)
  sector: ['经济'],
};

const CLASS_MODIFIERS = WordMap.of(...Object.values(CLASS_KINDS));

/**
 * Does the mention whose name the scan read from `start` to `nameEnd` (its head words, `建设`, after that), with
 * 项目 at `anchor`, name a class of projects?
 */
export function namesClass(text: string, start: number, nameEnd: number, anchor: number): boolean {
  return classModifierAt(text, start, nameEnd, anchor) || batchOfProjects(text, start, anchor) ||
    roundCountBefore(text, anchor, start) || countedAcrossVerb(text, start, anchor) || areaBeforeHead(text, start, anchor) || eventBeforeHead(text, start, anchor) ||
    (countReportedAfter(text, anchor + 2) && !lastOfNamedList(text, start)) || kindsCountedAfter(text, anchor + 2) ||
    countPredicatedBefore(text, start) || aspectFrame(text, start, anchor + 2) || selectedInto(text, start);
}

/** A class modifier right before 项目 or before the head words that come with it. */
function classModifierAt(text: string, start: number, nameEnd: number, anchor: number): boolean {
  return modifierEndingAt(text, anchor, start) || (nameEnd !== anchor && modifierEndingAt(text, nameEnd, start));
}

function modifierEndingAt(text: string, end: number, start: number): boolean {
  return CLASS_MODIFIERS.longestEndingAt(text, end, start) > 0 && ONE_FIRMS_ECONOMY.longestEndingAt(text, end, start) === 0;
}

/**
 * `某某集团循环经济项目`: a circular economy is the process one plant runs, no sector; `某某能源化工总部经济项目`: a
 * headquarters economy is the seat one firm brings.
 */
const ONE_FIRMS_ECONOMY = WordMap.of(['循环经济', '总部经济']);

const PI = code('批');
const SHOU = code('首');
const DI = code('第');
const DUO = code('多');
/** After 批, a verb of approving or a wholesale trade, no batch: `批发市场`, `批签发中心`, `批复`, `批准`. */
const NOT_BATCH_AFTER = charSet('发签复准');
const OPEN_BRACKETS = charSet('(（');

/**
 * `首批试点项目`, `第二批…项目`, `…建设项目(第四批)`: a batch is counted in rounds, and what it holds is a class of
 * projects. The name's own text is read (at most the scan's cap), then the bracket right after 项目.
 */
function batchOfProjects(text: string, start: number, anchor: number): boolean {
  for (let k = start + 1; k < anchor; k++) if (unitAt(text, k) === PI && batchWordEndsAt(text, k)) return true;
  const end = anchor + 2;
  if (!OPEN_BRACKETS.has(unitAt(text, end)) || unitAt(text, end + 1) !== DI) return false;
  let k = end + 2;
  while (k < end + 5 && isNumeral(unitAt(text, k))) k++;
  return k > end + 2 && unitAt(text, k) === PI;
}

/** Is the 批 at `k` a batch's (`首批`, `第三批`, `两批`), not a word of trade or approval? */
function batchWordEndsAt(text: string, k: number): boolean {
  if (NOT_BATCH_AFTER.has(unitAt(text, k + 1))) return false;
  const before = unitAt(text, k - 1);
  return before === SHOU || (isNumeral(before) && before !== DUO);
}

/** Adverbs before a verb reporting a count (`就有`, `共签约`, `已有`). */
const COUNT_ADVERBS = charSet('就共已还也均');
/** Verbs that report how many projects of a kind there are. */
const COUNT_VERBS = WordMap.of(['有', '超', '超过', '逾', '签约', '落地', '引进', '累计']);
/** After the count, an approximation may close it before the clause ends (`有500项左右,`). */
const COUNT_TAILS = WordMap.of(['左右', '以上', '多', '余']);
/** Measure words of a count of projects (not `家`, which counts the firms a named project draws in). */
const PROJECT_MEASURES = charSet('个项宗');

/**
 * `某某制造项目超150个,`, `某区引进的某某项目有500项左右,`, `某镇内资项目共签约22宗,`: a verb reporting a count right
 * after 项目, the count closing the clause, says how many projects of the kind there are (a named project has
 * one). Reads at most a dozen units after 项目.
 */
function countReportedAfter(text: string, end: number): boolean {
  let k = end;
  while (k < end + 2 && COUNT_ADVERBS.has(unitAt(text, k))) k++;
  const verb = COUNT_VERBS.longestStartingAt(text, k, Math.min(text.length, k + 2));
  if (verb === 0) return false;
  k += verb;
  if (!countedAfter(text, k)) return false;
  while (k < text.length && (isNumeral(unitAt(text, k)) || unitAt(text, k) === 0x20) && k < end + 14) k++;
  if (!PROJECT_MEASURES.has(unitAt(text, k))) return false;
  k++;
  k += COUNT_TAILS.longestStartingAt(text, k, Math.min(text.length, k + 2));
  return k >= text.length || isClauseEnd(unitAt(text, k));
}

const ROUND_NUMBERS = charSet('百千');
/** What may stand before a round number counting projects: a numeral (`二百`) or an approximation (`近百`, `上百`). */
const ROUND_BEFORE = charSet('近上数逾超');

/**
 * `近百项目`, `上百项目落地`, `二百项目孵化`: a round number right before 项目 counts projects (as `七项目` does,
 * `countJustBefore`), whatever stands before it.
 */
function roundCountBefore(text: string, anchor: number, start: number): boolean {
  let k = anchor - 1;
  if (k > start && APPROXIMATIONS.has(unitAt(text, k))) k--;
  if (k <= start || !ROUND_NUMBERS.has(unitAt(text, k))) return false;
  const before = unitAt(text, k - 1);
  return ROUND_BEFORE.has(before) || (isNumeral(before) && !APPROXIMATIONS.has(before));
}

const APPROXIMATIONS = charSet('余多');
const GE = code('个');
/** Most units read back from a name's start for a count that holds the whole mention. */
const COUNT_REACH = 14;
/** Longest kept mention (before 项目) a count across a verb is read for: a brand and its product run longer. */
const SHORT_MENTION = 6;
/**
 * Words between a count and a name that show the count is not the mention's: it counts what a copula, a preposition
 * or a conjunction introduces (`4个项目分别是某某项目`, `一个是某某项目`, `3个企业在某某项目`, `2个车间及某某项目`), firms,
 * money (`5个亿`) or a period (`3个月`).
 */
const NOT_OF_THE_MENTION = WordMap.of(['项目', '是', '为', '有', '在', '及', '和', '与', '同', '企业', '公司', '集团', '亿', '万', '月',
  '工作日', '百分点']);

/**
 * `建设9个秸秆资源循环利用加工项目`, `开工9个共抓某某保护项目`: a count binds the whole phrase up to 项目, so when the
 * scan stopped at a verb or an activity inside that phrase, the short mention it kept is still one of the counted
 * class. Only a count (`个`) a short run of Han characters (and `、` inside it) before the name, nothing between that the
 * count could hold instead.
 */
function countedAcrossVerb(text: string, start: number, anchor: number): boolean {
  if (anchor - start > SHORT_MENTION) return false;
  const floor = Math.max(1, start - COUNT_REACH);
  for (let k = start - 1; k >= floor; k--) {
    const c = unitAt(text, k);
    if (c === GE && isNumeral(unitAt(text, k - 1))) return isHan(unitAt(text, k + 1)) && !NOT_OF_THE_MENTION.occursIn(text, k + 1, start);
    if (!isHan(c) && c !== 0x3001 /* 、 */) return false;
  }
  return false;
}

/** Administrative areas by their suffix (`某某市`, `某某县`, `某某地区`, `某某省`); not 州, which ends city names (`广州`). */
const AREA_SUFFIXES = WordMap.of(['市', '县', '省', '地区']);
/** Before 市, words that are no city: `城市`, `超市`, `门市`, `夜市`, `集市`, `都市`, `楼市`, `菜市`, `花市`. */
const NOT_CITY_BEFORE = charSet('城超门夜集都楼菜花');

/**
 * `某某博览会某某市项目签约仪式`, `某某地区项目`: an administrative area right before 项目 says whose projects, a batch
 * the area brings, not one project (a named project's place comes first and its work after it: `某某市某某产业园项目`;
 * a brand before a bare city name, `某某广州项目`, is no area with its suffix).
 */
function areaBeforeHead(text: string, start: number, anchor: number): boolean {
  const len = AREA_SUFFIXES.longestEndingAt(text, anchor, start);
  if (len === 0 || anchor - len - start < 2) return false;
  return len > 1 || !NOT_CITY_BEFORE.has(unitAt(text, anchor - 2));
}

/** Events a batch of projects is signed or promoted at: fairs, summits, festivals, a dedicated session. */
const EVENT_ENDS = WordMap.of(['博会', '交会', '洽会', '展会', '峰会', '年会', '盛会', '专场', '專場']);
const FESTIVAL = code('节');
/** Before 节, words that are no festival: `环节 季节 调节 关节 细节 章节 礼节 音节 时节`. */
const NOT_FESTIVAL_BEFORE = charSet('环季调关细章礼音时');

/**
 * `本届某博会项目签约`, `某某文化节项目签约仪式`, `某某区专场项目签约仪式`: an event right before 项目 says at which fair, festival or
 * session the projects are signed or promoted, a batch of them, as an area there says whose batch (`areaBeforeHead`).
 */
function eventBeforeHead(text: string, start: number, anchor: number): boolean {
  const len = EVENT_ENDS.longestEndingAt(text, anchor, start);
  if (len > 0) return anchor - len - start >= 1;
  return unitAt(text, anchor - 1) === FESTIVAL && anchor - start >= 3 && !NOT_FESTIVAL_BEFORE.has(unitAt(text, anchor - 2));
}

/** Most units a list of kinds is read ahead for its count (the rest of a long list is not read). */
const KINDS_REACH = 40;
/** Marks a list of kinds may hold between its items (a name in quotes, a gloss in brackets). */
const LIST_MARKS = charSet('、“”"()（）');
/** Measure words of kinds closing a list (`等七类`, `3个方面`, `两大类别`, `五个组别`, `四大板块`). */
const KIND_WORDS = WordMap.of(['类', '方面', '类别', '组别', '板块']);

/**
 * `产业项目、双基工程项目、高新科技项目3个方面`, `A人才项目、B项目等七类人才`: a list closed by a count of kinds right
 * after one of its 项目 is a list of kinds of project, each item a class. Reads ahead at most `KINDS_REACH` units, over
 * the list's own marks only.
 */
function kindsCountedAfter(text: string, end: number): boolean {
  const last = Math.min(text.length, end + KINDS_REACH);
  for (let k = end; k < last; k++) {
    const c = unitAt(text, k);
    if ((k === end || text.startsWith('项目', k - 2)) && kindsCountAt(text, k)) return true;
    if (!isHan(c) && !LIST_MARKS.has(c)) return false;
  }
  return false;
}

/** A count of kinds starting at `k`: `等`, a numeral, `个` or `大`, then a word of kinds. */
function kindsCountAt(text: string, k: number): boolean {
  if (unitAt(text, k) === DENG) k++;
  const numerals = k;
  while (k < numerals + 3 && isNumeral(unitAt(text, k)) && !APPROXIMATIONS.has(unitAt(text, k))) k++;
  if (k === numerals) return false;
  if (unitAt(text, k) === GE || unitAt(text, k) === DA) k++;
  return KIND_WORDS.longestStartingAt(text, k, Math.min(text.length, k + 2)) > 0;
}

const DENG = code('等');
const DA = code('大');
/**
 * `6个项目为…`, `3个项目均是…`: a count of several projects said to be of the kind the mention names (one project said
 * to be one, `另外一个项目为某某项目`, is named so).
 */
const COUNT_PREDICATE = /(?:^|[^\d一二两三四五六七八九十])(?:[2-9]|\d{2,}|[二两三四五六七八九十][一二三四五六七八九十]*)个项目(?:均|都|全部)?[为是]$/;

/**
 * `有6个项目为某某深度融合发展项目`: after a count of projects and a copula, the mention says what kind they are, it
 * names none of them (`分别为` lists their names: `两个项目分别为A项目和B项目`).
 */
function countPredicatedBefore(text: string, start: number): boolean {
  return COPULAS.has(unitAt(text, start - 1)) && COUNT_PREDICATE.test(text.slice(Math.max(0, start - 9), start));
}

const COPULAS = charSet('为是');

const ZAI = code('在');
const FANG_MIAN = '方面';
const SHANG = code('上');

/**
 * `在能源开发和资源转化项目上,…`, `在某某和文旅项目方面,…`: `在…项目方面` (or `上` closing the clause) frames what the
 * sentence goes on to tell as an area of work, the projects of a kind; `在` right before the mention only.
 */
function aspectFrame(text: string, start: number, end: number): boolean {
  if (unitAt(text, start - 1) !== ZAI) return false;
  if (text.startsWith(FANG_MIAN, end)) return true;
  return unitAt(text, end) === SHANG && (end + 1 >= text.length || isClauseEnd(unitAt(text, end + 1)));
}

/** Verbs of selecting or rating a project into a class (`入选`, `被评为`, `认定为`, `列为`). */
const SELECTION_VERBS = WordMap.of(['入选', '评为', '获评', '认定为', '列为', '确定为']);
/** Most units read back from a name's start for a verb of selection. */
const SELECTION_REACH = 12;
const DE = code('的');

/**
 * `入选2023年省级某某项目`, `被评为某某融合发展项目`, `列为某某标志性项目`: what a project is selected into, rated as or
 * listed as is a class (the project's own name comes before the verb: `某某项目入选…`). Reads back over the clause's
 * Han characters and digits only, never past `的` (`列入省重大项目的某某项目` names one).
 */
function selectedInto(text: string, start: number): boolean {
  const floor = Math.max(0, start - SELECTION_REACH);
  let k = start;
  while (k > floor && !isClauseEnd(unitAt(text, k - 1)) && unitAt(text, k - 1) !== DE) k--;
  return SELECTION_VERBS.occursIn(text, k, start);
}
