// The left part of an industry park's prefix that is no part of its name (split from parks.ts): a
// zone's other name in brackets, a count, a scale, a bare amount's multiplier, sentence text before a
// province or city; and the district a port zone's suffix may end (`某州市某港区`).

import { charSet, code, isDigit, isHan, isNumeral, type CharSet } from '../text';
import { WordMap } from '../wordMap';
import { PROVINCE_NAMES } from '../lexicon/placeNames';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { GENERIC, MAJOR, PLACES, PLACES_AND_QUALIFIERS } from './parkScan';

/**
 * `龙岩高新区(经开区)电子信息产业园`: a zone's other name in brackets, right after the zone, is the
 * zone's, not the first words of the park or project named after it, which starts after the bracket.
 */
export function afterBracketedZone(text: string, start: number, anchor: number): number {
  // Asked at every park and project name: most open with no bracket, and are done without a slice.
  const c = text.charCodeAt(start);
  if (c !== OPEN_BRACKET && c !== FULL_WIDTH_OPEN_BRACKET) return start;
  const m = BRACKETED_ZONE.exec(text.slice(start, Math.min(anchor, start + BRACKETED_ZONE_MAX)));
  return m ? start + m[0].length : start;
}

/** The brackets a bracketed zone opens with (see afterBracketedZone). */
const OPEN_BRACKET = code('(');
const FULL_WIDTH_OPEN_BRACKET = code('（');

/** A bracket holding a zone's name (ending in 区), e.g. `(经开区)`. */
const BRACKETED_ZONE = /^[(（][\u4e00-\u9fff]{1,6}区[)）]/;

/** Longest text BRACKETED_ZONE can match. */
const BRACKETED_ZONE_MAX = 9;


/** Classifiers of a count of parks (`3个`, `一批`, `两大`, `多座`). */
const PARK_CLASSIFIERS = charSet('个批座家处大类片');

/**
 * The prefix opens with a count: numerals then a classifier (`一批…`, `两大…`), or an ordinal's `首`
 * (`成为全省首家省级钒电池产业园`: the first of a kind, no name).
 */
export function countedAt(text: string, start: number, anchor: number): boolean {
  let k = start;
  // `余家湖工业园`: 余 counts only after a number (`十余家`), opening a name it is a place's or a surname.
  if (text.charCodeAt(k) === YU) return false;
  if (text.charCodeAt(k) === SHOU) k++;
  else while (k < anchor && isNumeral(text.charCodeAt(k))) k++;
  return k > start && k < anchor && PARK_CLASSIFIERS.has(text.charCodeAt(k));
}

/**
 * A count right before the prefix, where the scan stopped (`3个` in `新建3个智能制造产业园`, `首个`). The first of
 * a kind before a place opening the prefix ranks a park the place names (`某市首个香港工业园`, `某县首个台湾农民创业园`:
 * the first park of that name there), no count of a kind.
 */
export function countedBefore(text: string, start: number, floor: number, anchor: number): boolean {
  const lead = text.charCodeAt(start - 2);
  if (start - 2 < floor || !PARK_CLASSIFIERS.has(text.charCodeAt(start - 1))) return false;
  return isNumeral(lead) || (lead === SHOU && PLACES.longestStartingAt(text, start, anchor) === 0);
}

/** After a leading scale (`百亿级`, `千亿元级`) of the prefix starting at `start`; else `start`. */
export function afterScale(text: string, start: number, anchor: number): number {
  let k = start;
  while (k < anchor && isNumeral(text.charCodeAt(k))) k++;
  if (k === start) return start;
  if (text.charCodeAt(k) === YUAN) k++;
  return text.charCodeAt(k) === JI && k + 1 < anchor ? k + 1 : start;
}

const YUAN = code('元');
const SHOU = code('首');
const YU = code('余');
const JI = code('级');

const MULTIPLIERS = charSet('十百千万亿');
const BUILD = code('建');
/** `建` that opens a word of its own (`建材产业园`: building materials), not the verb. */
const BUILD_WORDS = WordMap.of(['建材', '建筑', '建工']);

/**
 * `投资10亿建…产业园`: an amount without a currency word ends at its digits for the scan, so its
 * multipliers and the verb `建` right after them are no part of the park's name.
 */
export function afterBareAmount(text: string, start: number, anchor: number): number {
  if (start === 0 || !isDigit(text.charCodeAt(start - 1))) return start;
  let k = start;
  while (k < anchor && MULTIPLIERS.has(text.charCodeAt(k))) k++;
  if (k === start) return start;
  if (text.charCodeAt(k) === BUILD && !BUILD_WORDS.startingAt(text, k, anchor)) k++;
  return k;
}

