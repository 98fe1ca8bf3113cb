// PARK: a named park or development zone (see docs/recognition.md, "Parks, projects, companies").
//
// Anchors are park suffixes (lexicon/parkSuffixes.ts) and gazetteer full names, found from their
// last character (a handful: 区 园 城 …) and read backwards in a trie, the leftmost and then
// longest first, as one regex alternation of them all would, for a fraction of its cost.
// The left edge depends on the suffix kind:
//  - a ZONE suffix (高新区, 经开区, 开发区 …) takes a chain of places and gazetteer qualifiers
//    (`中山` + `火炬` + 高新区), or, for a place we do not know, a short prefix with a clear
//    boundary on its left; with nothing in front it is the generic noun and is dropped;
//  - an AREA suffix (产业园, 科技园, 小镇 …) takes a descriptive prefix up to a boundary word.

import { ADMIN_SUFFIX_CHARS } from '../lexicon/placeNames';
import { ZONE_FULL_NAMES } from '../lexicon/nationalZones';
import { ABBREVIATED_ZONE_SUFFIX, AREA_SUFFIXES, PORT_ZONE, PROGRAMME_ZONE_SUFFIXES, ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import {
  exceptionChars, LEADING_JUNK as LEADING_JUNK_WORDS, NOT_ABBREVIATION_AFTER as NOT_ABBREVIATION_AFTER_WORDS,
  NOT_ABBREVIATION_BEFORE as NOT_ABBREVIATION_BEFORE_WORDS,
  NOT_COUNTY as NOT_COUNTY_WORDS,
} from '../lexicon/exceptions';
import { QUALITY_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';
import { extendLeft, skipRight } from './nameScan';
import { coBuiltParkStart } from './coBuiltParks';
import { jointPlacesStart } from './jointParks';
import { AREA_SCAN, GENERIC, PLACE_ONLY_SET, PLACES, PLACES_AND_QUALIFIERS, ZONE_SET } from './parkScan';
import { addSubZone, AREA_SUB_ZONE_SUFFIXES, namedParkInAZone, numberedPartEnd, SUB_ZONE_SUFFIXES, subZoneEnd } from './parkSubZones';
import { afterAddress, afterBareAmount, afterBracketedZone, afterComingTo, afterProvince, afterScale, countedAt, countedBefore, cutAtPlace, districtNotPort, nationalTitle, provinceClass } from './parkPrefix';

export { afterBracketedZone, cutAtPlace } from './parkPrefix';
import { brandedDevelopment, builtAsFacility, describedAsGoal, goalQuality, introducedAsProject, kindOpener, measuredAsBuilding, parksOfAPlace, rankedFirstClass, rankedSuperlative, rankedTitle, tradeDistrictWithoutPlace } from './parkDescriptions';
import { quotedPark, quotedTitle } from './parkQuotes';
import { titleOrClass } from './parkTitles';
import { cutInsideToken, latinNamedParkStart } from './parkLatinNames';
import { countyBeforeDescription, joinedPlaceStart, OWN_NAMED_ZONE_SUFFIX, ownNamedZoneStart, placeAfterSettlingStart, placeAndOwnNameStart, unknownPlaceBeforeRank } from './zonePrefix';
import { phasePartEnd, placeAndPositionStart, positionOnly, zonePartEnd } from './zoneParts';
import { bracketedSiteStart } from './bracketedSiteParks';
import { zoneIntroducedWhereItLies, zoneLyingAround } from './zonesLyingAround';
import { nationwideKind } from './nationwideKinds';
import { programmeZoneStart, wholeProvinceProgramme } from './zoneProgrammes';
import { specialOrForeignZoneStart } from './specialZones';
import { unplacedDemonstrationPark } from './demonstrationParks';
import { titleAcrossPlaces } from './titleAcrossPlaces';
import { charSet, charTable, code, isDigit, isHan, unitAt } from '../text';
import { anchorUnits, unitKind, type AnchorCursor, type AnchorUnits } from './anchorUnits';
import { lastSpan } from '../sortedSpans';

export interface ParkSpan {
  start: number;
  end: number;
  /** True for an administrative zone (高新区 …) with its place: such a park is a place itself. */
  zone: boolean;
  /**
   * End of the zone itself when a sub-zone follows it in the span (`江北新区` in `江北新区研创园`):
   * only the zone is the place of a project, the sub-park may be part of the project's name.
   * Always present (undefined when there is no sub-zone) so that every park has one object shape:
   * V8 deoptimises the functions where parks of two shapes meet.
   */
  zoneEnd: number | undefined;
}

/** The anchor kinds, as sets tested in place (no slice per anchor). */
const FULL_SET = WordMap.of(ZONE_FULL_NAMES);
const PROGRAMME_SET = WordMap.of(PROGRAMME_ZONE_SUFFIXES);

/** Is text[start, end) a word of `set`? */
function isWord(set: WordMap<true>, text: string, start: number, end: number): boolean {
  return set.longestStartingAt(text, start, end) === end - start;
}
const ANCHORS = WordMap.of(ZONE_FULL_NAMES, ZONE_SUFFIXES, AREA_SUFFIXES);
/** The characters an anchor word ends with (a handful: 区 园 城 …). */
const ANCHOR_END_CHARS = [...ZONE_FULL_NAMES, ...ZONE_SUFFIXES, ...AREA_SUFFIXES].map((w) => w[w.length - 1]).join('');
/** Those characters as a table (for the few units after a candidate), built on first use. */
let anchorEnds: Uint8Array | undefined;
/** Where a paragraph's anchor words may end (its units of this kind are listed once, anchorUnits.ts; `findParks` reads them forward). */
const ANCHOR_ENDS = unitKind(ANCHOR_END_CHARS);

/**
 * The next anchor word at or after `from`, or undefined: the one that starts first, and of those
 * the longest. Found by its end: the first position where some anchor word ends fixes a
 * candidate start; a word starting at or before that start ends within `longest` characters of
 * it, so only those ends are checked for an earlier or longer one.
 */
function nextAnchor(text: string, from: number, endsAt: AnchorCursor): { start: number; end: number } | undefined {
  const longest = ANCHORS.longest;
  const ends = (anchorEnds ??= charTable(ANCHOR_END_CHARS));
  const n = text.length;
  // Most characters end no anchor word: only the listed ones that may are read.
  for (let i = endsAt.next(from); i >= 0; i = endsAt.next(i + 1)) {
    const length = ANCHORS.longestEndingAt(text, i + 1, from);
    if (length === 0) continue;
    let start = i + 1 - length;
    let end = i + 1;
    for (let j = i + 1; j < n && j < start + longest; j++) {
      if (ends[text.charCodeAt(j)] !== 1) continue;
      const other = ANCHORS.longestEndingAt(text, j + 1, from);
      // Starting earlier, or at the same place and longer.
      if (other > 0 && j + 1 - other <= start) {
        start = j + 1 - other;
        end = j + 1;
      }
    }
    return { start, end };
  }
  return undefined;
}

const ADMIN = charSet(ADMIN_SUFFIX_CHARS);
/** Left-over single characters a prefix must not start with: `区人力资源产业园` is the zone's park. */
const LEADING_JUNK = charSet(exceptionChars(LEADING_JUNK_WORDS));

const STOPS = AREA_SCAN.stops;
/** Ranks among the zone qualifiers (`无锡国家高新区`): a name only after a place. */
const RANKS = WordMap.of(QUALITY_WORDS, ['国家']);
/** Administrative ranks that open an area park's description (`省级…产业园`). */
const LEVELS = WordMap.of(['国家级', '省级', '市级', '县级', '区级']);
/** Longest prefix accepted in front of a zone suffix when no known place is there. */
const UNKNOWN_PLACE_MAX = 4;

/**
 * Named parks in `text`. `barriers` (company names, sorted by start) are never reached into:
 * `与海尔集团共建…产业园` names the park after 集团.
 */
export function findParks(text: string, barriers: readonly { start: number; end: number }[] = [], anchors: AnchorUnits = anchorUnits(text)): ParkSpan[] {
  const spans: ParkSpan[] = [];
  let floor = 0;
  let b = 0;
  let from = 0;
  for (let endsAt = anchors.cursor(ANCHOR_ENDS), anchor = nextAnchor(text, from, endsAt); anchor; anchor = nextAnchor(text, from, endsAt)) {
    const { end } = anchor;
    from = end;
    while (b < barriers.length && barriers[b].end <= anchor.start) floor = Math.max(floor, barriers[b++].end);
    const kind = anchorKind(text, anchor.start, end);
    const zone = kind !== 'area';
    // `株洲经开区创业创新园`: a park right after its zone is named by it, though its own words are generic.
    const last = lastSpan(spans);
    const afterZone = last !== undefined && last.zone && last.end === floor && floor > 0;
    let start = nameStart(text, kind, anchor.start, end, floor, afterZone);
    // `Samalaju工业园区`, `某州某市MARABIS工业园`: a park abroad named in Latin letters is named by them.
    if (kind === 'zone' || kind === 'area') start = latinNamedParkStart(text, start, anchor.start, floor);
    // `某某电子5G数字产业园`: a start inside a token of letters and digits cuts a name the scan could not read whole.
    if (start > 0 && cutInsideToken(text, start)) continue;
    // `合作区位于某某国际工业园区内`: a zone said to hold something is named by what 位于 opens, a place abroad too.
    if (start < 0 && zone) start = Math.max(zoneLyingAround(text, anchor.start, end, floor), zoneIntroducedWhereItLies(text, anchor.start, floor));
    if (start < 0) {
      // `某某“园中园”`, `某某“飞地”产业园`, `「某某产业园区」`: quotation marks the scan stopped at.
      const found = parkWithoutPrefix(text, kind, anchor.start, end, floor);
      if (found) {
        spans.push(found);
        floor = from = found.end;
      }
      continue;
    }
    // `青屿-松岭工业园`, `桐坝—磨溪经济合作区`: two places joined by a dash name the park.
    start = joinedPlaceStart(text, start, floor);
    // `湖南省某某市某某高新区`: the province written with 省 is the address, not the name.
    start = afterProvince(text, start, anchor.start);
    // `某某市某某区某某工业园`: a city with its district (a county with its town) before the park's own name is its address.
    start = afterAddress(text, start, anchor.start);
    if (kind === 'area' && (areaOfAKind(text, start, anchor.start, end, afterZone && start === floor) || unplacedDemonstrationPark(text, start, anchor.start, end))) continue;
    // `某某市工业园区总体向好` (all of a place's parks), `某省首家综合保税区` (a kind ranked), `属省级重点工业园区`,
    // `被评为某市先进工业园`, `“全省某某示范工业园”` (a rating, a ranking or a title: parkTitles.ts): no park named.
    if (parksOfAPlace(text, start, anchor.start, end) || rankedSuperlative(text, start, anchor.start) || titleOrClass(text, start, anchor.start, end)) continue;
    // `浒关开发区莱克工业园`: a park with a suffix of its own right after a zone is a second PARK,
    // the park inside the zone (guidelines: a zone inside a zone is two PARKs), unless a place and `·` open both.
    if (afterZone && start === floor) start = coBuiltParkStart(text, spans, start);
    spans.push({ start, end, zone, zoneEnd: undefined });
    floor = end;
    // `楠梓科技产业园区第三园区`: a numbered part of a park is that park's sub-zone, one span with it.
    const part = numberedPartEnd(text, end);
    if (part > end) {
      spans[spans.length - 1].end = part;
      floor = from = part;
      continue;
    }
    const sub = subZoneAfter(text, end, zone);
    if (sub.end > end) {
      addSubZone(text, spans, sub.end, sub.part);
      floor = from = sub.end;
    }
  }
  return spans;
}

/**
 * The sub-zone right after the park ending at `end` (its end, `end` when none), and whether it is a part
 * named by where it lies. `江北新区研创园`, `南昌高新区艾溪湖片区`: a sub-zone with no park suffix of its own;
 * an industrial park is divided only into 片区 (`某某工业园某某片区`). `某某工业园区南区`, `某某新区启动区`,
 * `某某经开区东部园区`: a zone's part named by where it lies, one span with it.
 */
function subZoneAfter(text: string, end: number, zone: boolean): { end: number; part: boolean } {
  // `某某数创园启动区`: an industry park's first phase, named by that alone, is one span with it (zoneParts.ts)
  if (!zone) return { end: Math.max(phasePartEnd(text, end), subZoneEnd(text, end, AREA_SUB_ZONE_SUFFIXES)), part: false };
  const partEnd = zonePartEnd(text, end);
  const sub = Math.max(partEnd, subZoneEnd(text, end, SUB_ZONE_SUFFIXES));
  return { end: sub, part: sub === partEnd };
}

/** Is the industry park text[start, end) (its suffix at `anchor`) a kind of park the sentence describes, no park named? */
function areaOfAKind(text: string, start: number, anchor: number, end: number, rightAfterZone: boolean): boolean {
  // `建成后将成为全国一流的锂电产业园`, `建成世界一流光电产业基地`: a goal described, a kind of park, not one park.
  // A park opening with a place keeps its name whatever describes it (`作为全市重点打造的某某区科技城`).
  if ((describedAsGoal(text, start) || rankedFirstClass(text, start, anchor)) && PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0) return true;
  // `打造“国家级环保产业园”目标`: a quoted title; `建成5万平方米物流商贸园区`: a building of that size;
  // `重点项目某某产业园`: introduced as a project.
  if (quotedTitle(text, start, end) || measuredAsBuilding(text, start) || introducedAsProject(text, start, anchor)) return true;
  // `项目将建设光伏材料产业基地`: what a project builds, named by its trade alone, is its facility.
  if (builtAsFacility(text, start, anchor)) return true;
  // `走在全国某某产业园区前列`: the country's parks of a trade, counted, ranked or titled (nationwideKinds.ts).
  if (nationwideKind(text, start, anchor)) return true;
  // `某某地产·某某科技城`: a brand joined to the park's words by a middle dot names its development, a project.
  if (brandedDevelopment(text, start, anchor)) return true;
  // `加快推进电子信息产业功能区建设`: a city's trade district named by its trade alone is one of a class.
  return tradeDistrictWithoutPlace(text, start, anchor, end, rightAfterZone);
}

/** A park where the anchor's own prefix names none: a quoted park, or a named park inside a zone said without its name. */
function parkWithoutPrefix(text: string, kind: AnchorKind, anchor: number, end: number, floor: number): ParkSpan | undefined {
  const quoted = quotedPark(text, anchor, end, floor, kind === 'area');
  // `内高标准“某某”示范园区`: a demonstration park's title quoted after no place is no park either.
  if (quoted && !unplacedDemonstrationPark(text, quoted.start, anchor, end)) return { start: quoted.start, end: quoted.end, zone: kind !== 'area', zoneEnd: undefined };
  return kind !== 'area' ? namedParkInAZone(text, end) : undefined;
}

/** What an anchor is: a zone's full name, the abbreviated 开区, a zone suffix, or an area suffix. */
type AnchorKind = 'full' | 'abbreviated' | 'zone' | 'area';

function anchorKind(text: string, anchor: number, end: number): AnchorKind {
  if (isWord(FULL_SET, text, anchor, end)) return 'full';
  if (end - anchor === 2 && text.startsWith(ABBREVIATED_ZONE_SUFFIX, anchor)) return 'abbreviated';
  return isWord(ZONE_SET, text, anchor, end) ? 'zone' : 'area';
}

/** Start of the park name whose anchor is text[anchor, end), or -1 when there is none. */
function nameStart(text: string, kind: AnchorKind, anchor: number, end: number, floor: number, afterZone = false): number {
  const start = prefixStart(text, kind, anchor, end, floor, afterZone);
  // `某省数字经济创新试验区`: a province alone before its programme is the whole province's, no one zone.
  if (start >= 0 && kind === 'zone' && isWord(PROGRAMME_SET, text, anchor, end) && wholeProvinceProgramme(text, start, anchor)) return -1;
  // `中某(某市)地方发展合作示范区`: partners, their site in brackets, then a programme the prefix scan stops inside.
  if (kind !== 'area' && !isWord(PROGRAMME_SET, text, anchor, end)) return start;
  return bracketedSiteStart(text, anchor, floor, start);
}

/** Start of the park name read from the anchor's own prefix, or -1 when there is none. */
function prefixStart(text: string, kind: AnchorKind, anchor: number, end: number, floor: number, afterZone: boolean): number {
  switch (kind) {
    case 'full': return placeChainStart(text, anchor, floor);
    case 'abbreviated': return abbreviatedZoneStart(text, anchor, end, floor);
    case 'zone': {
      // `福建投资区域`, `上海投资区位`: 区 opens a word of its own, the place is invested in, no zone named.
      if (text.startsWith(TOU_ZI_QU, anchor) && NOT_ABBREVIATION_AFTER.has(text.charCodeAt(end))) return -1;
      // `片区综合开发区域`, `深度开发区域内荒地`: an area developed (as a whole, in depth), the 区 opening 区域, no zone named.
      if (unitAt(text, end) === YU) return -1;
      // `某市九华经济区`: 经济区 names a zone only with an own name after its city or county.
      if (end - anchor === OWN_NAMED_ZONE_SUFFIX.length && text.startsWith(OWN_NAMED_ZONE_SUFFIX, anchor)) return ownNamedZoneStart(text, anchor, floor);
      const placeOnly = isWord(PLACE_ONLY_SET, text, anchor, end);
      const start = zoneStart(text, anchor, floor, !placeOnly, end - anchor >= FORMAL_SUFFIX_MIN ? FORMAL_QUALIFIER_MAX : QUALIFIER_MAX);
      // `某某深化两岸产业合作试验区`: a programme zone's place, then the programme, longer than a qualifier.
      if (start < 0 && isWord(PROGRAMME_SET, text, anchor, end)) return programmeZoneStart(text, anchor, floor);
      // `苏宿园区`: places joined by their one-character names are places too.
      if (start < 0 && placeOnly) return jointPlacesStart(text, anchor, floor);
      // `香港特区` is a region, no zone; `某国某某努克经济特区`: a zone abroad is named after its country and place.
      return specialOrForeignZoneStart(text, start, anchor, end, floor);
    }
    case 'area': {
      const start = areaStart(text, anchor, floor, afterZone);
      // `某州市某港区` is a district, `连云港区位` a city: a port's zone has a name of its own.
      return start >= 0 && end - anchor === PORT_ZONE.length && text.startsWith(PORT_ZONE, anchor) && districtNotPort(text, start, anchor, floor) ? -1 : start;
    }
  }
}

const NIAN = code('年');
const SPACE = code(' ');
const DU = code('度');
const DAI = code('代');

/** Administrative levels said alone before a zone's own name: `市临溪新区` is the city's 临溪新区. */
const LEVEL_WORDS = charSet('省市县区');

/** `,市临溪新区`: a lone level word opening a phrase before an unknown place of two characters or more is no part of its name. */
function afterLevelWord(text: string, start: number, anchor: number): number {
  // after a Han character the scan was cut inside a longer name (`某某县新型建材…`): keep it whole or not at all
  if (!LEVEL_WORDS.has(text.charCodeAt(start)) || anchor - start - 1 < 2 || isHan(text.charCodeAt(start - 1))) return start;
  return PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) > 0 ? start : start + 1;
}

/**
 * `2011年县域工业集中区`, `2023年度省级开发区考核`: the scan stops at the year's digits, its `年` (and the
 * `度` of a year taken as a period) is no part of a name; nor is the `代` of a generation's number
 * (`建设第8代新型显示产业园`: the line's generation, not the park's name).
 */
function afterYearOrGeneration(text: string, start: number): number {
  // `2021 年成都医学城`: some sites write a space between the year's digits and its 年.
  const digit = unitAt(text, start - 1) === SPACE ? start - 2 : start - 1;
  if (!isDigit(unitAt(text, digit))) return start;
  if (text.charCodeAt(start) === DAI) return start + 1;
  if (text.charCodeAt(start) !== NIAN) return start;
  return text.charCodeAt(start + 1) === DU ? start + 2 : start + 1;
}

/**
 * `国家级某某经济技术开发区`: a rank before the place is the zone's standing, not its name (as before an industry
 * park); after the place it stays (`某某国家级经开区`). The span starts at the place the rank is followed by.
 */
function afterLeadingLevel(text: string, start: number, anchor: number): number {
  const rank = LEVELS.longestStartingAt(text, start, anchor);
  return rank > 0 && PLACES.longestStartingAt(text, start + rank, anchor) > 0 ? start + rank : start;
}

/** The longest qualifier we do not know read between a place and a zone suffix (`昆山花桥经济开发区`). */
const QUALIFIER_MAX = 3;
/**
 * Before a zone's formal suffix spelled out (`经济技术开发区`, `高新技术产业开发区`: five characters or more), a longer
 * one (`某某国际铁路港经济技术开发区`): a sentence writes the spelled-out kind after its own words (`加快建设经济技术开发区`)
 * only through a verb, which ends the qualifier.
 */
const FORMAL_SUFFIX_MIN = 5;
const FORMAL_QUALIFIER_MAX = 5;

/** Start of a zone name ending with the suffix at `anchor`, or -1 for the bare generic noun. */
function zoneStart(text: string, anchor: number, floor: number, unknownPlaces = true, qualifierMax = QUALIFIER_MAX): number {
  const airport = airportZoneStart(text, anchor, floor);
  if (airport >= 0) return airport;
  const chained = placeChainStart(text, anchor, floor);
  // `国家级经济技术开发区`, `省级高新区`: a rank is no place; with nothing named in front it is a kind of zone.
  // `在某某省级经开区`: a place we do not know before the rank names the zone, as a known one does.
  if (chained < anchor) {
    // `中国国家级开发区`: the nation and a rank before a kind of zone are a class of zones, no zone.
    // `某省国家级经开区`: a province and a rank are its class of zones too.
    if (nationalTitle(text, chained, anchor) || provinceClass(text, chained, anchor)) return -1;
    return !RANKS.covers(text, chained, anchor) ? afterLeadingLevel(text, placeAfterSettlingStart(text, chained, floor), anchor) : unknownPlaces ? unknownPlaceBeforeRank(text, chained, floor) : -1;
  }
  // A place, then a qualifier we do not know (`昆山花桥经济开发区`): keep both.
  for (let gap = 1; gap <= qualifierMax; gap++) {
    const at = anchor - gap;
    if (at <= floor || zoneQualifierEnds(text, at)) break;
    const before = placeChainStart(text, at, floor);
    if (before === at) continue;
    if (!RANKS.covers(text, before, at)) return afterLeadingLevel(text, placeAfterSettlingStart(text, before, floor), at);
    // `国家级某某经开区`: a rank is no place, so the zone's own name after it starts the span, as a rank
    // before an industry park is left out; before a suffix that wants a place, nothing is named
    // (`省级化工园区`).
    return unknownPlaces && gap >= 2 ? at : -1;
  }
  // `某市北部生态新区`: a place, its part by where it lies, then the zone's own name.
  const positioned = placeAndPositionStart(text, anchor, floor, qualifierMax, (end) => placeChainStart(text, end, floor), (at) => zoneQualifierEnds(text, at));
  if (positioned >= 0 && !RANKS.covers(text, positioned, anchor)) return positioned;
  // A place we do not know: a short prefix with a clear boundary on its left (`铜山经开区`).
  if (!unknownPlaces) return -1;
  // `某某县新型材料工业集中区`: a county, then a description of the zone, names it.
  const county = countyBeforeDescription(text, anchor, floor);
  if (county >= 0) return county;
  // A place written with its administrative suffix (`来到乌兰浩特市工业园区`) may be one longer.
  const max = ADMIN.has(unitAt(text, anchor - 1)) ? UNKNOWN_PLACE_MAX + 1 : UNKNOWN_PLACE_MAX;
  const scanned = afterLevelWord(text, afterYearOrGeneration(text, afterCountyNamed(text, extendLeft(text, anchor, floor, AREA_SCAN, max + 1), anchor)), anchor);
  // `据某某经开区招商局介绍`: a source's 据 (and the other leading junk of industry parks) is no part of the name;
  // a level word is afterLevelWord's to judge (`市北高新区` is a name).
  const junk = PLACES_AND_QUALIFIERS.longestStartingAt(text, scanned, anchor) === 0 && !LEVEL_WORDS.has(text.charCodeAt(scanned));
  const start = junk ? skipRight(text, scanned, anchor, LEADING_JUNK) : scanned;
  const length = anchor - start;
  // `在某某某某山工业园区`: a place and the zone's own name, longer than a place alone, after a site mark.
  if (length > max) return placeAndOwnNameStart(text, anchor, floor);
  if (length < 2) return -1;
  // `集约化工业园区`, `核心园区`: a word sorting zones into kinds, no place after it, names none; nor does a position
  // alone (`推动东部新区…`: the part of a city by where it lies, zoneParts.ts).
  if (GENERIC.covers(text, start, anchor) || kindOpener(text, start, anchor) || positionOnly(text, start, anchor)) return -1;
  return start;
}

/** Does the unit at `at` end a zone's qualifier read leftwards (no Han, a boundary character, a boundary word's end)? */
function zoneQualifierEnds(text: string, at: number): boolean {
  const c = unitAt(text, at);
  return !isHan(c) || AREA_SCAN.stopChars.has(c) || STOPS.longestEndingAt(text, at + 1) > 0;
}

const AIRPORT = '机场';
const INTERNATIONAL = '国际';

/**
 * `某市某某国际机场临空经济区`, `某市某某机场综保区`: an airport right before a zone's suffix names the zone, with the places
 * its own name is made of (`北京大兴`, a city and its district); the zone starts at them, not at a place read across the
 * airport's words (`兴国` in `大兴国际`). -1 when no airport with a place we know stands there.
 */
function airportZoneStart(text: string, anchor: number, floor: number): number {
  let at = anchor - AIRPORT.length;
  if (at <= floor || !text.startsWith(AIRPORT, at)) return -1;
  if (at - INTERNATIONAL.length > floor && text.startsWith(INTERNATIONAL, at - INTERNATIONAL.length)) at -= INTERNATIONAL.length;
  const start = placeChainStart(text, at, floor);
  return start < at ? start : -1;
}

/**
 * `镇远县黔东工业园区`: a county we do not know, its suffix, then the zone's own short name: the zone
 * starts after the county's suffix (as it does after a county we know), when two or more
 * characters are left. Otherwise `start`.
 */
function afterCountyNamed(text: string, start: number, anchor: number): number {
  for (let k = anchor - 3; k > start; k--) {
    const c = text.charCodeAt(k);
    if (c === QI && NOT_BANNER_AFTER.has(text.charCodeAt(k + 1))) continue;
    if (COUNTY_SUFFIXES.has(c)) return directionOnly(text, k + 1, anchor) ? start : k + 1;
  }
  return start;
}

/** 县, and 旗, Inner Mongolia's county (`某某旗某某工业园区`). */
const COUNTY_SUFFIXES = charSet('县縣旗');
/** After 旗, characters that make it a word of its own (`旗下`: a group's, `旗舰`: a flagship). */
const NOT_BANNER_AFTER = charSet('下舰');

/** `张家川县中西部工业园区`, `某县城北工业园区`: a part of the county named by direction is no zone's own name. */
function directionOnly(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!DIRECTION_CHARS.has(text.charCodeAt(k))) return false;
  return true;
}

