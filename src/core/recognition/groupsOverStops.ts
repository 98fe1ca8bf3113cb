// A group's registered name whose brand holds a word the company scan stops at (`上海均和集团`, `上海广为集团`,
// `由中国有色集团负责…`: `均 和 为 有` end names elsewhere), so that the scan leaves less than a name before `集团`.
// Registered names open with their place: a province, city or country a few characters before `集团`, the brand of
// two or three characters between, says the stop is the brand's own word. Without a place the words stay the
// sentence's (`拥有集团`, `为集团`, `并和集团`).

import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { isHan } from '../text';
import { BRAND_GENERIC } from './brandGeneric';

const MAJOR = WordMap.of(MAJOR_PLACES);
/** The brand between the place and `集团`. */
const MIN_BRAND = 2;
const MAX_BRAND = 3;
/** The longest place of MAJOR_PLACES (`马来西亚`, `澳大利亚`), read back from the brand. */
const MAX_PLACE = 4;
/** What no brand holds, stop words as it may: the words of a clause or a generic firm. */
const NOT_A_BRAND = /[的是在该本此这其们将已也并与及或把被对向从省市县区]|公司|企业|集团/;

/**
 * The start of the name before the legal form `form` at `anchor`, `start` where the scan stopped: itself when it leaves
 * two characters or more; else, before a group's `集团`, the place opening the group's name (`上海均和集团`), or -1.
 */
export function nameOrGroupStart(text: string, start: number, anchor: number, floor: number, form: string): number {
  if (anchor - start >= 2) return start;
  return form.startsWith('集团') ? groupStartOverStops(text, anchor, floor) : -1;
}

/**
 * Where a group's name opening with its place starts before the legal form at `anchor` (`集团…`), or -1: a place of
 * MAJOR_PLACES ending two or three Han characters before `anchor`, not before `floor`, the brand between no generic
 * or clause word.
 */
function groupStartOverStops(text: string, anchor: number, floor: number): number {
  for (let brand = anchor - MIN_BRAND; brand >= anchor - MAX_BRAND && brand > floor; brand--) {
    if (!isHan(text.charCodeAt(brand))) return -1;
    const place = placeEndingAt(text, brand, floor);
    if (place < 0) continue;
    const words = text.slice(brand, anchor);
    if (NOT_A_BRAND.test(words) || BRAND_GENERIC.covers(text, brand, anchor) || BRAND_GENERIC.covers(text, brand, brand + MIN_BRAND)) return -1;
    return place;
  }
  return -1;
}

/** Start of a place of MAJOR_PLACES ending at `end` (the longest), or -1. */
function placeEndingAt(text: string, end: number, floor: number): number {
  for (let start = Math.max(floor, end - MAX_PLACE); start <= end - 2; start++) {
    if (MAJOR.longestStartingAt(text, start, end) === end - start) return start;
  }
  return -1;
}