/**
 * A prefix that reaches three or more characters past a province or city is usually sentence
 * text in front of the name (`其间推介深圳科技园`): the name starts at the place. A shorter lead is
 * kept, as brands open names before places (`中车株洲…`). Places inside brackets do not count.
 */
export function cutAtPlace(text: string, start: number, anchor: number): number {
  let depth = 0;
  // Depth counted from the start: `三星(中国)半导体` has its bracket open before the first place looked at.
  for (let k = start; k < anchor - 1; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x28) depth++;
    else if (c === 0x29) depth = Math.max(0, depth - 1);
    else if (k >= start + 3 && depth === 0 && MAJOR.longestStartingAt(text, k, anchor) > 0 && !PLACES_AND_QUALIFIERS.covers(text, start, k) && !dotAfterPlace(text, start, k)) {
      return k;
    }
  }
  return start;
}

const LAI = code('来');
const MIDDLE_DOT = code('·');

/**
 * `某市·中国某谷`: a place we know, then a middle dot, joins the place to the rest of the name (a title the city gives
 * its park), no address before it: the name is not cut at the place or nation after the dot.
 */
function dotAfterPlace(text: string, start: number, k: number): boolean {
  return text.charCodeAt(k - 1) === MIDDLE_DOT && PLACES_AND_QUALIFIERS.covers(text, start, k - 1);
}

/**
 * `企业来某某台商工业园考察`: 来 ("come to") right before a province or city is the verb of the visit, no part
 * of the park's name; a place opening with 来 (`来安`) stays whole. Else `start`.
 */
export function afterComingTo(text: string, start: number, anchor: number): number {
  if (text.charCodeAt(start) !== LAI || PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) > 0) return start;
  return MAJOR.longestStartingAt(text, start + 1, anchor) > 0 ? start + 1 : start;
}

const PROVINCES = WordMap.of(PROVINCE_NAMES);
const SHENG = code('省');

/**
 * `位于湖南省某某市某某高新区`, `安徽省某某慈湖高新区`: a province written with 省 before a place we know says where
 * the park lies, as an address does (`中国某某省…` too); the park is named from the place after it, or from the
 * city written again after the city with 市 (`某省某某市某某高新区` → `某某高新区`). Else `start`.
 */
export function afterProvince(text: string, start: number, anchor: number): number {
  // `中国某某省…`: the nation before a province written with 省 is the address's first line.
  const from = text.startsWith(CHINA, start) ? start + CHINA.length : start;
  const province = PROVINCES.longestStartingAt(text, from, anchor);
  const after = from + province + 1;
  if (province === 0 || text.charCodeAt(after - 1) !== SHENG) return start;
  return PLACES_AND_QUALIFIERS.longestStartingAt(text, after, anchor) > 0 ? afterRepeatedCity(text, after, anchor) : start;
}

const CHINA = '中国';

/**
 * `某省某某市某某高新技术产业开发区`: after the province, a city written with 市 and then again opening the zone's name
 * is the address's next line; the zone is named from the second. Else `start`.
 */
function afterRepeatedCity(text: string, start: number, anchor: number): number {
  const city = MAJOR.longestStartingAt(text, start, anchor);
  const again = start + city + 1;
  if (city === 0 || text.charCodeAt(again - 1) !== SHI || !text.startsWith(text.slice(start, start + city), again)) return start;
  return again + city <= anchor ? again : start;
}

const SHI = code('市');
/** What a county is divided into: towns and townships. */
const TOWNS = charSet('镇乡');
/** What a city is divided into, and the county above a town. */
const DISTRICT = charSet('区');
const COUNTY = charSet('县');
const INDUSTRIES = WordMap.of(INDUSTRY_WORDS);
/** A district's or a county's own name before its suffix: two or three characters. */
const UNIT_NAME_MIN = 2;
const UNIT_NAME_MAX = 3;
/** A park's own name after the address: two to four characters. */
const OWN_NAME_MIN = 2;
const OWN_NAME_MAX = 4;

/**
 * `位于某某市某某区某某工业园`, `某某县某某镇某某工业园`: a city with its district, or a county with its town,
 * written in full before a park's own short name is the address, as a province with 省 is; the park is
 * named from its own name (`某某工业园`). Only for a name of two to four characters that is neither
 * generic nor an industry (`某某市某某区新材料产业园` may be the district's park) and a unit that is
 * a whole word (`某某市` a province or prefecture-level city). Else `start`.
 */