const DIRECTION_CHARS = charSet('东南西北中部城区');

/** After `开区` or `投资区`, words that make 区 part of another word (`展开区域`, `离开区间`, `投资区位`). */
const NOT_ABBREVIATION_AFTER = charSet(exceptionChars(NOT_ABBREVIATION_AFTER_WORDS));
/** Before a bare `开区`, characters that make a word of 开 (`召开`, `展开`, `离开`). */
const NOT_ABBREVIATION_BEFORE = charSet(exceptionChars(NOT_ABBREVIATION_BEFORE_WORDS));
const TOU_ZI_QU = '投资区';
const YU = code('域');

/**
 * `吉安井开区`: a place, one character abbreviating the zone's own name, then 开区. Without the place, `开区` is
 * the end of a verb too often (`全面展开区域合作`, `召开区委常委会`): the short name alone counts only opening its
 * clause (`上半年,某开区地区生产总值…`, the paragraph's start, after a time or a verb), and never where the
 * character before 开 makes a word of it (`召开`, `展开`: NOT_ABBREVIATION_BEFORE).
 */
function abbreviatedZoneStart(text: string, anchor: number, end: number, floor: number): number {
  const at = anchor - 1;
  const c = unitAt(text, at);
  if (at < floor || !isHan(c) || AREA_SCAN.stopChars.has(c) || NOT_ABBREVIATION_AFTER.has(text.charCodeAt(end))) return -1;
  const start = at > floor ? placeChainStart(text, at, floor) : at;
  if (start < at) return start;
  return opensClause(text, at, floor) && !NOT_ABBREVIATION_BEFORE.has(c) ? at : -1;
}

