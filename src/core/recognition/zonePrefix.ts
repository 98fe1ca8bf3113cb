// Places we do not know in front of a zone suffix, read where the short unknown-place prefix of
// parks.ts falls short (split from it):
//  - `某某县新型材料工业集中区`, `某某县绿色工业集中区`: a county written with 县, then words that describe
//    the zone (opening with a quality or a kind: 新型 生态 现代): a description is no name of its own, so
//    the county names the zone and opens the span. A zone's own name after a county (`某县黔东工业园区`)
//    is a proper name and starts the span instead (afterCountyNamed in parks.ts).
//  - `在某某省级经开区`: a place we do not know, then a rank: a rank after a place stays in the name
//    (`铜山国家级经开区`), as after a place we know.
//  - `某市九华经济区`: a zone called 经济区 has an own name between its city or county and the suffix (ownNamedZoneStart).
//  - `落户某南山工业新区`: one character before a place we know, after a verb of settling, heads a longer place
//    (placeAfterSettlingStart).

import { ADMIN_SUFFIX_CHARS, COUNTRY_NAMES, PROVINCE_NAMES } from '../lexicon/placeNames';
import { charSet, code, isHan, isNumeral, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { extendLeft } from './nameScan';
import { AREA_SCAN, GENERIC, PLACES } from './parkScan';

const COUNTY = charSet('县');
/** A county's own name: two or three characters before 县. */
const COUNTY_NAME_MIN = 2;
const COUNTY_NAME_MAX = 3;
/** The longest description between the county and the zone suffix (`新型建材`, `绿色化工`). */
const DESCRIPTION_MAX = 5;
/** A place we do not know before a rank: two or three characters. */
const PLACE_MIN = 2;
const PLACE_MAX = 3;

/**
 * Start of `某某县` + description before the zone suffix at `anchor`, or -1: the county's name is
 * bounded on its left, and the words after 县 open with a generic word.
 */
export function countyBeforeDescription(text: string, anchor: number, floor: number): number {
  const cap = COUNTY_NAME_MAX + 1 + DESCRIPTION_MAX;
  const start = extendLeft(text, anchor, floor, AREA_SCAN, cap + 1);
  if (anchor - start > cap) return -1;
  for (let k = start + COUNTY_NAME_MIN; k <= start + COUNTY_NAME_MAX && k < anchor - 1; k++) {
    if (!COUNTY.has(text.charCodeAt(k))) continue;
    // `某某县新型建材工业集中区`, and the zone's own name after the county (`某某县城南工业园区`, `某某县能化建材工业园区`).
    const described = GENERIC.longestStartingAt(text, k + 1, anchor) > 0 || (anchor - k - 1 >= OWN_NAME_MIN && !regionOnly(text, k + 1, anchor));
    if (!described || GENERIC.covers(text, start, k)) return -1;
    // `某某县某某工业园区`: a zone named after its county again is named by that, the county before it is its address.
    return text.startsWith(text.slice(start, k), k + 1) ? k + 1 : start;
  }
  return -1;
}

/** The county's parts by direction (`中西部`): a region of it, no zone's own name; a town's side is one (`城南`). */
const REGION_CHARS = charSet('东南西北中部');

function regionOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!REGION_CHARS.has(text.charCodeAt(k))) return false;
  return true;
}

/** Start of a place we do not know right before the rank starting at `rank`, or -1 (`在某某省级经开区`). */
export function unknownPlaceBeforeRank(text: string, rank: number, floor: number): number {
  const start = extendLeft(text, rank, floor, AREA_SCAN, PLACE_MAX + 1);
  const length = rank - start;
  if (length < PLACE_MIN || length > PLACE_MAX || GENERIC.covers(text, start, rank)) return -1;
  // `2023年度省级开发区考核`: a period is when the zones are ranked, no place.
  if (PERIODS.longestEndingAt(text, rank, start) > 0) return -1;
  return placeLike(text, start, rank) ? start : -1;
}

/** Periods a ranking of zones is made for (`年度`, `季度`, `月度`). */
const PERIODS = WordMap.of(['年度', '季度', '月度']);

const DI = code('第');

/** Han characters, no numeral and no ordinal among them: `第九次国家级新区` counts, it names no place. */
export function placeLike(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isHan(c) || isNumeral(c) || c === DI) return false;
  }
  return true;
}

