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

import { code, isDigit, isHan, unitAt } from '../text';

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
  /** `两三千万`: two neighbouring digits name a range; the mantissa of its upper end (the value is the lower). */
  upper?: string;
}

const DIGITS: Record<string, number> = {
  '〇': 0, '零': 0, '○': 0,
  '一': 1, '壹': 1, '二': 2, '两': 2, '贰': 2, '貳': 2, '三': 3, '叁': 3, '參': 3, '四': 4, '肆': 4,
  '五': 5, '伍': 5, '六': 6, '陆': 6, '七': 7, '柒': 7, '八': 8, '捌': 8, '九': 9, '玖': 9,
};
const UNITS: Record<string, number> = { '十': 1, '拾': 1, '百': 2, '佰': 2, '千': 3, '仟': 3, '万': 4, '亿': 8 };
/** `廿` 20, `卅` 30, `卌` 40: the old single characters for a number of tens (`卅五亿元` = 35亿元). */
const TENS: Record<string, number> = { '廿': 2, '卅': 3, '卌': 4 };
const FINANCIAL_FORMS = '壹贰貳叁參肆伍陆柒捌玖拾佰仟';

// Lookup tables by UTF-16 code unit: the scanner calls these for every numeral-like character
// of an article, so they must not allocate or hash strings.
/** Digit value + 1 (0 = not a Chinese digit). */
const DIGIT_OF = new Uint8Array(0x10000);
/** Power of ten of a unit (十 1, 百 2, 千 3, 万 4, 亿 8; 0 = not a unit). */
const UNIT_OF = new Uint8Array(0x10000);
const IS_FINANCIAL = new Uint8Array(0x10000);
/** Number of tens of `廿 卅 卌` (0 = not one). */
const TENS_OF = new Uint8Array(0x10000);
for (const [ch, d] of Object.entries(DIGITS)) DIGIT_OF[ch.charCodeAt(0)] = d + 1;
for (const [ch, n] of Object.entries(TENS)) TENS_OF[ch.charCodeAt(0)] = n;
for (const [ch, e] of Object.entries(UNITS)) UNIT_OF[ch.charCodeAt(0)] = e;
for (const ch of FINANCIAL_FORMS) IS_FINANCIAL[ch.charCodeAt(0)] = 1;
const JI = code('几');
const DIAN = code('点');
const ARABIC_ZERO = code('0');
/** `十九‧九一億`: Taiwanese news writes the decimal point of a Chinese numeral as a raised dot. */
const DOT_POINTS = new Set([0x2027 /* ‧ */, 0x00b7 /* · */, 0x30fb /* ・ */]);
function isDecimalPoint(c: number): boolean {
  return c === DIAN || DOT_POINTS.has(c);
}
const GE = code('个');
const WAN = code('万');
const YI = code('亿');
const YUAN_SIGN = code('元');
const AND_SIGN = code('及');
/** Approximation words that may sit inside a number (`500多万`, `百余亿`, `300来万`). */
const DUO = code('多');
const YU = code('余');
const LAI = code('来');
/** Table reads that are safe past the end of the text (charCodeAt gives NaN there). */
function digitOf(c: number): number {
  return DIGIT_OF[c] | 0;
}
function unitOf(c: number): number {
  return UNIT_OF[c] | 0;
}
function tensOf(c: number): number {
  return TENS_OF[c] | 0;
}
function isApproxInside(c: number): boolean {
  return c === DUO || c === YU || c === LAI;
}
function isBig(c: number): boolean {
  return c === WAN || c === YI;
}
function isUnit(c: number): boolean {
  return unitOf(c) !== 0;
}

/** A character that can begin or continue a Chinese numeral. */
export function isChineseNumeralCode(c: number): boolean {
  return digitOf(c) !== 0 || unitOf(c) !== 0 || tensOf(c) !== 0 || c === JI;
}

/** Value of a token as a JavaScript number (correctly rounded from the exact decimal). */
export function tokenValue(t: Pick<NumberToken, 'mantissa' | 'exponent'>): number {
  return decimalValue(t.mantissa, t.exponent);
}

/** The same token scaled by 10^extra (a range's first number takes the second's multiplier). */
export function scaledValue(t: Pick<NumberToken, 'mantissa' | 'exponent'>, extra: number): number {
  return decimalValue(t.mantissa, t.exponent + extra);
}

/** Powers of ten that are exact doubles, written as literals (parsed exactly). */
const EXACT_POWERS = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
  1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * mantissa × 10^exponent. An amount is nearly always a whole number below 2^53: then its digits
 * and the power of ten are exact doubles and so is their product, with no string to build and
 * parse for every amount. Anything else is parsed from the decimal (correctly rounded).
 */
