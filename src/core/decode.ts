// Bytes → article text, for everything that reads articles from disk (the CLI, corpus scans).
//
// Chinese corpora come in UTF-8, UTF-8 with a BOM, UTF-16 with a BOM, and GB18030/GBK (older
// sites and Windows tools). Offsets are defined on the text without a BOM, so the BOM is
// dropped here once. Anything else is refused with a reason a researcher can act on, never
// decoded into mojibake: wrong text would give wrong offsets in every annotation.

export type ArticleEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodeResult = { ok: true; text: string; encoding: ArticleEncoding } | { ok: false; reason: string };

/** Share of control bytes (other than tab, line feed, carriage return, form feed, escape) that marks a binary file. */
const MAX_CONTROL_RATIO = 0.02;
/** Share of Han characters and CJK punctuation among the non-ASCII characters of GB18030 text. */
const MIN_CHINESE_RATIO = 0.8;
/**
 * Chinese characters read as UTF-8 per run of invalid bytes from which a file is UTF-8 with a
 * few bad bytes rather than GB18030 (whose bytes almost never form a UTF-8 Chinese character,
 * and where each that does splits a run).
 */
const DAMAGED_UTF8_CHINESE_PER_RUN = 4;

/**
 * Strict UTF-8 decoding: the text (a leading U+FEFF kept), or undefined when the bytes are not
 * valid UTF-8. A parameter so that Node code can pass a native one (src/cli/nativeUtf8.ts) while
 * this file stays free of Node imports; every implementation must give the same answers.
 */
export type StrictUtf8 = (bytes: Uint8Array) => string | undefined;

/** The portable strict UTF-8 decoder (WHATWG TextDecoder, fatal). */
export const textDecoderUtf8: StrictUtf8 = (bytes) => strict('utf-8', bytes);

/** Decodes an article's bytes. Never throws. `utf8`: how valid UTF-8 is told and decoded. */
export function decodeArticle(bytes: Uint8Array, utf8: StrictUtf8 = textDecoderUtf8): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = utf8(bytes.subarray(3));
    if (text === undefined) return { ok: false, reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' };
    return checkText(text, 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');

  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };

  const text = utf8(bytes);
  if (text !== undefined) return { ok: true, text, encoding: 'utf-8' };
  const damaged = damagedUtf8Reason(bytes);
  if (damaged) return { ok: false, reason: damaged };

  const gb = strict('gb18030', bytes);
  if (gb !== undefined && looksChinese(gb)) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: 'not UTF-8, and not GB18030/GBK Chinese text either; save it as UTF-8' };
}

/**
 * A file that is UTF-8 but for a few bad bytes (a cut-and-paste accident, a truncated download)
 * would often decode "cleanly" as GB18030 into mojibake that still looks Chinese. It is refused,
 * naming the first bad byte: guessing the lost characters would shift every offset after them.
 */
function damagedUtf8Reason(bytes: Uint8Array): string | undefined {
  const scan = scanUtf8(bytes);
  if (scan.badRuns === 0 || scan.chinese < scan.badRuns * DAMAGED_UTF8_CHINESE_PER_RUN) return undefined;
  let line = 1;
  for (let i = 0; i < scan.firstBad; i++) if (bytes[i] === 0x0a) line++;
  return `UTF-8 text with ${scan.badRuns} invalid byte sequence(s), the first at byte ${scan.firstBad} (line ${line}); repair it there or save it again as UTF-8`;
}

/** Counts the runs of bytes that are not part of a valid UTF-8 sequence, and the Chinese characters the valid ones encode. */
function scanUtf8(bytes: Uint8Array): { badRuns: number; firstBad: number; chinese: number } {
  let badRuns = 0;
  let firstBad = -1;
  let chinese = 0;
  let previousBad = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      previousBad = false;
      i++;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (!previousBad && badRuns++ === 0) firstBad = i;
      previousBad = true;
      i++;
      continue;
    }
    previousBad = false;
    if (length === 3) {
      const code = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
      if (isChineseCode(code)) chinese++;
    }
    i += length;
  }
  return { badRuns, firstBad, chinese };
}

