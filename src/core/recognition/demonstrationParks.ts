// A demonstration park (`某某生态纺织产业示范园`, `某某农业科技示范园`) is named after its place: the same words without
// one, or with the nation's (`国家…示范园`, `中国特色…示范园`), are a title a park earns or is built to (`高标准示范园区`),
// the kind, no park. So `示范园` (lexicon/parkSuffixes.ts) names a park only where its prefix opens with a place we know
// or the places it joins by their one-character names (`浙川…示范园`: jointParks.ts). So do the parks named by a trade
// alone before 园 (`某某生态纺织园`, `某某生态农业园`: TRADE_PARKS), shorter than an 产业园, where the trade without a
// place is a kind of park; their 园 opening a word of its own (`园地 园林 园艺`) is no park at all.

import { PLACED_HEADS, TRADE_PARKS } from '../lexicon/parkSuffixes';
import { charSet, code, isHan } from '../text';
import { WordMap } from '../wordMap';
import { opensWithJointPlaces } from './jointParks';
import { AREA_SCAN, PLACES, PLACES_AND_QUALIFIERS } from './parkScan';

/** A demonstration park, and the parks named by a trade alone before 园, which want a place as it does. */
const PLACED_PARKS = WordMap.of(['示范园'], TRADE_PARKS);
/** The nation names a programme's title, no park's place (`中国特色…示范园`; `国家…示范园` opens with no place at all). */
const NATION = '中国';
/** After 园, characters that make it a word of its own (`信息园地`, `农业园林局`, `农业园艺`). */
const NOT_PARK_AFTER = charSet('地林艺');

/**
 * Is the park from `start`, its suffix text[anchor, end), a demonstration park or a trade's park whose prefix names no
 * place (a title or a kind, no park), or whose 园 opens another word?
 */
export function unplacedDemonstrationPark(text: string, start: number, anchor: number, end: number): boolean {
  if (PLACED_HEADS_SET.longestStartingAt(text, anchor) === end - anchor) return unplacedCommonHead(text, start, anchor, end);
  if (PLACED_PARKS.longestStartingAt(text, anchor) === 0) return false;
  if (NOT_PARK_AFTER.has(text.charCodeAt(end))) return true;
  if (opensWithJointPlaces(text, start, anchor)) return false;
  return PLACES.longestStartingAt(text, start, anchor) === 0 || text.startsWith(NATION, start);
}

/** Heads that are common words too (`农谷`, `化工基地`: PLACED_HEADS). */
const PLACED_HEADS_SET = WordMap.of(PLACED_HEADS);
/** After a head, characters that make its last character open a word of its own (`光谷地区`, `谷底`). */
const NOT_HEAD_AFTER = charSet('地底');
const OPEN_BRACKET = code('(');

/**
 * Is the park from `start`, its head text[anchor, end) a common word (`某某农谷`, `某某化工基地`), named by no place?
 * A place we know or a zone of the gazetteer opens such a name (`某省农谷`, `某某村生物医药基地`), and so does the nation
 * before its site in brackets (`中国(某市)生物制造谷`); the nation alone titles a slogan (`中国动力谷`-like), no park.
 * The place opens the name only after a boundary: a brand right before it owns the base, its plant in that city
 * (`某某电器某市医药基地`), no park.
 */
function unplacedCommonHead(text: string, start: number, anchor: number, end: number): boolean {
  if (NOT_HEAD_AFTER.has(text.charCodeAt(end)) || !afterBoundary(text, start)) return true;
  if (!text.startsWith(NATION, start)) return PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0;
  const site = start + NATION.length;
  return text.charCodeAt(site) !== OPEN_BRACKET || PLACES_AND_QUALIFIERS.longestStartingAt(text, site + 1, anchor) === 0;
}

/** Does a name starting at `start` follow a boundary (the text's start, a character no name holds, a boundary word)? */
function afterBoundary(text: string, start: number): boolean {
  const c = text.charCodeAt(start - 1);
  return start === 0 || !isHan(c) || AREA_SCAN.stopChars.has(c) || AREA_SCAN.stops.longestEndingAt(text, start) > 0;
}