function decimalValue(mantissa: string, exponent: number): number {
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const power = dot < 0 ? exponent : exponent - (mantissa.length - dot - 1);
  if (power >= 0 && power < EXACT_POWERS.length && digits.length <= 15) {
    const value = Number(digits) * EXACT_POWERS[power];
    if (value <= Number.MAX_SAFE_INTEGER) return value;
  }
  return Number(`${mantissa}e${exponent}`);
}

/**
 * Reads a number starting exactly at `pos`, with any multipliers after it. Returns undefined when
 * no number starts there. Never reads more than a few dozen characters.
 */
export function readNumber(text: string, pos: number): NumberToken | undefined {
  if (pos < 0 || pos >= text.length) return undefined;
  const c = text.charCodeAt(pos);
  if (isDigit(c)) return readArabic(text, pos);
  if (isChineseNumeralCode(c)) return readChinese(text, pos);
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
  while (i < n && isDigit(text.charCodeAt(i))) i++;
  let digits = text.slice(pos, i);
  // Thousands separators only in exact groups of three (`1,200`); a comma followed by anything
  // else is the folded Chinese comma between clauses (`项目17个,合同…`).
  while (
    i + 3 < n &&
    text.charCodeAt(i) === 0x2c &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !(i + 4 < n && isDigit(text.charCodeAt(i + 4))) &&
    digits.length <= 3 * 6
  ) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  // `税收3 450万元`: a space between groups of three, as some chronicles print them; only one such
  // group after at most three digits that follow a Han character (prose, not a table or a code),
  // and only when a multiplier or a currency follows (two numbers are otherwise two numbers).
  if (i === pos + digits.length && digits.length <= 3 && pos > 0 && isHan(text.charCodeAt(pos - 1)) && spaceGroupAt(text, i)) {
    digits += text.slice(i + 1, i + 4);
    i += 4;
  }
  let mantissa = digits;
  if (i + 1 < n && (text.charCodeAt(i) === 0x2e || ideographicDecimal(text, pos, i)) && isDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    mantissa = `${digits}.${text.slice(i + 1, j)}`;
    i = j;
  }
  if (mantissa.length > 40) return undefined;
  const token: NumberToken = {
    start: pos, end: i, mantissa, exponent: 0, scale: 0,
    bigUnit: false, approx: false, bare: false, arabic: true, financial: false,
  };
  readMultipliers(text, token);
  return token;
}

/**
 * `完成投资132。9亿元`: some mirrored copies write the decimal point as the ideographic full stop,
 * Taiwanese ones as a raised dot (`57‧6億元`, as in Chinese numerals). It
 * counts only between digits with a multiplier or 元 right after the decimals (a sentence never ends
 * on a bare figure and starts with an amount), and never after a year (`始建于2003。`).
 */
function ideographicDecimal(text: string, pos: number, i: number): boolean {
  if ((text.charCodeAt(i) !== 0x3002 && !DOT_POINTS.has(text.charCodeAt(i))) || i - pos > 4 || (i - pos === 4 && (text.startsWith('19', pos) || text.startsWith('20', pos)))) return false;
  let j = i + 1;
  while (j < text.length && j - i <= 4 && isDigit(text.charCodeAt(j))) j++;
  if (j === i + 1) return false;
  const after = text.charCodeAt(j);
  return after === WAN_CODE || after === YI_CODE || after === YUAN_CODE;
}

function spaceGroupAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x20) return false;
  for (let k = i + 1; k <= i + 3; k++) if (!isDigit(text.charCodeAt(k))) return false;
  const after = text.charCodeAt(i + 4);
  return after === WAN_CODE || after === YI_CODE || after === YUAN_CODE;
}

const WAN_CODE = '万'.charCodeAt(0);
const YI_CODE = '亿'.charCodeAt(0);
const YUAN_CODE = '元'.charCodeAt(0);

/**
 * Multipliers after a base number: `万` `亿` `千万` `万亿` `百亿`…, an approximation word before
 * them (`500多万`), `个` before 亿/万 (`50个亿`), and a smaller Arabic section after 亿
 * (`3亿5000万`).
 */