export function afterAddress(text: string, start: number, anchor: number): number {
  const after = addressEnd(text, start, anchor);
  const own = anchor - after;
  if (after === start || own < OWN_NAME_MIN || own > OWN_NAME_MAX) return start;
  if (GENERIC.covers(text, after, anchor) || INDUSTRIES.longestStartingAt(text, after, anchor) > 0) return start;
  for (let k = after; k < anchor; k++) if (!isHan(text.charCodeAt(k))) return start;
  return after;
}

/** End of `某某市某某区` or `某某县某某镇` opening text[start, anchor), else `start`. */
function addressEnd(text: string, start: number, anchor: number): number {
  const city = MAJOR.longestStartingAt(text, start, anchor);
  if (city > 0 && text.charCodeAt(start + city) === SHI) return unitEnd(text, start, start + city + 1, anchor, DISTRICT);
  const county = unitEnd(text, start, start, anchor, COUNTY);
  return county > start ? unitEnd(text, start, county, anchor, TOWNS) : start;
}

/**
 * End of a unit opening at `from`: two or three Han characters, then a character of `suffixes`
 * (`某某区`, `某某县`); else `start`, the address not read.
 */
function unitEnd(text: string, start: number, from: number, anchor: number, suffixes: CharSet): number {
  for (let k = from + UNIT_NAME_MIN; k <= from + UNIT_NAME_MAX && k < anchor; k++) {
    if (!isHan(text.charCodeAt(k - 1))) break;
    if (suffixes.has(text.charCodeAt(k))) return k + 1;
  }
  return start;
}

const NATION = WordMap.of(['中国', '全国']);
/**
 * Trades a national title names between the nation and the kind of park (`中国石油化工园区`), and the level
 * of a class of zones (`中国国家级开发区`: the country's national-level zones, a class, no zone).
 */
const TITLE_TRADES = WordMap.of(INDUSTRY_WORDS, ['石油', '石化', '精细', '煤', '国家级', '省级']);

const GUO = code('国');
const WO = code('我');

/** `我国`: the scan stops at `我` (a pronoun), so a name would open at its `国`. */
function ourCountryAt(text: string, start: number): boolean {
  return text.charCodeAt(start) === GUO && text.charCodeAt(start - 1) === WO;
}

/**
 * `中国化工园区20强`, `是中国石油化工园区、国家…示范基地`: the nation alone before a kind of park, a trade at most
 * between, is a national title or ranking a park is given, no park's name; a region after the nation names
 * one (`中国西部物流园区`), as do a national firm's own words (`中国某某智慧城市产业园`).
 */
export function nationalTitle(text: string, start: number, anchor: number): boolean {
  const nation = NATION.longestStartingAt(text, start, anchor) || (ourCountryAt(text, start) ? 1 : 0);
  return nation > 0 && (start + nation === anchor || TITLE_TRADES.covers(text, start + nation, anchor));
}

/** The ranks of a class of zones (`国家级经开区`, `省级高新区`). */
const CLASS_RANKS = WordMap.of(['国家级', '省级', '国家']);

/**
 * `作为某省国家级经济技术开发区的代表`, `某省省级高新区排名`: a province, then only a rank before a kind of zone, is
 * the class of that province's zones, as the nation and a rank are (`nationalTitle`); a city or a county before
 * the rank names its own zone (`某市国家高新区`, `某县国家级经开区`).
 */
export function provinceClass(text: string, start: number, anchor: number): boolean {
  const province = PROVINCES.longestStartingAt(text, start, anchor);
  if (province === 0) return false;
  const k = start + province;
  if (k < anchor && CLASS_RANKS.covers(text, k, anchor)) return true;
  return text.charCodeAt(k) === SHENG && k + 1 < anchor && CLASS_RANKS.covers(text, k + 1, anchor);
}

/** The level a place's name ends with (`某州市`, `某县`): what stands before a city's district. */
const ADMIN_LEVEL = charSet('省市县区');

/**
 * Is the port zone (`港区`) at `anchor`, its name starting at `start`, no port's zone? One character
 * alone or after a place or an administrative level (`某州市某港区`) is a city's district named with 港,
 * and a city whose name ends in 港 before 区 is that city (`连云港区位`): a port's zone has a name of its own.
 */
export function districtNotPort(text: string, start: number, anchor: number, floor: number): boolean {
  if (PLACES_AND_QUALIFIERS.longestEndingAt(text, anchor + 1, floor) >= 2) return true;
  const own = anchor - 1;
  return own <= start || ADMIN_LEVEL.has(text.charCodeAt(own - 1)) || PLACES_AND_QUALIFIERS.longestEndingAt(text, own, floor) > 0;
}
