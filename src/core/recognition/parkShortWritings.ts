// A park the article names in full is written again short: `某某台商投资区` … `某某台商区`, `某某科技产业基地` … `某某基地`,
// `某某农业生物科技园区` … `某某农业生技区`, `某某农科园区`. Chinese shortens a name by keeping characters of its words in
// their order: its first character always, usually the place and the own name, the kind's last character (`区 园 地 城`),
// dropping the words between (`投资`, `科技产业`, the second character of each word). So a later (or a headline's earlier)
// writing that opens with the name's first character, or with the own name's first after its place, keeps only
// characters of the name in order, leaves out one or two runs of it and ends as the name ends, is that park. Read once
// per article for the parks it names (parksAcrossParagraphs.ts): one pass over the writings of the name's first
// character, each read no further than the name is long.
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { isHan } from '../text';
import { ADMIN_SUFFIX_CHARS } from '../lexicon/placeNames';
import { AREA_SET, GENERIC, PLACES, ZONE_SET } from './parkScan';
import { leftOutRuns } from '../links/zoneShortWriting';

/** Shortest short writing: a place or an own name of two and the kind's two (`某某基地`); `某某区` is a district. */
const MIN_SHORT = 4;
/** Runs of the full name a short writing leaves out (`农[业生物]科[技]园区`: two); more is another name that shares characters. */
const MAX_LEFT_OUT_RUNS = 2;
/** After its place, a name keeps an own name and a kind: three characters at least (`某某区` is all place). */
const MIN_OWN_AND_KIND = 3;
/** A district's name after its city: two characters and the level (`某某区`). */
const DISTRICT_LENGTH = 3;
/** The level words a city is written with before its districts (not `州`, the end of many cities' names). */
const CITY_LEVELS = '省市县';
/**
 * The writings of `name` short (characters of it left out, its place kept or not) in `text`, as PARKs. `accept`: the
 * caller's test of a writing's surroundings, as for the park's full writings (`placeDropped`: the writing leaves the
 * name's place out, so a place right before it would make it another place's zone).
 */
export function parkShortWritings(text: string, name: string, accept: (at: number, end: number, placeDropped: boolean) => boolean): Entity[] {
  const folded = foldedText(name);
  // a name with debris folded away (a pinyin gloss) has no one-to-one reading of its place: left to its full writings
  if (folded.length !== name.length || name.length <= MIN_SHORT) return [];
  const placeEnd = placeChainEnd(folded);
  // a name that is all place (or a place and its kind) has no own name to keep
  if (placeEnd > name.length - MIN_OWN_AND_KIND) return [];
  const found: Entity[] = [];
  for (const start of placeEnd > 0 ? [0, placeEnd] : [0]) {
    const first = name[start];
    if (!isHan(first.charCodeAt(0))) continue;
    for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
      const end = shortWritingEnd(text, at, name, start);
      if (end < 0 || !keepsOwnName(foldedText(text.slice(at, end)), start === 0 ? placeEnd : 0) || !accept(at, end, start > 0)) continue;
      found.push({ label: 'PARK', start: at, end, text: text.slice(at, end) });
      at = end - 1;
    }
  }
  return found;
}

/**
 * End of a short writing of `name` (read from `from` in it) starting at text[at], or -1: the characters from `at` each
 * found further on in the name, one or two runs of it left out (`leftOutRuns`, the reading the links give two writings
 * of a zone), ending as the name ends.
 */
function shortWritingEnd(text: string, at: number, name: string, from: number): number {
  let next = from + 1;
  let end = at + 1;
  while (end < text.length && next < name.length) {
    const k = unitIndex(name, text.charCodeAt(end), next);
    if (k < 0) break;
    next = k + 1;
    end++;
  }
  if (end - at < MIN_SHORT) return -1;
  const runs = leftOutRuns(text.slice(at, end), name.slice(from));
  return runs > 0 && runs <= MAX_LEFT_OUT_RUNS ? end : -1;
}

/** `name.indexOf(String.fromCharCode(unit), from)`, without making a string of the unit (read at every unit tried). */
function unitIndex(name: string, unit: number, from: number): number {
  for (let k = from; k < name.length; k++) if (name.charCodeAt(k) === unit) return k;
  return -1;
}

/**
 * Does the short writing (folded) keep a name of its own after its place (`placeEnd`: where the full name's place
 * chain ends, 0 when the writing dropped it)? Its place and the kind's last character alone (`某某区`, a district), or
 * a kind of zone spelled out (`经济开发区`, `高新区`), name no park.
 */
function keepsOwnName(short: string, placeEnd: number): boolean {
  if (GENERIC.covers(short, 0, short.length)) return false;
  const own = short.slice(placeEnd);
  if (own.length < 2 || GENERIC.covers(own, 0, own.length)) return false;
  // `某某市某某区`: a city with its level, then two characters and a level, is a district of that city
  if (placeEnd > 0 && CITY_LEVELS.includes(short[placeEnd - 1]) && own.length === DISTRICT_LENGTH && ADMIN_SUFFIX_CHARS.includes(own[own.length - 1])) return false;
  return ZONE_SET.longestStartingAt(own, 0) !== own.length && AREA_SET.longestStartingAt(own, 0) !== own.length;
}

/** Where the places opening a name end (`某省某市某区` read as one chain, each with its level character), 0 for none. */
function placeChainEnd(folded: string): number {
  let end = 0;
  for (;;) {
    const place = PLACES.longestStartingAt(folded, end);
    if (place === 0) return end;
    end += place;
    if (end < folded.length && ADMIN_SUFFIX_CHARS.includes(folded[end])) end++;
  }
}