/**
 * Does a name starting at `at` open its clause, as a subject: the text's start, after a clause's punctuation or
 * a time (`上半年,`, `今年以来,`, `今年上半年`)? Not after a preposition or a quotation mark, where a short name the
 * article has not declared is read no further (parkAliases.ts).
 */
function opensClause(text: string, at: number, floor: number): boolean {
  if (at === 0) return true;
  return CLAUSE_MARKS.has(text.charCodeAt(at - 1)) || (at > floor && TIME_LEADS.longestEndingAt(text, at) > 0);
}

/** Punctuation a clause opens after, and the line break. */
const CLAUSE_MARKS = charSet(',，;；:：。!！?？\n ');
/** Times a clause opens with, right before its subject. */
const TIME_LEADS = WordMap.of(['上半年', '下半年', '今年', '去年', '以来', '目前', '当前', '近年', '近年来', '一季度', '前三季度', '年初']);

/**
 * A place in brackets after a place (`中国(江西)自由贸易试验区`, `中国(上海)`): the start of the
 * bracket when text[…, end) ends with one, else -1.
 */
function bracketedPlaceStart(text: string, end: number, floor: number): number {
  if (unitAt(text, end - 1) !== 0x29 /* ) */) return -1;
  for (let k = end - 3; k >= Math.max(floor, end - 8); k--) {
    if (text.charCodeAt(k) !== 0x28 /* ( */) continue;
    let close = end - 1;
    if (ADMIN.has(text.charCodeAt(close - 1))) close--;
    return PLACES_AND_QUALIFIERS.longestStartingAt(text, k + 1, close) === close - k - 1 ? k : -1;
  }
  return -1;
}