function readMultipliers(text: string, t: NumberToken): void {
  const n = text.length;
  let i = t.end;
  // `5000 万元`, `8.0 百万美元`: one space before the multiplier, as scraped pages sometimes have.
  if (text.charCodeAt(i) === 0x20 && bigMultiplierAt(text, i + 1)) i++;
  let c = text.charCodeAt(i);
  if (isApproxInside(c) && isUnit(text.charCodeAt(i + 1))) {
    t.approx = true;
    i++;
  } else if (c === GE && isBig(unitAt(text, i + 1))) {
    // `84个亿元以上项目`: a count of projects in a size class, not `84个亿`.
    if (!opensSizeClass(text, i + 2)) i++;
    else return;
  }
  if (c === ZHAO) {
    readZhao(text, t, i);
    return;
  }
  let scale = 0;
  let count = 0;
  while (i < n && count < 3) {
    c = text.charCodeAt(i);
    const e = unitOf(c);
    if (e === 0) break;
    if (e >= 4) t.bigUnit = true;
    scale += e;
    count++;
    i++;
  }
  if (count === 0) return;
  t.scale = scale;
  t.exponent += scale;
  t.end = i;
  readLowerSections(text, t);
}

/**
 * A run of multipliers holding 万 or 亿 starts at `i` (`万`, `百万`, `千万`): after a space, a smaller multiplier
 * alone (`2020 十大`) is another word's numeral.
 */
function bigMultiplierAt(text: string, i: number): boolean {
  for (let k = i; k < i + 3 && isUnit(text.charCodeAt(k)); k++) if (isBig(text.charCodeAt(k))) return true;
  return false;
}

/**
 * `3亿5000万`, `260亿129万5千元`, `36亿5千元`: lower sections in Arabic digits after 亿 or 万, each
 * below the one before. A section under 万 (`5千`) only with 元 right after it: `3亿5千` alone may
 * be a shortened 3亿5千万.
 */
function readLowerSections(text: string, t: NumberToken): void {
  let above = sectionScaleAt(text, t.end);
  while (above > 0 && isDigit(text.charCodeAt(t.end))) {
    const lower = readArabic(text, t.end);
    if (!lower || lower.approx || lower.scale <= 0 || lower.scale >= above) return;
    if (!lower.bigUnit && text.charCodeAt(lower.end) !== YUAN_SIGN) return;
    t.mantissa = addDecimals(t.mantissa, t.exponent, lower.mantissa, lower.exponent);
    t.exponent = 0;
    t.end = lower.end;
    above = lower.bigUnit ? sectionScaleAt(text, t.end) : 0;
  }
}

/** The scale of the section that ends at `end` (亿 8, 万 4), or 0 when it ends in neither. */
function sectionScaleAt(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c === YI ? 8 : c === WAN ? 4 : 0;
}

const ZHAO = code('兆');

/**
 * `2兆4,665亿元`, `3兆元`: Taiwanese news counts money in 兆 (10^12). Read only with money after it
 * (a lower section in 亿/万, or 元): `兆` alone is the mega of units (`100兆瓦`).
 */
function readZhao(text: string, t: NumberToken, i: number): void {
  const next = text.charCodeAt(i + 1);
  if (next === YUAN_SIGN) {
    t.exponent += 12;
    t.scale = 12;
    t.bigUnit = true;
    t.end = i + 1;
    return;
  }
  if (!isDigit(next)) return;
  const lower = readArabic(text, i + 1);
  if (!lower || !lower.bigUnit || lower.scale < 4 || lower.scale >= 12 || lower.approx) return;
  t.mantissa = addDecimals(t.mantissa, t.exponent + 12, lower.mantissa, lower.exponent);
  t.exponent = 0;
  t.scale = 12;
  t.bigUnit = true;
  t.end = lower.end;
}

/** `元以上`, `以上`, `元及以上`, `元项目` after a multiplier: a size class follows (checked only after `个亿`). */
function opensSizeClass(text: string, k: number): boolean {
  if (text.charCodeAt(k) === YUAN_SIGN) k++;
  if (text.charCodeAt(k) === AND_SIGN) k++;
  // `15个亿元项目`: fifteen projects of the 亿元 class.
  return text.startsWith('以上', k) || text.startsWith('以下', k) || (text.charCodeAt(k - 1) === YUAN_SIGN && text.startsWith('项目', k));
}

// ---------------------------------------------------------------- Chinese numerals

/** What has been read of a Chinese number so far (see `readChinese`). */
interface ChineseReading {
  /** Everything at 亿 level and above, already multiplied. */
  total: number;
  /** The 万 section, already multiplied. */
  wan: number;
  /** Below 万. */
  section: number;
  /** The pending digit(s), valid when `pendingDigit`. */
  num: number;
  pendingDigit: boolean;
  sawDigit: boolean;
  sawSmall: boolean;
  sawBig: boolean;
  approx: boolean;
  financial: boolean;
  /** Power of ten of the last 万/亿. */
  lastBig: number;
  /** Where the last unit (十 to 亿) ended, and its power of ten: a lone digit right after it may be shortened. */
  unitEnd: number;
  unitPower: number;
  /**
   * `三千五`, `一万二`, `两亿五`: a lone digit right after 百, 千, 万 or 亿 with no unit of its own stands one place
   * below that unit (3500, 12000, 2.5亿), as the spoken number is shortened; this is that place's power of ten.
   */
  shortened: number;
}

