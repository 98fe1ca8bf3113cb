// The areas of a free-trade zone (`片区`) are named after their city: `自贸区某某片区`, `设有甲地片区、乙地片区和丙地片区`,
// `在某地片区`. Alone, `片区` is too common a word (a quarter of a town) to anchor a park, so the sentence's scan reads
// it only right after a zone with its place (`某省自贸区某某片区`, parkSubZones.ts). An article about a free-trade
// zone names its areas so: each is a PARK, and the zone's kind written without its place right before an area's name
// (`自贸区某某片区`, guidelines: a sub-zone named after its zone is one span) belongs to its span. Read once per article
// over the writings of `片区` the zones named again already collect (zonesNamedAgain.ts): no scan of its own.
import { charSet, isHan } from '../text';
import { extendLeft } from './nameScan';
import { AREA_SCAN, GENERIC, PLACES, ZONE_SET } from './parkScan';

/** The head of a free-trade zone's areas. */
export const AREA_HEAD = '片区';
/** An article about a free-trade zone names it so somewhere (folded text, any form: `自贸区 自贸试验区 自由贸易试验区 自贸港`). */
const FREE_TRADE = ['自贸', '自由贸易'];
/** Shortest and longest own name of an area after the zone's kind (`自贸试验区钦州港片区`). */
const OWN_MIN = 2;
const OWN_MAX = 5;
/** A list of areas sharing the head (`甲地片区、乙地片区和丙地片区`). */
const LIST_JOINERS = charSet('、和及与');

/** A writing of the head: its folded offsets. */
export interface HeadWriting {
  at: number;
  end: number;
}

/** Does the folded article name a free-trade zone? */
export function namesFreeTradeZone(f: string): boolean {
  return FREE_TRADE.some((word) => f.includes(word));
}

/**
 * The areas among the writings of `片区` (folded offsets, text order), as [start, end) pairs; [] when the article names
 * no free-trade zone.
 */
export function freeTradeAreas(f: string, writings: readonly HeadWriting[] | undefined): [number, number][] {
  if (!writings || !namesFreeTradeZone(f)) return [];
  const areas: [number, number][] = [];
  let lastEnd = -1;
  for (const w of writings) {
    const start = areaStart(f, w.at, lastEnd);
    if (start < 0) continue;
    areas.push([start, w.end]);
    lastEnd = w.end;
  }
  return areas;
}

/** Start of the area whose head is at `at`, or -1: after the zone's kind, a place we know, or the list's joiner. */
function areaStart(f: string, at: number, lastEnd: number): number {
  const afterKind = afterZoneKind(f, at);
  if (afterKind >= 0) return afterKind;
  // `设有某地片区`: a place we know names the area.
  const place = PLACES.longestEndingAt(f, at, Math.max(0, at - OWN_MAX));
  if (place >= OWN_MIN) return at - place;
  // `甲地片区、乙地片区和丙地片区`: the next item of a list of areas, a place we may not know, between the joiner and the head.
  const own = at - lastEnd - 1;
  if (lastEnd < 0 || own < OWN_MIN || own > OWN_MAX - 1 || !LIST_JOINERS.has(f.charCodeAt(lastEnd))) return -1;
  return ownName(f, lastEnd + 1, at) ? lastEnd + 1 : -1;
}

/**
 * `自贸区某某片区`: the start of the zone's kind written right before the area's own name, or -1. The own name stays within
 * the park scan's reach (`某某自由贸易试验区设有某地片区`: the verb ends it).
 */
function afterZoneKind(f: string, at: number): number {
  const reach = extendLeft(f, at, Math.max(0, at - OWN_MAX), AREA_SCAN);
  for (let own = OWN_MIN; own <= at - reach; own++) {
    const start = at - own;
    if (!isHan(f.charCodeAt(start))) return -1;
    const kind = ZONE_SET.longestEndingAt(f, start);
    if (kind > 0) return ownName(f, start, at) ? start - kind : -1;
  }
  return -1;
}

/**
 * Is f[start, end) an area's own name: Han, opening with no generic word (`各片区`, `整个片区`, `两大片区`) unless a
 * place we know opens there (`大兴机场片区`)?
 */
function ownName(f: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isHan(f.charCodeAt(k))) return false;
  if (PLACES.longestStartingAt(f, start, end) >= OWN_MIN) return true;
  return GENERIC.longestStartingAt(f, start, end) === 0 && !GENERIC.covers(f, start, end);
}
