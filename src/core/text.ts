// Characters as the recognisers and the linker see them: classes, boundaries and the few
// characters the rules name, spelled once. Everything works on UTF-16 code units (a number,
// never a one-character string: `text[i]` would make a string for every Han character read).

/** The code unit of a one-unit character. */
export function code(ch: string): number {
  return ch.charCodeAt(0);
}

/**
 * The unit at `i`, or NaN outside the text, as `charCodeAt` gives: for a read that may fall off
 * either end (just past an amount at the end of a paragraph, just before its start). V8's
 * optimising compiler assumes a `charCodeAt` stays inside its string until one does not, then
 * throws the function's optimised code away and compiles it again, once per such read in every
 * thread that runs the engine (each was a recompile of a large recogniser in a one-shot run), and
 * that `charCodeAt` is compiled from then on as a generic call (a scan through it ran at less than
 * half its speed); checked here, no read falls off. Not for indexing a table (`charTable`): NaN as a
 * typed array's index deoptimises the reading loop; test the bound there instead.
 */
export function unitAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

/** A set of UTF-16 units, tested with `has` (a unit read past a text's end, NaN, is in none). */
export interface CharSet {
  has(c: number): boolean;
}

/**
 * A set of UTF-16 units as a bitset (8 KB): the recognisers test such sets at almost every
 * character they scan, and a bit read costs a fraction of a `Set.has` lookup.
 */
class BitCharSet implements CharSet {
  private readonly bits = new Int32Array(0x800);

  constructor(chars: string) {
    for (let i = 0; i < chars.length; i++) {
      const c = chars.charCodeAt(i);
      this.bits[c >> 5] |= 1 << (c & 31);
    }
  }

  has(c: number): boolean {
    // `c < 0x10000` is false for NaN.
    return c < 0x10000 && ((this.bits[c >> 5] >>> (c & 31)) & 1) === 1;
  }
}

/** The set of UTF-16 units of a string (stop, extra and exception characters). */
export function charSet(chars: string): CharSet {
  return new BitCharSet(chars);
}

/**
 * The same set as a table by UTF-16 unit (1 = in the set; 64 KB): for sets tested at every
 * character of a scan, where one typed-array read is several times cheaper than `Set.has`.
 * Reads past the end of a text (`charCodeAt` gives NaN) read as undefined, not in the set.
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * A global regex that matches any one unit of `chars` (a class of escaped units): for a scan that
 * looks for a few characters rare in running text through a whole paragraph, the regex engine's
 * native loop reads a unit in a fraction of the time of a JavaScript loop reading a table. Set
 * `lastIndex` to where the scan starts; after `test` gives true, the unit found is at `lastIndex - 1`.
 */
export function anyOf(chars: string): RegExp {
  const units = [...new Set(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)))];
  return new RegExp(`[${units.map((c) => `\\u${c.toString(16).padStart(4, '0')}`).join('')}]`, 'g');
}

// ---------------------------------------------------------------- character classes

/** CJK unified ideographs (with extension A) and the compatibility ideographs. */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** ASCII letters. */
export function isLatin(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** ASCII digits. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

const CHINESE_NUMERALS = charSet('〇零一二两三四五六七八九十百千万亿几多余数');

/** A digit, or a character of a Chinese number or count (`一批`, `两大`, `多座`, `数十`). */
export function isNumeral(c: number): boolean {
  return isDigit(c) || CHINESE_NUMERALS.has(c);
}

/** What a Latin or Arabic token is made of (`G7`, `v1.2`, `a_b`). */
export function isAsciiWord(c: number): boolean {
  return isDigit(c) || isLatin(c) || c === 0x2e || c === 0x5f;
}

// ---------------------------------------------------------------- boundaries

/** Sentence ends: 。 ！ ？ ! ? ； ; and line breaks (`\n`, and `\r` alone or before `\n`). */
export function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0x0a || c === 0x0d || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f ||
    c === 0xff1b || c === 0x3b;
}

/** Clause ends inside a sentence (, ， 、 : ：), or a sentence end. */
export function isClauseEnd(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x3001 || c === 0x3a || c === 0xff1a || isSentenceEnd(c);
}

/**
 * Start of the run of text (after the last boundary character before `offset`) that holds
 * `offset`, never before `lo`.
 */
export function runStart(text: string, offset: number, isBoundary: (c: number) => boolean, lo = 0): number {
  for (let i = Math.min(offset, text.length) - 1; i >= lo; i--) if (isBoundary(text.charCodeAt(i))) return i + 1;
  return lo;
}
