// A short company name written in apposition with the kind of firm it is. After the kind: `控股子公司某某拟在…`,
// `全资子公司某某的注册`, `汽车制造商某某和…`, `零部件厂商ABC将于…`, `自行车大厂某某,则…`: the name runs to the first
// boundary the scan of company names knows (a verb, a preposition, punctuation), two to six characters, or a Latin
// brand of two to ten letters. Before it, as an announcement lists the parties to a deal: `(1) 某某,本公司之间接全资
// 附属公司`: the name opens its line or clause.

import { COMPANY_STOP_WORDS } from '../lexicon/boundaryWords';
import { extendLeft, scanOptions } from './nameScan';
import { charSet, isHan, isLatin } from '../text';
import { BRAND_GENERIC } from './brandGeneric';
import type { Span } from './projects';
import { MAJOR_PLACES } from '../lexicon/placeNames';
import { WordMap } from '../wordMap';

/**
 * The kinds of firm a name follows in apposition: a subsidiary (`子公司`, `附属公司`) and makers and suppliers
 * as the trade press writes them (`制造商 厂商 供应商 生产商 大厂`; not `巨头`, as often the subject of a verb: `巨头掌控市场`).
 */
const KIND_BEFORE_NAME = /(?:子公司|附属公司|制造商|厂商|供应商|生产商|大厂)/g;
const MIN_NAME = 2;
const MAX_HAN_NAME = 6;
const MAX_LATIN_NAME = 10;
/**
 * What may follow the name besides a boundary word: a comma or dash closing the apposition, or a bracket glossing
 * it; not a sentence's end, which a kind of firm's own words run to (`汽车厂商数量增加。`).
 */
const AFTER_NAME = charSet(',(—');
/** What no short name holds (the same refusals as the other short-name readers). */
const NOT_A_NAME = /[的是在和与及或该本此这其们]|公司|企业|集团|项目|园区/;
const SCAN = scanOptions({ cap: MAX_HAN_NAME + 1, stopWords: COMPANY_STOP_WORDS, extraChars: '' });

/** The short names written in apposition with a kind of firm in `text` (a folded paragraph), unsorted. */
export function brandAppositions(text: string): Span[] {
  const out = brandsBeforeKind(text);
  KIND_BEFORE_NAME.lastIndex = 0;
  for (let m = KIND_BEFORE_NAME.exec(text); m; m = KIND_BEFORE_NAME.exec(text)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** `某某,本公司之间接全资附属公司`, `某某,公司的控股子公司`: the announcer's subsidiary, named before what it is. */
const KIND_AFTER_NAME = /,\s*(?:本)?公司(?:之|的)(?:间接)?(?:非全资|全资|控股)?(?:附属公司|子公司)/g;

/** Longest list marker with its spaces before a name opening its paragraph. */
const MAX_ITEM_MARK = 8;
/** What a name opening its paragraph or list item follows: the paragraph's start, then a list marker at most. */
const LINE_OR_ITEM_OPENS = /^\s*(?:\(\d{1,2}\)|\d{1,2}[.、])?\s*$/;

function brandsBeforeKind(text: string): Span[] {
  const out: Span[] = [];
  // Most paragraphs say no such thing: one quick test, no run of the pattern.
  if (!text.includes('公司之') && !text.includes('公司的')) return out;
  KIND_AFTER_NAME.lastIndex = 0;
  for (let m = KIND_AFTER_NAME.exec(text); m; m = KIND_AFTER_NAME.exec(text)) {
    const end = m.index;
    let start = end;
    while (start > 0 && end - start < MAX_HAN_NAME && isHan(text.charCodeAt(start - 1))) start--;
    // The name opens its line or list item (`(1) 某某,…`), as in a list of the parties: elsewhere the words before
    // the comma are the sentence's (`董事会欣然宣布,本公司之全资附属公司…`).
    if (start > MAX_ITEM_MARK || !LINE_OR_ITEM_OPENS.test(text.slice(0, start))) continue;
    if (end - start >= MIN_NAME && isShortName(text, start, end)) out.push({ start, end });
  }
  return out;
}

/** End of the name opening at `start`, or `start` when none does. */
function nameEnd(text: string, start: number): number {
  if (isLatin(text.charCodeAt(start))) return latinEnd(text, start);
  // The name ends where a scan of company names leftwards from a later point stops at `start`: the first
  // boundary after it (a verb or preposition of the sentence: `拟`, `将`, `的`, `已`, or punctuation).
  // A name running to the paragraph's end has no verb after it: none (and no read past the text).
  for (let end = start + MIN_NAME; end <= start + MAX_HAN_NAME && end < text.length; end++) {
    if (!isHan(text.charCodeAt(end - 1))) return start;
    if (extendLeft(text, end, start, SCAN) !== start) return start;
    if (AFTER_NAME.has(text.charCodeAt(end)) || SCAN.stops.longestStartingAt(text, end) > 0 || SCAN.stopChars.has(text.charCodeAt(end))) {
      return isShortName(text, start, end) ? end : start;
    }
  }
  return start;
}

function latinEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && end - start <= MAX_LATIN_NAME && isLatin(text.charCodeAt(end))) end++;
  if (end - start < MIN_NAME || end - start > MAX_LATIN_NAME) return start;
  return end;
}

/**
 * No refused character, and a brand of its own: the first two characters after the place the name may open with
 * (`武汉某某`) are no generic word (`子公司负责…`, `厂商数量…` name none).
 */
function isShortName(text: string, start: number, end: number): boolean {
  if (NOT_A_NAME.test(text.slice(start, end))) return false;
  const brand = start + MAJOR.longestStartingAt(text, start, end);
  return end - brand >= MIN_NAME && !BRAND_GENERIC.covers(text, brand, end) && !BRAND_GENERIC.covers(text, brand, brand + 2);
}

const MAJOR = WordMap.of(MAJOR_PLACES);