/** The length of the valid UTF-8 sequence starting at `i`, or 0 (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  const continuation = (k: number, low = 0x80, high = 0xbf) => i + k < bytes.length && bytes[i + k] >= low && bytes[i + k] <= high;
  if (b >= 0xc2 && b <= 0xdf) return continuation(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3) ? 4 : 0;
  }
  return 0;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  if (bytes.length % 2 !== 0) return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes` };
  const text = strict(encoding, bytes.subarray(2));
  if (text === undefined) return { ok: false, reason: `starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}` };
  return checkText(text, encoding);
}

/** Decoded text with a BOM can still be binary garbage: apply the control-character check to it. */
function checkText(text: string, encoding: ArticleEncoding): DecodeResult {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return { ok: false, reason: 'binary file (contains NUL characters)' };
    if (isControl(code)) control++;
  }
  if (text.length > 0 && control / text.length > MAX_CONTROL_RATIO) return { ok: false, reason: 'binary file (too many control characters)' };
  return { ok: true, text, encoding };
}

function binaryReason(bytes: Uint8Array): string | undefined {
  const { control, nulOdd, nulEven } = controlBytes(bytes);
  const half = bytes.length / 2;
  if (nulOdd + nulEven > 0) {
    // ASCII-heavy UTF-16 without a BOM has NULs in every other byte: say so, it is fixable.
    if (half >= 4 && ((nulOdd > half * 0.3 && nulEven === 0) || (nulEven > half * 0.3 && nulOdd === 0))) {
      return 'looks like UTF-16 without a byte-order mark; save it as UTF-8';
    }
    return 'binary file (contains NUL bytes)';
  }
  if (bytes.length > 0 && control / bytes.length > MAX_CONTROL_RATIO) return 'binary file (too many control characters)';
  return undefined;
}

/**
 * The control bytes (isControl) and the NUL bytes at odd and at even offsets. Every article read
 * passes here and almost none of its bytes is either, so four bytes are tested at a time for one
 * below 0x20 or equal to 0x7f (the "has a byte less than n" and "has a zero byte" word tricks,
 * exact as to whether there is one), and only a word that has one is looked at byte by byte:
 * several times faster than a byte loop.
 */
function controlBytes(bytes: Uint8Array): { control: number; nulOdd: number; nulEven: number } {
  let control = 0;
  let nulOdd = 0;
  let nulEven = 0;
  const countByte = (i: number) => {
    const b = bytes[i];
    if (b === 0) {
      if (i % 2) nulOdd++;
      else nulEven++;
    } else if (isControl(b)) control++;
  };
  const length = bytes.length;
  // Int32Array needs an offset that is a multiple of 4: the bytes before it go one by one.
  const head = Math.min(length, (4 - (bytes.byteOffset % 4)) % 4);
  const wordCount = (length - head) >> 2;
  for (let i = 0; i < head; i++) countByte(i);
  if (wordCount > 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset + head, wordCount);
    for (let w = 0; w < wordCount; w++) {
      const word = words[w];
      const del = word ^ 0x7f7f7f7f; // a 0x7f byte becomes a zero byte
      if ((((word - 0x20202020) & ~word) | ((del - 0x01010101) & ~del)) & 0x80808080) {
        const at = head + w * 4;
        for (let i = at; i < at + 4; i++) countByte(i);
      }
    }
  }
  for (let i = head + wordCount * 4; i < length; i++) countByte(i);
  return { control, nulOdd, nulEven };
}

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c && code !== 0x1b) || code === 0x7f;
}

function strict(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * GB18030 maps almost any byte sequence to some character, so a clean decode proves little:
 * require the non-ASCII characters to be mostly Han and CJK punctuation, as Chinese news is.
 */
function looksChinese(text: string): boolean {
  let nonAscii = 0;
  let chinese = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    nonAscii++;
    if (isChineseCode(code)) chinese++;
  }
  return nonAscii > 0 && chinese / nonAscii >= MIN_CHINESE_RATIO;
}

function isChineseCode(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
    (code >= 0xff00 && code <= 0xffef) || // full-width forms
    (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, ellipsis
    code === 0x00b7 || code === 0x00d7
  );
}
