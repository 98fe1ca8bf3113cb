// Numbers as this genre writes them: Arabic (`65.1`, `1,200`), Chinese numerals (`六十五亿`,
// `两千万`, `三点五亿`, `一千零五十万`), the financial forms (`壹佰万`), mixed (`3.5万`,
// `3亿5000万`, `50个亿`), approximations inside the number (`500多万`, `十几亿`, `百余亿`) and the
// multipliers 十 百 千 万 亿 with their combinations (`千万`, `万亿`).
//
// Input is folded text (see fold.ts): full-width digits are ASCII and `萬` `億` `兩` are already
// `万` `亿` `两`, so every rule is written once.
//
// Exactness: a number is kept as a decimal mantissa string and a power of ten, and turned into a
// JavaScript number once, by `Number('65.1e8')`. Decimal-to-binary conversion is correctly
// rounded, so `65.1亿` is exactly 6510000000 (65.1 * 1e8 would be 6510000000.000001).

/** One number read from text: value = mantissa × 10^exponent. */
export interface NumberToken {
  start: number;
  /** Offset just after the number (multipliers and inner approximation markers included). */
  end: number;
  /** Decimal digits with at most one '.', no sign, no separators. */
  mantissa: string;
  exponent: number;
  /** Power of ten of the multipliers written after the base number (`3.5万` → 4, `65` → 0). */
  scale: number;
  /** A 万 or 亿 is part of the number (the magnitudes money is written in). */
  bigUnit: boolean;
  /** `多` `余` `几` `来` inside the number. */
  approx: boolean;
  /** No digit and no 十/百/千 at all: only 万/亿 (`亿元以上项目`). */
  bare: boolean;
  /** Written with Arabic digits. */
  arabic: boolean;
  /** Written with the financial forms (壹 贰 … 拾 佰 仟). */
  financial: boolean;
}

const DIGIT: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0, 'Ｏ': 0,
  '一': 1, '壹': 1, '二': 2, '两': 2, '贰': 2, '貳': 2, '三': 3, '叁': 3, '參': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const SMALL_UNIT: Record<string, number> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3 };
const BIG_UNIT: Record<string, number> = { '万': 4, '亿': 8 };
const FINANCIAL = new Set('壹贰貳叁參肆伍陆柒捌玖拾佰仟');
/** Approximation words that may sit inside a number (`500多万`, `百余亿`, `十几亿`, `300来万`). */
const APPROX_INSIDE = new Set(['多', '余', '来']);

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isChineseNumeralChar(ch: string): boolean {
  return ch in DIGIT || ch in SMALL_UNIT || ch in BIG_UNIT || ch === '几';
}

/** Value of a token as a JavaScript number (correctly rounded from the exact decimal). */
export function tokenValue(t: Pick<NumberToken, 'mantissa' | 'exponent'>): number {
  return Number(`${t.mantissa}e${t.exponent}`);
}

/** The same token scaled by 10^extra (a range's first number takes the second's multiplier). */
export function scaledValue(t: Pick<NumberToken, 'mantissa' | 'exponent'>, extra: number): number {
  return Number(`${t.mantissa}e${t.exponent + extra}`);
}

/**
 * Reads a number starting exactly at `pos`, with any multipliers after it. Returns undefined when
 * no number starts there. Never reads more than a few dozen characters.
 */
export function readNumber(text: string, pos: number): NumberToken | undefined {
  if (pos < 0 || pos >= text.length) return undefined;
  const c = text.charCodeAt(pos);
  if (isAsciiDigit(c)) return readArabic(text, pos);
  const ch = text[pos];
  if (isChineseNumeralChar(ch)) return readChinese(text, pos);
  return undefined;
}

/** Parses a whole string as one number (`65.1亿` → 6510000000); undefined if it is not exactly one. */
export function parseNumber(s: string): number | undefined {
  const t = readNumber(s, 0);
  return t && t.end === s.length ? tokenValue(t) : undefined;
}

// ---------------------------------------------------------------- Arabic, then multipliers

