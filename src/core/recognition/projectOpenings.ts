// What may stand before a project's name without being part of it (a one-character connective), and the
// places that may open one.
import { MAJOR_PLACES, PLACE_NAMES } from '../lexicon/placeNames';
import { charSet, code, isHan } from '../text';
import { WordMap } from '../wordMap';
import { PROJECT_GENERIC } from './projectWords';

const PLACE_ONLY = WordMap.of(PLACE_NAMES);

/** A known place starts at `at` (`即墨…`, `中国电子泸州产业园` read from `泸州`). */
export function startsAtPlace(text: string, at: number): boolean {
  return PLACE_ONLY.longestStartingAt(text, at) > 0;
}

/**
 * `项目1个,即P项目`, `继P项目、Q项目之后`, `开工仪式暨P项目…`, `据P项目负责人介绍`: a one-character connective (`即`
 * "namely", `继` "after", `暨` "and", `据` "according to") opening a candidate joins it to the clause before; the name
 * starts after it, unless a place opens the name there (`即墨`).
 */
export function afterOpeningConnective(text: string, start: number, anchor: number): number {
  if (!OPENING_CONNECTIVES.has(text.charCodeAt(start)) || anchor - start < 4 || startsAtPlace(text, start)) return start;
  return start + 1;
}

const OPENING_CONNECTIVES = charSet('即继繼暨据據');

/**
 * `投资开发某某旅游项目`, `主动跟进某某集团扩产项目`, `租赁某某产业园三期项目载体`, `某某园区发力高端制造业项目招引`: a verb of
 * developing, following up, leasing, pushing or taking part (`参与某某扩建项目`) written right before a name is the clause's, never a name's first word;
 * the name starts after it (and a generic rest is then no name), unless a longer word or a zone's suffix opens there (`开发区`).
 */
export function afterOpeningVerb(text: string, start: number, anchor: number): number {
  const len = OPENING_VERBS.longestStartingAt(text, start, anchor);
  if (len === 0 || anchor - start - len < 2 || text.charCodeAt(start + len) === QU) return start;
  const longer = Math.max(PROJECT_GENERIC.longestStartingAt(text, start, anchor), PLACE_ONLY.longestStartingAt(text, start, anchor));
  return longer > len ? start : start + len;
}

const OPENING_VERBS = WordMap.of(['开发', '跟进', '租赁', '租賃', '发力', '参与', '參與']);
/** `开发区`: the zone's suffix, no verb. */
const QU = code('区');

/**
 * `不断刷新项目推进速度`, `园区用心缔造一流的项目`: an adverb of manner is followed by its verb, so a candidate holding one is a
 * clause whose verb takes 项目 in its object, never a name (no name holds such an adverb).
 */
export function holdsMannerAdverb(text: string, start: number, anchor: number): boolean {
  return MANNER_ADVERBS.occursIn(text, start, anchor);
}

/**
 * `积极创造项目落地的条件`, `园区将继续保持项目开工的势头`: a candidate right after an adverb of manner (a boundary of the
 * scan, or the word before a verb the scan takes) opens with that adverb's verb, so it is a clause taking 项目 in its
 * object, never a name.
 */
export function afterMannerAdverb(text: string, start: number): boolean {
  return start >= 2 && MANNER_ADVERBS.longestEndingAt(text, start, start - MAX_ADVERB) > 0;
}

const MANNER_ADVERBS = WordMap.of(['不断', '不斷', '持续', '持續', '积极', '積極', '努力', '用心', '着力', '著力', '切实', '切實', '逐步',
  '稳步', '穩步', '尽快', '盡快', '及早', '竭力',
  // going on, summing up, in every way, with all force (`继续保持项目…`, `累计引进项目30个`, `全方位提升项目…`): the verb follows
  '继续', '繼續', '累计', '累計', '全方位', '全力', '大力']);
const MAX_ADVERB = 3;

/**
 * `检查了该县某某镇污水处理厂项目`, `启动区某某项目`, `(来源:)区某某项目`: a lone `县 区 市` opening a candidate closes the
 * word before it (`该县`, `启动区`) or stands for "the county's", which names no project; the name starts after it,
 * unless a known place ends with it (`某某县`, read whole by the scan's place words) or a word opens with it (`市委`).
 */
