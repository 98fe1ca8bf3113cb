// Parks whose names hold quotation marks, or are quoted whole. The leftward scan stops at any mark,
// so these are read from the marks around the anchor:
//  - `某某“园中园”`: a park inside a park, quoted after its place; the quotes stay in the span, as
//    they do in a project's name (guidelines: quotation marks that belong to a name);
//  - `某某“飞地”产业园`: a quoted word inside the name, after its place;
//  - `「某某产业园区」`: a name quoted whole, where the scan stopped inside the quotes at a character
//    that reads as a function word (`和`): the name is what the quotes hold.

import { charSet, isHan, unitAt } from '../text';
import { extendLeft } from './nameScan';
import { AREA_SCAN, GENERIC } from './parkScan';
import { QUALITY_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';

const OPEN_QUOTES = charSet('“"「『‘');
const CLOSE_QUOTES = charSet('”"」』’');
/** A place before a quoted part: two to four characters up to a boundary (`隆安“…”`). */
const PLACE_MIN = 2;
const PLACE_MAX = 4;
/** The longest quoted word inside a name (`“飞地”`), and the longest name quoted whole. */
const QUOTED_WORD_MAX = 4;
const QUOTED_NAME_MAX = 10;
/** Ranks and qualities that open a title a park is given (`“省级…示范园区”`), not its name. */
const TITLE_OPENERS = WordMap.of(QUALITY_WORDS);

/**
 * The park around the anchor text[anchor, end) that quotation marks make, when the scan found
 * none: `{ start, end }` or undefined. `area`: the anchor is an industry park's suffix.
 */
export function quotedPark(text: string, anchor: number, end: number, floor: number, area: boolean): { start: number; end: number } | undefined {
  const before = unitAt(text, anchor - 1);
  const after = unitAt(text, end);
  if (OPEN_QUOTES.has(before) && CLOSE_QUOTES.has(after)) {
    const start = placeBefore(text, anchor - 1, floor);
    return start < 0 ? undefined : { start, end: end + 1 };
  }
  if (CLOSE_QUOTES.has(before)) {
    const open = openQuoteBefore(text, anchor - 1, QUOTED_WORD_MAX, floor);
    const start = open < 0 ? -1 : placeBefore(text, open, floor);
    return start < 0 ? undefined : { start, end };
  }
  // Quoted whole, only an industry park's words name it: a zone's suffix wants a place (`“飞地园区”` is a kind).
  if (area && CLOSE_QUOTES.has(after)) {
    const open = openQuoteBefore(text, anchor, QUOTED_NAME_MAX, floor);
    // `入选“省级绿色制造示范园区”`: a title opening with a rank or a quality is a kind of park, no name.
    if (open < 0 || anchor - open - 1 < PLACE_MIN || GENERIC.covers(text, open + 1, anchor) || TITLE_OPENERS.longestStartingAt(text, open + 1, anchor) > 0) return undefined;
    return { start: open + 1, end };
  }
  return undefined;
}

/** The opening quote of Han text ending at `close`, holding one to `max` characters; else -1. */
function openQuoteBefore(text: string, close: number, max: number, floor: number): number {
  for (let k = close - 1; k >= Math.max(floor, close - max - 1); k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES.has(c)) return k < close - 1 ? k : -1;
    if (!isHan(c)) return -1;
  }
  return -1;
}

/** Start of a short place name ending at `at`, bounded on its left, not generic; else -1. */
function placeBefore(text: string, at: number, floor: number): number {
  const start = extendLeft(text, at, floor, AREA_SCAN, PLACE_MAX + 1);
  const length = at - start;
  if (length < PLACE_MIN || length > PLACE_MAX || GENERIC.covers(text, start, at)) return -1;
  return start;
}

/**
 * Is the park text[start, end) the rest of a quoted title after its rank (`打造“国家级环保产业园”目标`)? A
 * rank before a park's name is stripped (`国家级新能源汽车产业基地`), but quoted whole with it, the words are
 * a title the place aims at or was given, no name.
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  if (!CLOSE_QUOTES.has(text.charCodeAt(end))) return false;
  const open = openQuoteBefore(text, start, QUOTED_NAME_MAX, 0);
  return open >= 0 && TITLE_OPENERS.covers(text, open + 1, start);
}