/** Dashes that join two places in a park's name (`某某-某某工业园`, `某某—某某经济合作区`). */
const JOINING_DASHES = charSet('-—–');

/**
 * `某某高新区青屿-松岭工业园`, `,桐坝—磨溪经济合作区`: a park named after two places joined by a dash (a
 * paired-aid or a cross-border park) starts at the first place: two to four characters right before
 * the dash, opening after punctuation, the paragraph's start or a park just found (`floor`). Else `start`.
 */
export function joinedPlaceStart(text: string, start: number, floor: number): number {
  const dash = start - 1;
  if (!JOINING_DASHES.has(unitAt(text, dash)) || !isHan(unitAt(text, dash - 1))) return start;
  const first = extendLeft(text, dash, floor, AREA_SCAN, PLACE_MAX + 2);
  const length = dash - first;
  const opens = first === floor || first === 0 || !isHan(text.charCodeAt(first - 1));
  if (!opens || length < PLACE_MIN || length > PLACE_MAX + 1 || !placeLike(text, first, dash) || GENERIC.covers(text, first, dash)) return knownHeadStart(text, dash, floor) ?? start;
  return first;
}

/**
 * Countries a cross-border or partner park's name opens with before its first place (`中国某某-某国某某跨境经济合作区`,
 * `中国某国某某—某某经济合作区`), and the regional bloc a partner zone is named after (`中国—东盟…合作区`).
 */
export const PARTNER_COUNTRIES = WordMap.of([...COUNTRY_NAMES, '老挝', '缅甸', '柬埔寨', '蒙古', '俄罗斯', '哈萨克斯坦', '朝鲜', '印尼', '巴基斯坦', '东盟']);
/** Longest head read before the dash: two countries and a place (`中国某国某某`). */
const PARTNER_HEAD_MAX = 8;

/**
 * `推进中国某某-某国某某跨境经济合作区`, `增加了…和中国—东盟产业合作区`, `投向某市-某市产业转移合作园`: a first place
 * written after a verb or a conjunction, or behind the countries the park joins, which the short opening test above
 * cannot tell from the sentence. A country or a place we know marks where the name opens; undefined when none does.
 */
function knownHeadStart(text: string, dash: number, floor: number): number | undefined {
  const first = extendLeft(text, dash, floor, AREA_SCAN, PARTNER_HEAD_MAX);
  for (let at = first; at <= dash - PLACE_MIN; at++) {
    if (PARTNER_COUNTRIES.longestStartingAt(text, at, dash) === 0 && PLACES.longestStartingAt(text, at, dash) === 0) continue;
    return placeLike(text, at, dash) && !GENERIC.covers(text, at, dash) ? at : undefined;
  }
  return undefined;
}

/** Zones named `经济区` (`某市九华经济区`): only with an own name after a city or county we know. */
export const OWN_NAMED_ZONE_SUFFIX = '经济区';
const PROVINCES = WordMap.of(PROVINCE_NAMES);
const ADMIN = charSet(ADMIN_SUFFIX_CHARS);
/** A zone's own name between its place and the suffix: two or three characters. */
const OWN_NAME_MIN = 2;
const OWN_NAME_MAX = 3;

/**
 * Start of `某市` + own name before the `经济区` at `anchor`, or -1: a city or county we know (with its
 * administrative suffix or without), then two or three characters of an own name, neither generic nor a place.
 * A place alone or a province before the suffix is the economy of a region (`某某经济区` of several cities,
 * `某省沿海经济区`), no zone.
 */
export function ownNamedZoneStart(text: string, anchor: number, floor: number): number {
  for (let own = anchor - OWN_NAME_MIN; own >= anchor - OWN_NAME_MAX && own > floor; own--) {
    // Numerals name places too (`九华`, `三江`): only Han characters are asked for.
    if (!allHan(text, own, anchor) || AREA_SCAN.stopChars.has(text.charCodeAt(own)) || GENERIC.covers(text, own, anchor)) continue;
    if (PLACES.longestStartingAt(text, own, anchor) === anchor - own) continue;
    const suffixed = ADMIN.has(text.charCodeAt(own - 1)) ? 1 : 0;
    const place = PLACES.longestEndingAt(text, own - suffixed, floor);
    if (place === 0) continue;
    const start = own - suffixed - place;
    if (PROVINCES.longestStartingAt(text, start, own) === place) continue;
    return start;
  }
  return governedPlaceZoneStart(text, anchor, floor);
}