/**
 * Reads a Chinese numeral at `pos`. The digit at `skip` is passed over: the upper end of `两三千万` is read
 * as `三千万` so.
 */
function readChinese(text: string, pos: number, skip = -1): NumberToken | undefined {
  const limit = Math.min(text.length, pos + 32);
  const r: ChineseReading = {
    total: 0, wan: 0, section: 0, num: 0, pendingDigit: false,
    sawDigit: false, sawSmall: false, sawBig: false, approx: false, financial: false, lastBig: 0,
    unitEnd: -1, unitPower: 0, shortened: 0,
  };
  let i = pos;
  let pairAt = -1;
  for (; i < limit; i++) {
    if (i === skip) continue;
    // `两三千万`: the second digit of a pair is the range's upper end, read apart below.
    if (skip < 0 && pairAt < 0 && neighbourDigitsAt(text, pos, i)) {
      pairAt = i;
      continue;
    }
    const last = readChineseUnit(text, i, r);
    if (last < 0) break;
    i = last;
  }
  if (i === pos) return undefined;
  // Decimals: `三点五亿`, `十二点五万`.
  if (isDecimalPoint(text.charCodeAt(i)) && !r.sawBig && !r.approx && digitOf(text.charCodeAt(i + 1)) !== 0) {
    return readChineseDecimal(text, pos, i, limit, r);
  }
  if (!r.sawDigit && !r.sawSmall && !r.sawBig) return undefined; // a lone 几
  const value = r.total + r.wan + r.section + pendingValue(r);
  if (!Number.isSafeInteger(value)) return undefined;
  const token: NumberToken = {
    start: pos, end: i, mantissa: String(value), exponent: 0,
    scale: r.sawBig ? r.lastBig : 0,
    bigUnit: r.sawBig, approx: r.approx, bare: !r.sawDigit && !r.sawSmall && r.sawBig, arabic: false, financial: r.financial,
  };
  if (pairAt >= 0) {
    const upper = readChinese(text, pos, pairAt - 1);
    if (upper?.end === i) token.upper = upper.mantissa;
  }
  return token;
}

/** `三五亿`: the one pair of digits that are not neighbours yet say "three to five". */
const THREE = 3;
const FIVE = 5;

/**
 * `两三千万`, `十二三亿`, `三五亿`: a digit at `i` right after a lone digit one below it (or `三五`), a unit right
 * after, says "two or three": a range, no positional number (`一七四五亿`: more digits; `二三` alone: no unit).
 */
function neighbourDigitsAt(text: string, pos: number, i: number): boolean {
  if (i === pos) return false;
  const second = digitOf(text.charCodeAt(i)) - 1;
  const first = digitOf(text.charCodeAt(i - 1)) - 1;
  if (first < 1 || second < 1 || !isUnit(text.charCodeAt(i + 1))) return false;
  if (i - 1 > pos && (digitOf(text.charCodeAt(i - 2)) !== 0 || text.charCodeAt(i - 2) === ARABIC_ZERO)) return false;
  return second === first + 1 || (first === THREE && second === FIVE);
}

/**
 * Reads the character at `i` into `r`: a digit, 几, a unit below 万, or 万/亿. Returns the offset
 * of the last character taken (an approximation word after a unit is taken with it), or -1 when
 * the character ends the number.
 */
function readChineseUnit(text: string, i: number, r: ChineseReading): number {
  const c = text.charCodeAt(i);
  // `一0五0万美元`: an Arabic 0 among Chinese digits is their 〇, a place of the same positional number.
  const d = c === ARABIC_ZERO && r.pendingDigit ? 1 : digitOf(c);
  if (d !== 0) {
    if (IS_FINANCIAL[c] === 1) r.financial = true;
    // Digits in a row are positional (`二〇二三`); after a 零 a new digit starts afresh.
    r.shortened = !r.pendingDigit && r.unitEnd === i - 1 && r.unitPower >= 2 ? r.unitPower - 1 : 0;
    r.num = r.pendingDigit ? r.num * 10 + d - 1 : d - 1;
    r.pendingDigit = true;
    r.sawDigit = true;
    return i;
  }
  if (c === JI) return readJi(text, i, r);
  if (tensOf(c) !== 0) return readTens(text, i, r);
  const e = unitOf(c);
  if (e === 0) return -1;
  if (e < 4) {
    if (IS_FINANCIAL[c] === 1) r.financial = true;
    // `十五` = 15: a unit with no digit before it counts once.
    r.section += (r.pendingDigit ? r.num : 1) * 10 ** e;
    r.num = 0;
    r.pendingDigit = false;
    r.sawSmall = true;
    return unitEndsAt(r, i, approxAfter(text, i, r, isUnit), e);
  }
  addBigUnit(r, e);
  return unitEndsAt(r, i, approxAfter(text, i, r, isBig), e);
}