/**
 * `位于洪湖…`: a place of the gazetteer opening with a boundary character (`于洪`) is not read where that character
 * ends a boundary word begun before it (`位于`); the name starts after the word.
 */
function endsBoundaryWord(text: string, at: number): boolean {
  return STOPS.longestEndingAt(text, at + 1) > 1;
}

/** Start of a chain of places and gazetteer qualifiers ending at `end` (`end` when none). */
function placeChainStart(text: string, end: number, floor: number): number {
  let p = end;
  for (let tokens = 0; tokens < 4; tokens++) {
    let length = PLACES_AND_QUALIFIERS.longestEndingAt(text, p, floor);
    let at = p - length;
    // `位于洪湖…` is cut after 位于, but `某庆市长寿…` is a city and its place, no mayor (titleAcrossPlaces.ts).
    if (length > 0 && endsBoundaryWord(text, at) && !titleAcrossPlaces(text, at)) break;
    if (length === 0 && p - 1 > floor && ADMIN.has(text.charCodeAt(p - 1))) {
      // `无锡市高新区`, `铜山区`: an administrative suffix after the place name.
      length = PLACES_AND_QUALIFIERS.longestEndingAt(text, p - 1, floor);
      at = p - 1 - length;
    }
    if (length === 0) {
      // `中国(江西)`: a bracketed place counts only with a place before it.
      const open = bracketedPlaceStart(text, p, floor);
      if (open < 0) break;
      const before = PLACES_AND_QUALIFIERS.longestEndingAt(text, open, floor);
      if (before === 0) break;
      at = open - before;
    }
    p = at;
  }
  return p;
}

