// Short company names listed, then counted as firms: `审查通过某某电子、某某化工、某某钢铁等10家企业`,
// `通过某某企业、某某光电、某某自动化4家台商…投资案`. The count of firms closing the list (`N家` and a word for a firm)
// says each item is one, though none has a legal form. Items are cut at `、`; the first one's left edge is where the
// scan of company names stops (a verb such as `通过 引进`, punctuation). An item is read only when it is a brand of its
// own, a province or city written before it or not (`isBrand`, brandNames.ts): a place alone, a generic word or an
// item holding a conjunction (`某某和某某`) names none (`北京、上海等3家企业` are places). A trailing `企业` is the
// brand's own word (`某某企业`), read with it. Registered names in the list are found by their legal form already.

import { COMPANY_STOP_WORDS } from '../lexicon/boundaryWords';
import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';
import { isHan, isNumeral } from '../text';
import { extendLeft, scanOptions } from './nameScan';
import type { Span } from './projects';

/** `家` and a word for firms after it: what a count of firms is written with. */
const FIRMS_AFTER_COUNT = /^家(?:台商|企业|公司|厂商|厂家|台企|外企|业者)/;
/** An item's length in characters. */
const MIN_ITEM = 2;
const MAX_ITEM = 8;
/** The brand's own word an item may end with (`某某企业`), left out when the brand is judged. */
const OWN_FIRM_WORD = '企业';
const DENG = '等';
const DUN = '、';
const SCAN = scanOptions({ cap: MAX_ITEM, stopWords: COMPANY_STOP_WORDS, extraChars: '' });
const MAJOR_PLACE = WordMap.of(MAJOR_PLACES);

/**
 * The short names of `text` (a folded paragraph) listed before a count of firms, unsorted; `isBrand` says whether
 * words are a brand of their own (brandNames.ts).
 */
export function firmsCounted(text: string, isBrand: (text: string, start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  // Most paragraphs count no firms: one look for `家` each, no work after it.
  for (let at = text.indexOf('家'); at >= 0; at = text.indexOf('家', at + 1)) {
    if (!FIRMS_AFTER_COUNT.test(text.slice(at, at + 3))) continue;
    let end = at;
    while (end > 0 && isNumeral(text.charCodeAt(end - 1))) end--;
    if (end === at) continue;
    if (text[end - 1] === DENG) end--;
    listedBefore(text, end, isBrand, out);
  }
  return out;
}

/** The items of the `、` list ending at `end`, read back to its first item; none when it is no list (one item). */
function listedBefore(text: string, end: number, isBrand: (text: string, start: number, end: number) => boolean, out: Span[]): void {
  const items: Span[] = [];
  let itemEnd = end;
  for (;;) {
    let start = itemEnd;
    while (start > 0 && itemEnd - start <= MAX_ITEM && isHan(text.charCodeAt(start - 1))) start--;
    if (text[start - 1] !== DUN) {
      // The first item: where the company scan stops (a verb before it, punctuation).
      start = extendLeft(text, itemEnd, start, SCAN);
      items.push({ start, end: itemEnd });
      break;
    }
    items.push({ start, end: itemEnd });
    itemEnd = start - 1;
  }
  if (items.length < 2) return;
  for (const item of items) if (namesFirm(text, item, isBrand)) out.push(item);
}

/** The item is a brand, a place before it or not, its own `企业` after it or not. */
function namesFirm(text: string, item: Span, isBrand: (text: string, start: number, end: number) => boolean): boolean {
  if (item.end - item.start < MIN_ITEM || item.end - item.start > MAX_ITEM) return false;
  const end = text.startsWith(OWN_FIRM_WORD, item.end - OWN_FIRM_WORD.length) ? item.end - OWN_FIRM_WORD.length : item.end;
  const brandAt = item.start + MAJOR_PLACE.longestStartingAt(text, item.start, end);
  return end - brandAt >= MIN_ITEM && isBrand(text, brandAt, end);
}