/** A zone's offices, right after its name: the economy of a region has none. */
const ZONE_OFFICES = WordMap.of(['管委会', '管理委员会', '党工委']);

/**
 * Start of `某市经济区` right before its office (`某州经济区管委会`), or -1: a city or county we know alone before
 * 经济区 is the economy of a region, but one that has a management committee is a zone, named after its city.
 */
function governedPlaceZoneStart(text: string, anchor: number, floor: number): number {
  if (ZONE_OFFICES.longestStartingAt(text, anchor + OWN_NAMED_ZONE_SUFFIX.length) === 0) return -1;
  // the place as written (`兰州`: 州 ends its name), else before its level word (`某某市`)
  let placeEnd = anchor;
  let place = PLACES.longestEndingAt(text, placeEnd, floor);
  if (place === 0 && ADMIN.has(text.charCodeAt(anchor - 1))) place = PLACES.longestEndingAt(text, --placeEnd, floor);
  if (place === 0) return -1;
  const start = placeEnd - place;
  return PROVINCES.longestStartingAt(text, start, placeEnd) === place ? -1 : start;
}

function allHan(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHan(text.charCodeAt(k))) return false;
  return true;
}

/** A place we do not know and the zone's own name, written with no 县 between them: five or six characters. */
const PLACE_AND_NAME_MIN = 5;
const PLACE_AND_NAME_MAX = 6;
/** Where a zone is named as a site (`在某某某某工业园区`, `试验区内的某某某某工业园区`): the words that place it. */
const SITE_MARKS = charSet('在于的');

/**
 * Start of `某某` + own name before the zone suffix at `anchor` (`在某某某某山工业园区`), or -1: a prefix longer
 * than an unknown place alone, read only where a site mark bounds it on its left (a sentence's own words
 * before a suffix run on to a verb instead), all Han, opening with no numeral and no generic word.
 */
export function placeAndOwnNameStart(text: string, anchor: number, floor: number): number {
  const start = extendLeft(text, anchor, floor, AREA_SCAN, PLACE_AND_NAME_MAX + 1);
  const length = anchor - start;
  if (length < PLACE_AND_NAME_MIN || length > PLACE_AND_NAME_MAX || !SITE_MARKS.has(unitAt(text, start - 1))) return -1;
  if (!hanOwnName(text, start, anchor) || GENERIC.longestStartingAt(text, start, anchor) > 0) return -1;
  return afterTown(text, start, anchor);
}

/** A town or a city's street, said before a zone it holds (`位于某某街道某某工业区`): the address, not the name. */
const TOWNS = WordMap.of(['街道', '镇', '鎮', '乡', '鄉']);

/** The start right after a town or street inside the prefix (two characters or more left), when no place we know ends there (`景德镇`). */
function afterTown(text: string, start: number, anchor: number): number {
  for (let k = anchor - 2; k > start; k--) {
    const town = TOWNS.longestEndingAt(text, k, start);
    if (town > 0) return PLACES.longestEndingAt(text, k, start) > 0 ? start : k;
  }
  return start;
}

/** Han characters, a numeral only inside (`某某六盘山`: numerals name mountains and places), no count word. */
function hanOwnName(text: string, start: number, end: number): boolean {
  if (isNumeral(text.charCodeAt(start))) return false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (!isHan(c) || c === DI || c === GE) return false;
  }
  return true;
}

const GE = code('个');

/** Verbs that place a firm or project in a site, right before the site's name (`落户某地工业新区`). */
const SETTLING_VERBS = WordMap.of(['落户', '落户于', '落户在', '位于', '坐落于', '地处', '入驻', '进驻', '落地']);

/**
 * `落户黄某山工业新区`-like: a place we know (`某山`) right after one character we do not, itself right after a verb of
 * settling: a verb of settling takes the whole place as its object, so that character opens the place's longer name
 * (a longer place ending in one we know) and the zone's span starts there. `start`: where the known place starts.
 */
export function placeAfterSettlingStart(text: string, start: number, floor: number): number {
  const at = start - 1;
  const c = unitAt(text, at);
  // `入驻市某山工业新区`: a level word or a numeral is the city's or a count, no part of a place's name.
  if (at <= floor || !isHan(c) || isNumeral(c) || ADMIN.has(c) || AREA_SCAN.stopChars.has(c)) return start;
  return SETTLING_VERBS.longestEndingAt(text, at, floor) > 0 ? at : start;
}
