// Parks abroad named in Latin letters (`Samalaju工业园区`, `Kota Kinabalu工业园区`, `Dire Dawa工业园`): the letters
// are the park's own name. The prefix scans of parks.ts stop at the space between two words and take no more than
// four characters of a place they do not know before a zone suffix, so such a name is read here, once per anchor,
// from the few characters right before it. A place written in Han characters before the letters, ending with its
// administrative unit (`某某州某某市MARABIS工业园`), is the park's address, as `某某市某某区` is before a park at home;
// a place we know keeps its park (`某某市OLED产业园` is that city's park of a trade).

import { ADMIN_SUFFIX_CHARS } from '../lexicon/placeNames';
import { charSet, isAsciiWord, isLatin } from '../text';
import { PLACES } from './parkScan';

const SPACE = 0x20;
/** Fewer letters are an abbreviation or a trade (`5G`, `AI`), not a place's name. */
const NAME_MIN_LETTERS = 3;
/** A place's name in letters, words and spaces: longer is a sentence in another language. */
const NAME_MAX = 30;
const ADMIN = charSet(ADMIN_SUFFIX_CHARS);

/**
 * Start of a name in Latin letters right before `anchor` (words joined by one space, opening with a capital),
 * or -1. Not after a digit or a letter glued to it (`8K显示器…` is a product).
 */
export function latinNameStart(text: string, anchor: number, floor: number): number {
  let k = anchor;
  let letters = 0;
  while (k > floor && anchor - k < NAME_MAX) {
    const c = text.charCodeAt(k - 1);
    if (isLatin(c)) letters++;
    else if (!(c === SPACE && letters > 0 && k - 2 >= floor && isLatin(text.charCodeAt(k - 2)))) break;
    k--;
  }
  const capital = text.charCodeAt(k);
  if (letters < NAME_MIN_LETTERS || capital < 0x41 || capital > 0x5a) return -1;
  return k > 0 && isAsciiWord(text.charCodeAt(k - 1)) ? -1 : k;
}

/**
 * The start of the park whose anchor is at `anchor`, `start` being what the prefix scan found (-1 for none), when its
 * own name is in Latin letters: the letters, unless a place we know is written before them.
 */
export function latinNamedParkStart(text: string, start: number, anchor: number, floor: number): number {
  const latin = latinNameStart(text, anchor, floor);
  if (latin < 0 || start === latin) return start;
  // The scan stopped at the space between two words (`Kota Kinabalu`), or no place was taken before a zone suffix.
  if (start < 0 || start > latin) return latin;
  const unit = latin - 1;
  return ADMIN.has(text.charCodeAt(unit)) && PLACES.longestEndingAt(text, unit, start) === 0 ? latin : start;
}

/**
 * Does a park's start cut a token of letters and digits (`某某电子5G数字产业园`: the scan took `G` but not `5`)? The name
 * runs on to the left, through a brand or a product the scan cannot read; a piece of it names no park.
 */
export function cutInsideToken(text: string, start: number): boolean {
  return isAsciiWord(text.charCodeAt(start - 1)) && isAsciiWord(text.charCodeAt(start));
}