/** Start of a park name ending with a descriptive suffix (产业园 …), or -1. */
function areaStart(text: string, anchor: number, floor: number, afterZone = false): number {
  const scanned = extendLeft(text, anchor, floor, AREA_SCAN);
  let start = countyStart(text, scanned, floor);
  // A county the scan stopped at (`和县`) is a name, though its characters read as generic words.
  const county = start < scanned;
  // `区人力资源产业园` is the zone's park, but `全南工业园`, `和县工业园` open with a county.
  // `数县工业园`, `两县工业园`: a numeral or function word before 县 counts counties, it names none.
  if (!county && NOT_COUNTY.has(text.charCodeAt(start)) && (text.charCodeAt(start + 1) === XIAN || text.charCodeAt(start + 1) === QI)) start++;
  if (!county && PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0) start = skipRight(text, start, anchor, LEADING_JUNK);
  // `2023年锂电产业园`: the `年` of a year the scan stopped at is no part of a name, as before a zone.
  start = afterBracketedZone(text, cutAtPlace(text, afterComingTo(text, afterYearOrGeneration(text, start), anchor), anchor), anchor);
  // `一批锂电产业园`, `新建3个智能制造产业园`: a counted mention names a kind of park, not one park.
  if ((countedAt(text, start, anchor) && PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0) || countedBefore(text, start, floor, anchor)) return -1;
  // `百亿级锂电产业基地`: a scale is how big the park is meant to be, not its name.
  start = afterScale(text, start, anchor);
  // `投资10亿建某某产业园`: the multiplier is the amount's, the verb after it builds the park.
  start = afterBareAmount(text, start, anchor);
  // `国家级新能源汽车产业基地`, `百亿国家级纺织产业基地`: a rank titles a kind of park, none named; before a place
  // it is left out (`国家级某某产业园` → `某某产业园`).
  // `特色文旅小镇`, `普通物流园区`: a word sorting parks into kinds opens a kind of park, none named.
  if (rankedTitle(text, start, anchor) || kindOpener(text, start, anchor)) return -1;
  // `建设现代化某某产业新城`, `建设世界级某某产业基地`: a quality to be reached is a goal, no park named.
  if (goalQuality(text, start, anchor)) return -1;
  for (let rank = LEVELS.longestStartingAt(text, start, anchor); rank > 0; rank = LEVELS.longestStartingAt(text, start, anchor)) start += rank;
  if (anchor - start < 2 || nationalTitle(text, start, anchor)) return -1;
  if (!county && GENERIC.covers(text, start, anchor) && !(afterZone && start === floor && INNOVATION.covers(text, start, anchor))) return -1;
  return start;
}