function readArabic(text: string, pos: number): NumberToken | undefined {
  const n = text.length;
  let i = pos;
  while (i < n && isAsciiDigit(text.charCodeAt(i))) i++;
  let digits = text.slice(pos, i);
  // Thousands separators only in exact groups of three (`1,200`); a comma followed by anything
  // else is the folded Chinese comma between clauses (`项目17个,合同…`).
  while (
    i + 3 < n &&
    text.charCodeAt(i) === 0x2c &&
    isAsciiDigit(text.charCodeAt(i + 1)) &&
    isAsciiDigit(text.charCodeAt(i + 2)) &&
    isAsciiDigit(text.charCodeAt(i + 3)) &&
    !(i + 4 < n && isAsciiDigit(text.charCodeAt(i + 4))) &&
    digits.length <= 3 * 6
  ) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  let mantissa = digits;
  if (i + 1 < n && text.charCodeAt(i) === 0x2e && isAsciiDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < n && isAsciiDigit(text.charCodeAt(j))) j++;
    mantissa = `${digits}.${text.slice(i + 1, j)}`;
    i = j;
  }
  if (mantissa.length > 40) return undefined;
  const token: NumberToken = {
    start: pos, end: i, mantissa: normaliseMantissa(mantissa), exponent: 0, scale: 0,
    bigUnit: false, approx: false, bare: false, arabic: true, financial: false,
  };
  readMultipliers(text, token);
  return token;
}

/**
 * Multipliers after a base number: `万` `亿` `千万` `万亿` `百亿`…, an approximation word before
 * them (`500多万`), `个` before 亿/万 (`50个亿`), and a smaller Arabic section after 亿
 * (`3亿5000万`).
 */
function readMultipliers(text: string, t: NumberToken): void {
  const n = text.length;
  let i = t.end;
  let ch = text[i];
  if (i < n && APPROX_INSIDE.has(ch) && i + 1 < n && (text[i + 1] in SMALL_UNIT || text[i + 1] in BIG_UNIT)) {
    t.approx = true;
    i++;
  } else if (ch === '个' && i + 1 < n && text[i + 1] in BIG_UNIT) {
    i++;
  }
  let scale = 0;
  let count = 0;
  while (i < n && count < 3) {
    ch = text[i];
    const e = SMALL_UNIT[ch] ?? BIG_UNIT[ch];
    if (e === undefined) break;
    if (ch in BIG_UNIT) t.bigUnit = true;
    scale += e;
    count++;
    i++;
  }
  if (count === 0) return;
  t.scale = scale;
  t.exponent += scale;
  t.end = i;
  // `3亿5000万`: a lower section in Arabic digits after 亿.
  if (text[i - 1] === '亿' && i < n && isAsciiDigit(text.charCodeAt(i))) {
    const lower = readArabic(text, i);
    if (lower && lower.scale > 0 && lower.scale < 8 && lower.bigUnit && !lower.approx) {
      t.mantissa = addDecimals(t.mantissa, t.exponent, lower.mantissa, lower.exponent);
      t.exponent = 0;
      t.end = lower.end;
    }
  }
}

// ---------------------------------------------------------------- Chinese numerals

