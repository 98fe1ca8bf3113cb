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

/** Decodes an article's bytes. Never throws. */
export function decodeArticle(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strict('utf-8', bytes.subarray(3));
    if (text === undefined) return { ok: false, reason: 'starts with a UTF-8 byte-order mark but is not valid UTF-8' };
    return checkText(text, 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');

  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };

  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8' };

  const gb = strict('gb18030', bytes);
  if (gb !== undefined && looksChinese(gb)) return { ok: true, text: gb, encoding: 'gb18030' };
  return { ok: false, reason: 'not UTF-8, and not GB18030/GBK Chinese text either; save it as UTF-8' };
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
  let control = 0;
  let nulOdd = 0;
  let nulEven = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) {
      if (i % 2) nulOdd++;
      else nulEven++;
    } else if (isControl(b)) control++;
  }
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
    if (
      (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
      (code >= 0x3400 && code <= 0x4dbf) || // Extension A
      (code >= 0x3000 && code <= 0x303f) || // CJK punctuation
      (code >= 0xff00 && code <= 0xffef) || // full-width forms
      (code >= 0x2010 && code <= 0x2027) || // dashes, quotes, ellipsis
      code === 0x00b7 || code === 0x00d7
    ) {
      chinese++;
    }
  }
  return nonAscii > 0 && chinese / nonAscii >= MIN_CHINESE_RATIO;
}