/** Start-up and innovation words: generic alone (`创业产业园`), a name for the park inside a zone. */
const INNOVATION = WordMap.of(['创新', '创业']);


/** Single characters that are function words, never a county's name (`在县工业园`, `该县`). */
const NOT_COUNTY = charSet(exceptionChars(NOT_COUNTY_WORDS));

/**
 * The scan stopped at `start` on a character that may open a place: `与和县工业园` (a county named
 * by one character, here a conjunction, then 县: a bare 县 never opens a name) and
 * `于都县工业园` (a place of the gazetteer opening with a function character, unless a longer
 * place starts right after it: `位于都江堰…`). Only when a boundary precedes that character.
 */
function countyStart(text: string, start: number, floor: number): number {
  const at = start - 1;
  if (at < floor || at < 0 || !isHan(text.charCodeAt(at))) return start;
  const before = at - 1;
  const bounded = before < floor || !isHan(text.charCodeAt(before)) || AREA_SCAN.stopChars.has(text.charCodeAt(before)) ||
    STOPS.longestEndingAt(text, at) > 0;
  if (!bounded) return start;
  const c = text.charCodeAt(start);
  if ((c === XIAN || c === QI) && !NOT_COUNTY.has(text.charCodeAt(at))) return at;
  const place = PLACES_AND_QUALIFIERS.longestStartingAt(text, at);
  return place >= 2 && PLACES_AND_QUALIFIERS.longestStartingAt(text, start) < place - 1 ? at : start;
}

const XIAN = code('县');
const QI = code('旗');