export function afterLoneAreaWord(text: string, start: number, anchor: number): number {
  if (!LONE_AREA_WORDS.has(text.charCodeAt(start)) || anchor - start < 4 || !isHan(text.charCodeAt(start + 1))) return start;
  if (cityOrCountyOwn(text, start)) return start;
  // `市委、市政府项目`: a generic word opening there (`市委`) keeps its first character for the generic test.
  if (PROJECT_GENERIC.longestStartingAt(text, start, anchor) > 1) return start;
  return PLACE_ONLY.longestEndingAt(text, start + 1, Math.max(0, start - 8)) > 0 ? start : start + 1;
}

const LONE_AREA_WORDS = charSet('县区市縣區');

/**
 * `包括了市某某医院项目`, `二是县城某某工程项目`, a line opening `市某某医院改造项目`: a lone `市` or `县` with no word
 * before it to close (a line's or a clause's start, or a particle such as `了 是` that forms no word with it) is
 * the city's or the county's own institution or works, named so by the city or county that builds it: part of the name.
 * A lone `区` stays cut (`(来源:)区某某项目`).
 */
function cityOrCountyOwn(text: string, start: number): boolean {
  if (!OWN_AREA_WORDS.has(text.charCodeAt(start))) return false;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  return !isHan(before) ? before !== CLOSE_BRACKET && before !== CLOSE_FULL_BRACKET : PARTICLES_BEFORE.has(before);
}

const OWN_AREA_WORDS = charSet('县市縣');
/** Particles that end the clause's verb and form no word with a following `市`/`县`. */
const PARTICLES_BEFORE = charSet('了是');
const CLOSE_BRACKET = code(')');
const CLOSE_FULL_BRACKET = code('）');

/** Longest opening read for the place where a project is (`某某市某某县某某镇…`). */
const MAX_PLACE_OPENING = 12;
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);
/** Suffixes of a place below a prefecture: a province or a city written after one opens a name of its own. */
const SMALL_PLACE_ENDS = charSet('县区镇乡');
/** Suffixes of any place or area (`某某州`, `某某市`, `某某工业区`). */
const PLACE_ENDS = charSet('县区镇乡州市');
/** `某某区中国华能…项目`: the nation opening a name is a state group's brand (`中国华能`, `中国电建`), no larger place. */
const CHINA = '中国';
const NIAN = code('年');
const CHAN = code('产');

/**
 * `分别为:某某县广东某某食品…项目`, `在某某镇花园工业区年产5万吨…项目`: places are written from the larger to the
 * smaller inside a name (`某某市某某县…项目`). A county, district or town followed by a province or a city (not by
 * `中国`, which opens a state group's brand: `某某区中国华能…项目` stays whole), or any
 * place followed by `年产` (a capacity opens the name), is where the project is built; the name starts after it.
 * Reads the name's opening only.
 */
export function afterPlaceOfWork(text: string, start: number, anchor: number): number {
  const last = Math.min(start + MAX_PLACE_OPENING, anchor - 4);
  for (let k = start + 1; k <= last; k++) {
    const unit = text.charCodeAt(k);
    if (!isHan(unit)) return start;
    if (!PLACE_ENDS.has(unit)) continue;
    if (text.charCodeAt(k + 1) === NIAN && text.charCodeAt(k + 2) === CHAN) return k + 1;
    if (SMALL_PLACE_ENDS.has(unit) && MAJOR_PLACE.longestStartingAt(text, k + 1, anchor) > 0 && !text.startsWith(CHINA, k + 1)) return k + 1;
  }
  return start;
}

/**
 * `拟投资10亿元建某某产业园项目`: right after an amount, `建` is the verb "to build" (as `建设` is), not the name's
 * first character; the name starts after it, unless a word opens there (`建材`, `建筑`).
 */
export function afterAmountVerb(text: string, start: number, anchor: number): number {
  if (start === 0 || text.charCodeAt(start) !== JIAN || !AMOUNT_ENDS.has(text.charCodeAt(start - 1)) || anchor - start < 4) return start;
  return PROJECT_GENERIC.longestStartingAt(text, start, anchor) > 1 ? start : start + 1;
}

const JIAN = code('建');
/** The last character of an amount: its currency word or its multiplier (`10亿元`, `2亿`, `500万`). */
const AMOUNT_ENDS = charSet('元亿万億萬');
