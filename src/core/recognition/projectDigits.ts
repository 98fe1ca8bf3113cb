// Digits inside a project's name: a capacity, a model, an ordinal, a road's code or a plot's number.
// Any other number before a name is an amount or a count, which ends the name.
import { WordMap } from '../wordMap';
import { code, isDigit, unitAt } from '../text';

/**
 * Units of production capacity, and lengths of what is built (`1200米步行街…项目`): a number before
 * them belongs to the name (`年产10万吨…项目`). `万兆瓦` is a capacity as written, however large.
 */
const CAPACITY_UNITS = WordMap.of(
  '万吨 吨 万套 套 万台 台 万辆 辆 万件 件 万平方米 平方米 万立方米 立方米 米 公里 千米 万兆瓦 兆瓦 万千瓦 千瓦 瓦时 瓦 MW GW GWh G 英寸 寸 纳米 nm 万只 亿只 万片 亿片 片 万颗 亿颗 颗 万个 亿个 万头 万羽 条 代 号线 万平米 平米 万千升 千升 万PCS PCS m2 m3 万m2 万m3 ㎡ 万㎡ 万锭 锭'.split(' '),
);

const DI = code('第');
const DOT = 0x2e;

/**
 * A digit belongs to a project name when its number is a capacity (`年产10万吨`), a model (`5G`,
 * `9H`), an ordinal (`第6代`), or a plot's number (`07地块`).
 */
export function capacityDigit(text: string, index: number): boolean {
  let first = index;
  while (first > 0 && (isDigit(text.charCodeAt(first - 1)) || text.charCodeAt(first - 1) === DOT)) first--;
  if (first > 0 && text.charCodeAt(first - 1) === DI) return true;
  // `G60科创园`, `S7智慧物流`: a capital letter and its number are the code of a road or corridor.
  if (first > 0 && isUpperLatin(text.charCodeAt(first - 1))) return true;
  if (afterYearlyOutput(text, first) || unitExponent(text, first)) return true;
  let k = index + 1;
  while (k < text.length && k - index < 12 && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === DOT)) k++;
  // `2×34万千瓦`: a multiple of a capacity.
  if (text.charCodeAt(k) === TIMES && isDigit(text.charCodeAt(k + 1))) return capacityDigit(text, k + 1);
  return capacityUnitAt(text, k) || isModelLetter(text, k) || latinUnit(text, k) || PARCEL_NUMBERED.startingAt(text, k) !== undefined || numberedFacility(text, first, k);
}

/**
 * A unit of capacity at `k`, maybe after 万 or 亿 (`2400万米`, `3亿片`): a multiplier before a unit no list
 * foresees with it is the capacity's too.
 */
function capacityUnitAt(text: string, k: number): boolean {
  if (CAPACITY_UNITS.longestStartingAt(text, k) > 0) return true;
  const c = text.charCodeAt(k);
  return (c === WAN || c === YI) && CAPACITY_UNITS.longestStartingAt(text, k + 1) > 0;
}

const YI = code('亿');

/**
 * `1号仓库`, `3号厂房`, `5#6#泊位`: a number closed by `号` or `#` numbers what is built, part of its name; after
 * `月` it is a day of the month (`5月1号`), no number of the name's.
 */
function numberedFacility(text: string, first: number, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c === HAO || c === HASH) && text.charCodeAt(first - 1) !== YUE;
}

const HAO = code('号');
const HASH = code('#');
const YUE = code('月');

/**
 * `年产8亿平方米…`, `年产 9000万块(折标)…`, `年产能40万千升…`: the number a yearly output word
 * introduces is the capacity, whatever unit follows it (a unit no list foresees, a multiplier before it).
 */
function afterYearlyOutput(text: string, first: number): boolean {
  const k = text.charCodeAt(first - 1) === SPACE ? first - 1 : first;
  return YEARLY_OUTPUT.longestEndingAt(text, k, Math.max(0, k - 3)) > 0;
}