/**
 * Records where the unit at `i` ended, unless an approximation word followed it (`三千多`: no digit after that
 * is shortened); returns the offset of the last character taken.
 */
function unitEndsAt(r: ChineseReading, i: number, end: number, power: number): number {
  r.unitEnd = end === i ? i : -1;
  r.unitPower = power;
  return end;
}

/** The digits read but not yet multiplied by a unit, at the place a shortened number puts them. */
function pendingValue(r: ChineseReading): number {
  if (!r.pendingDigit) return 0;
  return r.shortened > 0 ? r.num * 10 ** r.shortened : r.num;
}

/**
 * `十几亿`: after a unit 几 adds an unknown 1–9, counted as 0 (the value is the minimum);
 * `几十亿`, `几百万`: before a unit it stands for an unknown digit, counted as 1.
 */
function readJi(text: string, i: number, r: ChineseReading): number {
  if (r.pendingDigit) return -1;
  r.approx = true;
  if (!r.sawSmall && !r.sawBig && isUnit(text.charCodeAt(i + 1))) {
    r.num = 1;
    r.pendingDigit = true;
    r.sawDigit = true;
  }
  return i;
}

/**
 * `卅五`, `廿`: a number of tens written as one character, as `三十` is. Not after a digit (`五卅` names a
 * date, not 5 × 30).
 */
function readTens(text: string, i: number, r: ChineseReading): number {
  if (r.pendingDigit) return -1;
  r.section += tensOf(text.charCodeAt(i)) * 10;
  r.sawSmall = true;
  return approxAfter(text, i, r, isUnit);
}

/** 万 or 亿 (power of ten `e`): multiplies what was read below it. */
function addBigUnit(r: ChineseReading, e: number): void {
  const below = r.section + pendingValue(r);
  if (e === 8) {
    const base = r.total + r.wan + below;
    r.total = (base === 0 ? 1 : base) * 1e8;
    r.wan = 0;
  } else if (r.wan !== 0 && below === 0) {
    r.wan *= 1e4;
  } else {
    r.wan += (below === 0 ? 1 : below) * 1e4;
  }
  r.section = 0;
  r.num = 0;
  r.pendingDigit = false;
  r.sawBig = true;
  r.lastBig = e;
}

/** `百余亿`, `五十多万`: an approximation word after the unit at `i`, when `next` follows it. */
function approxAfter(text: string, i: number, r: ChineseReading, next: (c: number) => boolean): number {
  if (!isApproxInside(text.charCodeAt(i + 1)) || !next(text.charCodeAt(i + 2))) return i;
  r.approx = true;
  return i + 1;
}

/** `三点五亿`: the integer part read so far, the decimals after 点 at `dian`, and multipliers. */
function readChineseDecimal(text: string, pos: number, dian: number, limit: number, r: ChineseReading): NumberToken {
  let j = dian + 1;
  let frac = '';
  while (j < limit && digitOf(text.charCodeAt(j)) !== 0) frac += String(digitOf(text.charCodeAt(j++)) - 1);
  const intPart = r.section + (r.pendingDigit ? r.num : 0);
  const t: NumberToken = {
    start: pos, end: j, mantissa: normaliseMantissa(`${intPart}.${frac}`), exponent: 0, scale: 0,
    bigUnit: false, approx: false, bare: false, arabic: false, financial: r.financial,
  };
  let scale = 0;
  while (j < limit && isUnit(text.charCodeAt(j)) && scale < 16) {
    const u = unitOf(text.charCodeAt(j));
    if (u >= 4) t.bigUnit = true;
    scale += u;
    j++;
  }
  t.scale = scale;
  t.exponent = scale;
  t.end = j;
  return t;
}

// ---------------------------------------------------------------- exact decimal helpers

/** Drops leading zeros of the integer part and trailing zeros of the fraction. */
function normaliseMantissa(m: string): string {
  if (m.charCodeAt(0) !== 0x30 && m.indexOf('.') < 0) return m;
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
