// The shared leftward scan: names in this genre are found from their last word (a suffix anchor
// such as 高新区, 项目, 有限公司) and extended leftwards over name characters until a boundary.
// Every scan is bounded (`cap`), so the cost per anchor is constant whatever the text.

import { NAMES_WITH_STOP_CHARS, STOP_CHARS, STOP_WORDS } from '../lexicon/boundaryWords';
import { PLACE_NAMES } from '../lexicon/placeNames';
import { charSet, isDigit, isHan, isLatin, type CharSet } from '../text';
import { WordMap } from '../wordMap';

export interface ScanOptions {
  /** Maximal length of the part found left of the anchor. */
  cap: number;
  /** Boundary words: the scan stops just after one. */
  stops: WordMap<unknown>;
  /** Boundary characters: the scan stops just after one. */
  stopChars: CharSet;
  /** Non-Han characters allowed inside the name (`·`, `/`, `、` …). */
  extraChars: CharSet;
  /** Balanced round brackets with a short content are allowed inside (`工业(集团)`, `格力电器(赣州)`). */
  brackets: boolean;
  /** Names that contain a boundary character (`华为`): consumed whole before boundaries are tested. */
  protectedNames: WordMap<unknown>;
  /** ASCII digits are allowed at `index` when this returns true. */
  digitAllowed: (text: string, index: number) => boolean;
  /**
   * Per UTF-16 unit, 1 when the scan simply goes on over it: a name character that is no boundary and
   * ends no boundary word nor name read whole (built on first use). Most units a scan reads are such.
   */
  plainUnits: () => Uint8Array;
}

/** What every kind shares: the boundary characters and the names that contain one. */
const STOP_CHAR_SET = charSet(STOP_CHARS);
const PROTECTED_NAMES = WordMap.of(NAMES_WITH_STOP_CHARS);

/** What a kind of name (park, project, company) sets of its scan; the rest is shared. */
export interface NameKind {
  cap: number;
  /** Its boundary words, besides the shared ones (`STOP_WORDS`). */
  stopWords: readonly string[];
  /** Non-Han characters allowed inside its names. */
  extraChars: string;
  digitAllowed?: ScanOptions['digitAllowed'];
  /** Words holding a boundary character that are name text in this kind's names only. */
  protectedWords?: readonly string[];
}

/** The scan options of a kind of name: shared boundaries, its own words, brackets allowed. */
export function scanOptions(kind: NameKind): ScanOptions {
  let plain: Uint8Array | undefined;
  return {
    cap: kind.cap,
    stops: WordMap.of(STOP_WORDS, kind.stopWords),
    stopChars: STOP_CHAR_SET,
    extraChars: charSet(kind.extraChars),
    brackets: true,
    protectedNames: kind.protectedWords ? WordMap.of(NAMES_WITH_STOP_CHARS, kind.protectedWords) : PROTECTED_NAMES,
    digitAllowed: kind.digitAllowed ?? noDigits,
    plainUnits: () => (plain ??= plainUnits(kind)),
  };
}

/** The units a scan of `kind` goes on over with nothing else to ask (`ScanOptions.plainUnits`). */
function plainUnits(kind: NameKind): Uint8Array {
  const table = new Uint8Array(0x10000);
  // Han (isHan), Latin letters (isLatin) and the kind's extra characters are name characters.
  table.fill(1, 0x4e00, 0xa000);
  table.fill(1, 0x3400, 0x4dc0);
  table.fill(1, 0xf900, 0xfb00);
  table.fill(1, 0x41, 0x5b);
  table.fill(1, 0x61, 0x7b);
  for (let i = 0; i < kind.extraChars.length; i++) table[kind.extraChars.charCodeAt(i)] = 1;
  // Not those that stop the scan, nor those a boundary word or a name read whole ends with.
  for (let i = 0; i < STOP_CHARS.length; i++) table[STOP_CHARS.charCodeAt(i)] = 0;
  table[0x29 /* ) */] = 0;
  for (const list of [STOP_WORDS, kind.stopWords, NAMES_WITH_STOP_CHARS, kind.protectedWords ?? []]) {
    for (const word of list) if (word.length > 0) table[word.charCodeAt(word.length - 1)] = 0;
  }
  return table;
}

/**
 * Start of the name that ends at `end`, scanning left but never past `floor` (the end of a
 * previous name, usually); `end` itself when nothing qualifies. `cap` overrides `o.cap`.
 */
export function extendLeft(text: string, end: number, floor: number, o: ScanOptions, cap = o.cap): number {
  const min = Math.max(floor, end - cap, 0);
  const plain = o.plainUnits();
  let i = end;
  while (i > min) {
    if (plain[text.charCodeAt(i - 1)] === 1) {
      i--;
      continue;
    }
    const kept = o.protectedNames.longestEndingAt(text, i, min);
    if (kept > 0) {
      i -= kept;
      continue;
    }
    if (o.stops.longestEndingAt(text, i) > 0) break;
    const c = text.charCodeAt(i - 1);
    if (o.stopChars.has(c)) break;
    if (c === 0x29 /* ) */) {
      if (!o.brackets) break;
      const open = matchingOpen(text, i - 1, min);
      if (open < 0) break;
      i = open;
      continue;
    }
    if (isHan(c) || isLatin(c) || o.extraChars.has(c)) {
      i--;
      continue;
    }
    // A decimal point counts as a digit between digits (`第8.6代`).
    const decimal = c === 0x2e && i >= 2 && isDigit(text.charCodeAt(i - 2)) && isDigit(text.charCodeAt(i));
    if ((isDigit(c) || decimal) && o.digitAllowed(text, i - 1)) {
      i--;
      continue;
    }
    break;
  }
  return i;
}

/** Offset of the `(` matching the `)` at `close`, within 10 units and not before `min`; else -1. */
function matchingOpen(text: string, close: number, min: number): number {
  for (let k = close - 1; k >= Math.max(min, close - 10); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x28 /* ( */) return k === close - 1 ? -1 : k;
    if (!isHan(c) && !isLatin(c)) return -1;
  }
  return -1;
}

/** For scans that never take digits. */
export const noDigits = (): boolean => false;

/** Skips `chars` rightwards from `start` (not past `end`). */
export function skipRight(text: string, start: number, end: number, chars: CharSet): number {
  let s = start;
  while (s < end && chars.has(text.charCodeAt(s))) s++;
  return s;
}

const QIANG = 0x5f3a; /* 强 */

/**
 * `500强杭萧钢构项目`, `世界 500 强企业某某有限公司`: the scan stops at a ranking's number and leaves its
 * 强 ("strong": the top 500) at the head of the name; it is the ranking's, not the name's.
 */
export function afterRanking(text: string, start: number, end: number): number {
  if (text.charCodeAt(start) !== QIANG || end - start < 3) return start;
  let k = start - 1;
  while (k >= 0 && text.charCodeAt(k) === 0x20) k--;
  const c = text.charCodeAt(k);
  return k >= 0 && (isDigit(c) || c === 0x767e /* 百 */ || c === 0x5343) /* 千 */ ? start + 1 : start;
}

const RU = 0x5982; /* 如 */
const PLACES = WordMap.of(PLACE_NAMES, ['如意']);

/**
 * `其中,如某某重工制造项目`, `如丹麦某某公司…`: 如 ("such as") opening a name introduces an example; a place
 * opening with it (`如东`, `如皋`) or the brand `如意` is kept.
 */
export function afterExampleWord(text: string, start: number, end: number): number {
  return text.charCodeAt(start) === RU && end - start > 3 && PLACES.longestStartingAt(text, start, end) === 0 ? start + 1 : start;
}
