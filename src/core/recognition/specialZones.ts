// Special economic zones and zones abroad, read over the zone prefix of parks.ts:
//  - `特区` is a special economic zone's short name (`某港特区`), but after a city we know it is that city as a whole: a
//    special administrative region (`香港特区政府`, `港澳特区`) or a city made a special zone (`某圳特区报`), no park
//    (cityAsSpecialZone); nor is it one where its 区 opens the next word (`独特区位`), and a country alone before a special
//    zone names the country's zones, a kind (`某国经济特区`: countrysZones);
//  - a zone abroad is written with its country, then its place transliterated (`某国某某努克经济特区`, `某国某某综合开发区`):
//    longer than a place we do not know, which the zone prefix takes short, and opening with a country it can read
//    (foreignPlaceStart).

import { exceptionChars, NOT_ABBREVIATION_AFTER } from '../lexicon/exceptions';
import { charSet, code } from '../text';
import { WordMap } from '../wordMap';
import { extendLeft } from './nameScan';
import { AREA_SCAN, GENERIC, PLACES } from './parkScan';
import { PARTNER_COUNTRIES, placeLike } from './zonePrefix';

/** Hong Kong and Macao together, the special administrative regions `特区` also names (`港澳特区`). */
const ADMINISTRATIVE_REGIONS = WordMap.of(['港澳']);
const SPECIAL_ZONE = '特区';
/** After `特区`, characters that make its 区 part of another word (`独特区位`, `奇特区域`). */
const NOT_ZONE_AFTER = charSet(exceptionChars(NOT_ABBREVIATION_AFTER));

/** Is the bare `特区` at `anchor` (its prefix from `start`) a city as a whole, or no zone word at all? */
function cityAsSpecialZone(text: string, start: number, anchor: number, end: number): boolean {
  if (end - anchor !== SPECIAL_ZONE.length || !text.startsWith(SPECIAL_ZONE, anchor)) return false;
  // `独特区位`; `苏区老区特区`: a list of kinds of area, the last one 特区
  if (NOT_ZONE_AFTER.has(text.charCodeAt(end)) || text.charCodeAt(anchor - 1) === QU) return true;
  return PLACES.longestEndingAt(text, anchor, start) > 0 || ADMINISTRATIVE_REGIONS.longestEndingAt(text, anchor, start) > 0;
}

const QU = code('区');

/** `某国经济特区`: a country alone before a special zone names the country's zones, a kind, no zone (as `中国开发区`). */
function countrysZones(text: string, start: number, anchor: number, end: number): boolean {
  return text.startsWith(SPECIAL_ZONE, end - SPECIAL_ZONE.length) && PARTNER_COUNTRIES.longestStartingAt(text, start, anchor) === anchor - start;
}

const NATION = '中国';

/** A place abroad after its country: two to five characters (`某某努克`, `某某港`). */
const PLACE_MIN = 2;
const PLACE_MAX = 5;
/** The longest country a partner park names (`哈萨克斯坦`). */
const COUNTRY_MAX = 5;

/**
 * Start of `某国` + a place abroad before the zone suffix at `anchor` (`某国某某努克经济特区`), or -1: a country right
 * where the scan of the prefix stops, then a place we do not know of two to five characters, neither generic nor counted.
 */
function foreignPlaceStart(text: string, anchor: number, floor: number): number {
  const start = extendLeft(text, anchor, floor, AREA_SCAN, COUNTRY_MAX + PLACE_MAX + 1);
  const country = PARTNER_COUNTRIES.longestStartingAt(text, start, anchor);
  const place = anchor - start - country;
  // `中国现代化高新区`: the nation before words we do not know is a class of its zones, no zone abroad.
  if (country === 0 || place < PLACE_MIN || place > PLACE_MAX || text.startsWith(NATION, start)) return -1;
  return placeLike(text, start + country, anchor) && !GENERIC.covers(text, start + country, anchor) ? start : -1;
}

/**
 * The zone prefix's start (`start`, -1 when it found none) read again for special zones and zones abroad: -1 for a
 * city as a special zone or a country's zones, a country's start for a zone abroad the prefix did not name.
 */
export function specialOrForeignZoneStart(text: string, start: number, anchor: number, end: number, floor: number): number {
  if (start >= 0) return cityAsSpecialZone(text, start, anchor, end) || countrysZones(text, start, anchor, end) ? -1 : start;
  return foreignPlaceStart(text, anchor, floor);
}
