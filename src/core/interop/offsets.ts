// Offset conventions. Our sidecars count UTF-16 code units (as VS Code does); brat and Label
// Studio count code points; doccano can count grapheme clusters. The conventions differ only
// after a character outside the BMP (emoji, CJK Extension B such as 𠀀), so one tested
// conversion serves every exporter and importer instead of ad-hoc arithmetic in each.

import { countBelow } from '../sortedNumbers';

/** Thrown for an offset that no position in the text has (out of range, inside a pair, inside a cluster). */
export class OffsetError extends RangeError {}

export interface OffsetConverter {
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** UTF-16 offset → code-point offset. Refuses an offset inside a surrogate pair. */
  toCodePoint(utf16: number): number;
  /** Code-point offset → UTF-16 offset. */
  toUtf16(codePoint: number): number;
}

/**
 * Builds a converter for one text: the positions of its surrogate pairs are found once, each
 * conversion is then a binary search (a 5 MB article with many emoji stays cheap).
 * A lone surrogate counts as one code point, as Python's `surrogatepass` and JavaScript's
 * string iterator both count it.
 */
export function createOffsetConverter(text: string): OffsetConverter {
  /** UTF-16 index of the high surrogate of every pair, ascending. */
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const codePointLength = text.length - pairs.length;
  return {
    codePointLength,
    toCodePoint(utf16: number): number {
      checkInteger(utf16, text.length, 'UTF-16');
      const before = countBelow(pairs, utf16); // pairs starting before the offset
      if (before > 0 && pairs[before - 1] === utf16 - 1) {
        throw new OffsetError(`UTF-16 offset ${utf16} falls inside a surrogate pair (the character ${text.slice(utf16 - 1, utf16 + 1)})`);
      }
      return utf16 - before;
    },
    toUtf16(codePoint: number): number {
      checkInteger(codePoint, codePointLength, 'code-point');
      // The k-th pair (0-based) starts at code point pairs[k] - k; pairs starting before `codePoint` each add one unit.
      let low = 0;
      let high = pairs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (pairs[mid] - mid < codePoint) low = mid + 1;
        else high = mid;
      }
      return codePoint + low;
    },
  };
}

/** UTF-16 offset → code-point offset in `text`. Throws OffsetError inside a surrogate pair or out of range. */
export function utf16ToCodePoint(text: string, offset: number): number {
  return createOffsetConverter(text).toCodePoint(offset);
}

/** Code-point offset → UTF-16 offset in `text`. Throws OffsetError when out of range. */
export function codePointToUtf16(text: string, offset: number): number {
  return createOffsetConverter(text).toUtf16(offset);
}

/**
 * Grapheme-cluster offsets (doccano's "count grapheme clusters as one character" mode, where
 * `\r\n`, 👍🏽 and 👨‍👩‍👧 each count one). Built on Intl.Segmenter, as doccano's frontend counts.
 */
export function createGraphemeConverter(text: string): OffsetConverter {
  const boundaries = graphemeBoundaries(text);
  const clusters = boundaries.length - 1;
  return {
    codePointLength: clusters,
    toCodePoint(utf16: number): number {
      checkInteger(utf16, text.length, 'UTF-16');
      const k = countBelow(boundaries, utf16 + 1) - 1;
      if (boundaries[k] !== utf16) throw new OffsetError(`UTF-16 offset ${utf16} falls inside the character cluster ${JSON.stringify(text.slice(boundaries[k], boundaries[k + 1]))}`);
      return k;
    },
    toUtf16(cluster: number): number {
      checkInteger(cluster, clusters, 'grapheme');
      return boundaries[cluster];
    },
  };
}

/**
 * Start of every grapheme cluster, then the text length. Segmented line by line: a cluster
 * never continues after a line feed (UAX #29 GB4), and V8's Intl.Segmenter takes time
 * quadratic in the length of the string it iterates, which a whole article makes seconds.
 */
function graphemeBoundaries(text: string): number[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const boundaries: number[] = [];
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline + 1;
    for (const { index } of segmenter.segment(text.slice(from, to))) boundaries.push(from + index);
    from = to;
  }
  boundaries.push(text.length);
  return boundaries;
}

function checkInteger(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new OffsetError(`${unit} offset ${offset} is outside the text (0–${max})`);
  }
}


