// Sub-zones: a zone's part or a park of its own written right after a zone or park (`某某新区某某园`,
// `某某高新区某某片区`, `某某产业园区第二园区`, `某某经开区某某园区`), whose suffix alone (`园`, `城`, `片区`) is
// too common to be an anchor: read only right after the park found first (parks.ts).
import { exceptionChars, NOT_SUB_ZONE_BEFORE as NOT_SUB_ZONE_BEFORE_WORDS } from '../lexicon/exceptions';
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { AREA_SUFFIXES } from '../lexicon/parkSuffixes';
import { WordMap } from '../wordMap';
import { extendLeft } from './nameScan';
import { AREA_SCAN, AREA_SET, PLACE_ONLY_SET, PLACES, PLACES_AND_QUALIFIERS, ZONE_SET } from './parkScan';
import type { ParkSpan } from './parks';
import { charSet, code, isHan, isNumeral, unitAt } from '../text';

/**
 * Words that end a sub-zone when it follows its zone (`艾溪湖片区`, `研创园`, `丝路软件城`, a division's `某某分区`, the
 * part a city runs itself `某某直管区`); alone
 * they are too common (`公园`, `县城`) to be anchors, so they count only right after a zone.
 */
export const SUB_ZONE_SUFFIXES = WordMap.of(['片区', '分区', '直管区', '分园', '园区', '园', '城', '组团', '基地', '功能区']);
/** The sub-zones of an industrial park (`某某工业园某某片区`); a park after a park is a second PARK. */
export const AREA_SUB_ZONE_SUFFIXES = WordMap.of(['片区']);
/** Sub-zone endings that name a park of its own inside the zone (`某某经开区池河园区`), a second PARK. */
const NAMED_PARK_ENDINGS = WordMap.of(['园区', '园']);
const JI_DI = '基地';
const FUNCTION_AREA = '功能区';
/** Characters before 园/城 that make an ordinary place of it (`公园`, `校园`, `县城`). */
const NOT_SUB_ZONE_BEFORE = charSet(exceptionChars(NOT_SUB_ZONE_BEFORE_WORDS));
/** A sub-zone's name is a proper name: an industry word alone is the zone's own area (`产业园区`). */
const SUB_ZONE_GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, AREA_SUFFIXES, ['产业', '工业', '科技', '创新', '创业']);
/** Longest name between a zone and its sub-zone suffix. */
const SUB_ZONE_NAME_MAX = 5;

/**
 * End of a sub-zone right after the zone ending at `zoneEnd`, or `zoneEnd`: a name of two to five
 * characters with nothing that ends a park name inside it, and not generic (`各园区`, `两大片区`).
 */
export function subZoneEnd(text: string, zoneEnd: number, suffixes: WordMap<true>): number {
  // Most zones are followed by punctuation or a function word: one test, no loop.
  const first = unitAt(text, zoneEnd);
  if (!isHan(first) || AREA_SCAN.stopChars.has(first)) return zoneEnd;
  for (let k = zoneEnd + 2; k <= zoneEnd + SUB_ZONE_NAME_MAX && k < text.length; k++) {
    const c = text.charCodeAt(k - 1);
    if (!isHan(c) || AREA_SCAN.stopChars.has(c)) return zoneEnd;
    const suffix = suffixes.longestStartingAt(text, k);
    if (suffix === 0 || (suffix === 1 && NOT_SUB_ZONE_BEFORE.has(c))) continue;
    // `连云港高新区东海基地`: a zone's base is named after the county that hosts it, nothing else
    // (`高新区研发基地` is what the zone does).
    if (text.startsWith(JI_DI, k) && !PLACES_AND_QUALIFIERS.covers(text, zoneEnd, k)) return zoneEnd;
    if (extendLeft(text, k, zoneEnd, AREA_SCAN) !== zoneEnd || SUB_ZONE_GENERIC.covers(text, zoneEnd, k)) return zoneEnd;
    // `浒关开发区莱克工业园`, `某某高新区某某工业园区`: a name ending in a park suffix of its own is a park
    // inside the zone, a second PARK, found from its own anchor.
    if (AREA_SET.longestEndingAt(text, k + suffix, zoneEnd) > suffix || ZONE_SET.longestEndingAt(text, k + suffix, zoneEnd) > suffix) return zoneEnd;
    // `临港产业区奉贤园区`: a place with a zone suffix of its own (`园区` after a known place) names a zone of
    // its own inside the zone, a second PARK, not a part named after the zone. A 功能区 is only ever a
    // zone's part (`某某保税港区某某功能区`, the county that runs it), one span with the zone.
    if (PLACE_ONLY_SET.longestStartingAt(text, k) === suffix && !text.startsWith(FUNCTION_AREA, k) && PLACES.covers(text, zoneEnd, k)) return zoneEnd;
    return k + suffix;
  }
  return zoneEnd;
}

/**
 * `到县经济开发区某某园区调研`: a zone said without its name (the county's) before a park with a name of
 * its own inside it; that park is named, as it is after a named zone (a zone inside a zone is two PARKs).
 */
export function namedParkInAZone(text: string, zoneEnd: number): ParkSpan | undefined {
  const sub = subZoneEnd(text, zoneEnd, SUB_ZONE_SUFFIXES);
  return sub > zoneEnd && NAMED_PARK_ENDINGS.longestEndingAt(text, sub, zoneEnd) > 0 ? { start: zoneEnd, end: sub, zone: false, zoneEnd: undefined } : undefined;
}

/**
 * The sub-zone ending at `sub` right after the last park: a second PARK, or one span with that park
 * (always when `part`: a part named by where it lies, `某某经开区东部园区`, zoneParts.ts).
 */
export function addSubZone(text: string, spans: ParkSpan[], sub: number, part = false): void {
  const park = spans[spans.length - 1];
  // `某某经开区池河园区`: a park with a name of its own inside the zone, where projects are built;
  // a zone inside a zone is two PARKs (guidelines), the 片区 and 组团 of a zone are its parts.
  if (park.zone && !part && NAMED_PARK_ENDINGS.longestEndingAt(text, sub, park.end) > 0) {
    spans.push({ start: park.end, end: sub, zone: false, zoneEnd: undefined });
    return;
  }
  if (park.zone) park.zoneEnd ??= park.end;
  park.end = sub;
}

const DI = code('第');

/** End of `第N园区` / `第N分区` right after a park ending at `end`, else `end`. */
export function numberedPartEnd(text: string, end: number): number {
  if (unitAt(text, end) !== DI) return end;
  let k = end + 1;
  while (k < end + 3 && isNumeral(text.charCodeAt(k))) k++;
  if (k === end + 1) return end;
  return text.startsWith('园区', k) || text.startsWith('分区', k) ? k + 2 : end;
}
