// Offset conventions. Our sidecars count UTF-16 code units (as VS Code does); brat and Label
// Studio count code points; doccano can count grapheme clusters. The conventions differ only
// after a character outside the BMP (emoji, CJK Extension B such as 𠀀), so one tested
// conversion serves every exporter and importer instead of ad-hoc arithmetic in each.

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
  const boundaries: number[] = [];
  for (const { index } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) boundaries.push(index);
  boundaries.push(text.length);
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

function checkInteger(offset: number, max: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > max) {
    throw new OffsetError(`${unit} offset ${offset} is outside the text (0–${max})`);
  }
}

/** Number of entries of the ascending `values` that are < `limit`. */
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