function readChinese(text: string, pos: number): NumberToken | undefined {
  const n = text.length;
  const limit = Math.min(n, pos + 32);
  let total = 0; // everything at 亿 level and above, already multiplied
  let wan = 0; // the 万 section, already multiplied
  let section = 0; // below 万
  let num = 0; // pending digit(s)
  let pendingDigit = false;
  let sawDigit = false;
  let sawSmall = false;
  let sawBig = false;
  let approx = false;
  let financial = false;
  let lastBig = 0;
  let i = pos;
  for (; i < limit; i++) {
    const ch = text[i];
    const d = DIGIT[ch];
    if (d !== undefined) {
      if (FINANCIAL.has(ch)) financial = true;
      // Digits in a row are positional (`二〇二三`); after a 零 a new digit starts afresh.
      num = pendingDigit ? num * 10 + d : d;
      pendingDigit = true;
      sawDigit = true;
      continue;
    }
    if (ch === '几') {
      // `十几亿`: after a unit it adds an unknown 1–9, counted as 0 (the value is the minimum);
      // `几十亿`, `几百万`: before a unit it stands for an unknown digit, counted as 1.
      if (pendingDigit) break;
      approx = true;
      const next = text[i + 1];
      if (!sawSmall && !sawBig && (next in SMALL_UNIT || next in BIG_UNIT)) {
        num = 1;
        pendingDigit = true;
        sawDigit = true;
      }
      continue;
    }
    const small = SMALL_UNIT[ch];
    if (small !== undefined) {
      if (FINANCIAL.has(ch)) financial = true;
      const k = 10 ** small;
      // `十五` = 15: a unit with no digit before it counts once.
      section += (pendingDigit ? num : 1) * k;
      num = 0;
      pendingDigit = false;
      sawSmall = true;
      if (APPROX_INSIDE.has(text[i + 1]) && (text[i + 2] in BIG_UNIT || text[i + 2] in SMALL_UNIT)) {
        approx = true;
        i++;
      }
      continue;
    }
    const big = BIG_UNIT[ch];
    if (big !== undefined) {
      const below = section + (pendingDigit ? num : 0);
      if (big === 8) {
        const base = total + wan + below;
        total = (base === 0 ? 1 : base) * 1e8;
        wan = 0;
      } else {
        if (wan !== 0 && below === 0) wan *= 1e4;
        else wan += (below === 0 ? 1 : below) * 1e4;
      }
      section = 0;
      num = 0;
      pendingDigit = false;
      sawBig = true;
      lastBig = big;
      if (APPROX_INSIDE.has(text[i + 1]) && text[i + 2] in BIG_UNIT) {
        approx = true;
        i++;
      }
      continue;
    }
    break;
  }
  if (i === pos) return undefined;
  // Decimals: `三点五亿`, `十二点五万`.
  if (text[i] === '点' && !sawBig && !approx && text[i + 1] in DIGIT) {
    let j = i + 1;
    let frac = '';
    while (j < limit && DIGIT[text[j]] !== undefined) frac += String(DIGIT[text[j++]]);
    const intPart = section + (pendingDigit ? num : 0);
    const t: NumberToken = {
      start: pos, end: j, mantissa: normaliseMantissa(`${intPart}.${frac}`), exponent: 0, scale: 0,
      bigUnit: false, approx: false, bare: false, arabic: false, financial,
    };
    let scale = 0;
    while (j < limit && (text[j] in BIG_UNIT || text[j] in SMALL_UNIT) && scale < 16) {
      const e = BIG_UNIT[text[j]] ?? SMALL_UNIT[text[j]];
      if (text[j] in BIG_UNIT) t.bigUnit = true;
      scale += e;
      j++;
    }
    t.scale = scale;
    t.exponent = scale;
    t.end = j;
    return t;
  }
  if (!sawDigit && !sawSmall && !sawBig) return undefined; // a lone 几
  const value = total + wan + section + (pendingDigit ? num : 0);
  if (!Number.isSafeInteger(value)) return undefined;
  return {
    start: pos, end: i, mantissa: String(value), exponent: 0,
    scale: sawBig ? lastBig : 0,
    bigUnit: sawBig, approx, bare: !sawDigit && !sawSmall && sawBig, arabic: false, financial,
  };
}

// ---------------------------------------------------------------- exact decimal helpers

/** Drops leading zeros of the integer part and trailing zeros of the fraction. */
function normaliseMantissa(m: string): string {
  let [int, frac] = m.split('.');
  int = int.replace(/^0+(?=\d)/, '');
  if (frac !== undefined) frac = frac.replace(/0+$/, '');
  return frac ? `${int}.${frac}` : int;
}

/** a×10^ea + b×10^eb as an exact decimal string (used for `3亿5000万`). */
function addDecimals(a: string, ea: number, b: string, eb: number): string {
  const [ai, af = ''] = a.split('.');
  const [bi, bf = ''] = b.split('.');
  // Bring both to integers at a common power of ten.
  const pa = ea - af.length;
  const pb = eb - bf.length;
  const p = Math.min(pa, pb);
  const x = BigInt(ai + af) * 10n ** BigInt(pa - p);
  const y = BigInt(bi + bf) * 10n ** BigInt(pb - p);
  const sum = (x + y).toString();
  if (p >= 0) return sum + '0'.repeat(p);
  const padded = sum.padStart(-p + 1, '0');
  return normaliseMantissa(`${padded.slice(0, padded.length + p)}.${padded.slice(padded.length + p)}`);
}