function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Whether a UTF-16 offset falls inside a grapheme cluster (a character as the user sees it:
 * `e` + combining accent, a family emoji, CRLF, a flag). Rule by rule UAX #29 (extended grapheme
 * clusters) except the Indic conjunct rule, from the characters around the offset only, so
 * checking every span of a long text stays linear (Intl.Segmenter restarts from the beginning
 * of the text and is quadratic over a whole article in V8).
 */
export function insideGraphemeCluster(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const after = text.codePointAt(offset) as number;
  if (isLow(after) && isHigh(text.charCodeAt(offset - 1))) return true;
  const beforeAt = codePointStartBefore(text, offset);
  const before = text.codePointAt(beforeAt) as number;
  if (before === 0x0d && after === 0x0a) return true;
  if (isControl(before) || isControl(after)) return false;
  if (hangulJoins(before, after)) return true;
  if (isExtend(after) || after === ZWJ || isSpacingMark(after) || isPrepend(before)) return true;
  if (before === ZWJ && EXTENDED_PICTOGRAPHIC.test(String.fromCodePoint(after))) return pictographBefore(text, beforeAt);
  if (isRegionalIndicator(before) && isRegionalIndicator(after)) return regionalIndicatorsBefore(text, offset) % 2 === 1;
  return false;
}

const ZWJ = 0x200d;
const EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}]/u;
const EXTENDED_PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}\p{Cf}]/u;
const SPACING_MARK = /\p{Mc}/u;
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;

function isExtend(cp: number): boolean {
  return EXTEND.test(String.fromCodePoint(cp));
}

function isPrepend(cp: number): boolean {
  return PREPEND.test(String.fromCodePoint(cp));
}

/** Grapheme_Cluster_Break=Control (a format character that extends or prepends is not one). */
function isControl(cp: number): boolean {
  return cp !== ZWJ && CONTROL.test(String.fromCodePoint(cp)) && !isExtend(cp) && !isPrepend(cp);
}

function isSpacingMark(cp: number): boolean {
  return (SPACING_MARK.test(String.fromCodePoint(cp)) && !isExtend(cp)) || cp === 0x0e33 || cp === 0x0eb3;
}

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Hangul syllable sequences (L, V, T jamo and LV, LVT syllables) stay one cluster. */
function hangulJoins(before: number, after: number): boolean {
  const b = hangulType(before);
  const a = hangulType(after);
  if (b === 'L') return a === 'L' || a === 'V' || a === 'LV' || a === 'LVT';
  if (b === 'LV' || b === 'V') return a === 'V' || a === 'T';
  if (b === 'LVT' || b === 'T') return a === 'T';
  return false;
}

function hangulType(cp: number): 'L' | 'V' | 'T' | 'LV' | 'LVT' | undefined {
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0xa960 && cp <= 0xa97c)) return 'L';
  if ((cp >= 0x1160 && cp <= 0x11a7) || (cp >= 0xd7b0 && cp <= 0xd7c6)) return 'V';
  if ((cp >= 0x11a8 && cp <= 0x11ff) || (cp >= 0xd7cb && cp <= 0xd7fb)) return 'T';
  if (cp >= 0xac00 && cp <= 0xd7a3) return (cp - 0xac00) % 28 === 0 ? 'LV' : 'LVT';
  return undefined;
}

/** UTF-16 index where the code point ending at `offset` starts. */
function codePointStartBefore(text: string, offset: number): number {
  return offset >= 2 && isLow(text.charCodeAt(offset - 1)) && isHigh(text.charCodeAt(offset - 2)) ? offset - 2 : offset - 1;
}

/** Whether an Extended_Pictographic, then only Extend characters, come before the ZWJ at `zwjAt`. */
function pictographBefore(text: string, zwjAt: number): boolean {
  let i = zwjAt;
  while (i > 0) {
    i = codePointStartBefore(text, i);
    const cp = text.codePointAt(i) as number;
    if (EXTENDED_PICTOGRAPHIC.test(String.fromCodePoint(cp))) return true;
    if (!isExtend(cp)) return false;
  }
  return false;
}

/** Regional indicators in the run that ends at `offset` (a flag is a pair of them). */
function regionalIndicatorsBefore(text: string, offset: number): number {
  let count = 0;
  for (let i = offset; i >= 2 && isRegionalIndicator(text.codePointAt(i - 2) as number); i -= 2) count++;
  return count;
}