/** `8000m3`, `60万m2`: the 2 or 3 of a square or cubic metre written without superscript is the unit's. */
function unitExponent(text: string, first: number): boolean {
  const c = text.charCodeAt(first);
  if ((c !== TWO && c !== THREE) || text.charCodeAt(first - 1) !== METRE) return false;
  const before = text.charCodeAt(first - 2);
  return isDigit(before) || before === WAN;
}

const TWO = code('2');
const THREE = code('3');
const METRE = code('m');
const WAN = code('万');

const YEARLY_OUTPUT = WordMap.of(['年产', '年产能', '年处理', '年加工']);
const SPACE = 0x20;

/**
 * Where a name whose scan stopped inside or right after its yearly output word starts: a space the page
 * left before the number (`年产 1300条…`) or the scan's length cap cutting `年|产` keep the word in.
 */
export function yearlyOutputStart(text: string, start: number, floor: number): number {
  if (unitAt(text, start - 1) === SPACE && isDigit(text.charCodeAt(start))) {
    const len = YEARLY_OUTPUT.longestEndingAt(text, start - 1, Math.max(floor, start - 4));
    return len > 0 ? start - 1 - len : start;
  }
  for (let at = start + 1; at <= start + 2; at++) {
    const len = YEARLY_OUTPUT.longestEndingAt(text, at, Math.max(floor, at - 3));
    if (len > 0 && at - len < start) return at - len;
  }
  return start;
}

/** `07地块`, `12号地块`: the number of a plot of land, part of the name of what is built on it. */
const PARCEL_NUMBERED = WordMap.of(['地块', '号地块', '号地']);

const TIMES = code('×');

/** Longest run of Latin letters read as a unit after a number. */
const MAX_UNIT_LETTERS = 4;

/**
 * `300mm`, `10kV`, `1GWh`: a number closed by a short run of Latin letters is a size or a capacity in
 * a unit written in Latin, part of the name whatever the unit (no list foresees them all). A longer run
 * is a word, and a run after a dot a file's extension (`123.html`), neither a unit.
 */
function latinUnit(text: string, k: number): boolean {
  if (text.charCodeAt(k - 1) === DOT) return false;
  let end = k;
  while (end < text.length && isLatin(text.charCodeAt(end))) end++;
  return end > k && end - k <= MAX_UNIT_LETTERS && !isDigit(text.charCodeAt(end));
}

/**
 * Is the text in [k, end) a capacity only: digits, 万 or 亿 at most, then a unit reaching `end` (`600MW`, `45亿瓦时`)?
 */
export function capacityOnly(text: string, k: number, end: number): boolean {
  const first = k;
  while (k < end && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === DOT)) k++;
  if (k === first) return false;
  if (text.charCodeAt(k) === WAN || text.charCodeAt(k) === YI) k++;
  let letters = k;
  while (letters < end && isLatin(text.charCodeAt(letters))) letters++;
  return letters === end || CAPACITY_UNITS.longestStartingAt(text, k, end) === end - k;
}

/**
 * Does a capacity end at `at` (`1GWh|`, `10万吨|`): a unit, Latin or listed, right after a digit?
 * What follows it is the thing made, a noun phrase.
 */
export function capacityEndsAt(text: string, at: number): boolean {
  let unit = at;
  while (unit > 0 && at - unit < MAX_UNIT_LETTERS && isLatin(text.charCodeAt(unit - 1))) unit--;
  if (unit === at) unit = at - CAPACITY_UNITS.longestEndingAt(text, at, Math.max(0, at - 6));
  return unit < at && isDigit(text.charCodeAt(unit - 1));
}

/** `9H燃机`, `3D打印`: one capital letter closing a number is a model or grade, part of the name. */
function isModelLetter(text: string, k: number): boolean {
  return isUpperLatin(text.charCodeAt(k)) && !isLatin(text.charCodeAt(k + 1));
}

function isUpperLatin(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

export function isLatin(c: number): boolean {
  return isUpperLatin(c) || (c >= 0x61 && c <= 0x7a);
}
