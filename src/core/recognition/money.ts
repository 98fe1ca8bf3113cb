// MONEY: amounts of money in folded text (see fold.ts), following the annotation guidelines.
//
// The text's digits and numerals (found once per paragraph with the other finders' anchors,
// anchorUnits.ts) say where numbers start that could continue into money (`nextNumberStart`); each
// is read by chineseNumbers.readNumber and then checked against what follows it:
//  - a currency word (`元` `美元` `港币` …) makes it money;
//  - without one, a number with 万/亿 is money only when it hangs on a money word right before it
//    (`总投资8000万的`, `投资3亿建设`) and no other unit follows (`2640万安时`, `万吨`);
//  - a bare multiplier (`亿元`) is money only as a size class (`亿元以上项目`) or with a bound
//    (`过亿元`, `上亿元`);
//  - two numbers joined by `-` `~` `至` `到` are one range (`10-20亿元`, `10亿至20亿元`).
// Qualifier, role and scope come from small windows around the span (moneyQualifier.ts,
// moneyThreshold.ts, moneyRole.ts, moneyScope.ts).
import type { MoneyAttributes, Qualifier } from '../types';
import { readNumber, scaledValue, tokenValue, type NumberToken } from './chineseNumbers';
import { isCountDigit, sentenceStart } from './moneyCues';
import { readPrefix, readSuffix, type Prefix } from './moneyQualifier';
import { isThreshold } from './moneyThreshold';
import { isRoundBound, nearlyReached } from './roundBound';
import { moneyNounAfter, roleOf } from './moneyRole';
import { scopeOf } from './moneyScope';
import { readAsGlossed } from './currencyGloss';
import { withComparedRole } from './comparedFigure';
import { moneyWordBefore } from './moneyWordBefore';
import { headlineOutlay } from './headlineOutlay';
import { projectAfterBareAmount } from './projectAfterAmount';
import { AFTER, BEFORE, currencyWords } from './currencies';
import { NO_ARTICLE_CURRENCIES, type ArticleCurrencies } from './localCurrency';
import { anotherOfLevelAt, bareLevelOfClass, countAt, countedClassAt, levelOfIndustryOrCounted, qualifiedClassEnd, roundScaleOfClass } from './sizeClass';
import { exceptionChars, NOT_CURRENCY_AFTER_YUAN as NOT_CURRENCY_AFTER_YUAN_WORDS, NOT_NUMBER_AFTER as NOT_NUMBER_AFTER_WORDS } from '../lexicon/exceptions';
import { charSet, code, isAsciiWord, isDigit, isLatin, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { anchorUnits, unitKind, type AnchorCursor, type AnchorUnits } from './anchorUnits';
import { bracketCurrencyAt, declaredForYuan, plainInForce, yuanInForce } from './bracketCurrency';

export type MoneySpan = { start: number; end: number } & MoneyAttributes;

export interface MoneyScan {
  spans: MoneySpan[];
  /** Currency declared with `(下同)` and still in force at the end of the text. */
  currency: string | undefined;
}

/** Chinese numeral characters (also the financial forms and 几). */
const NUMERALS = '〇零○一二两三四五六七八九十百千万亿壹贰貳叁參肆伍陆柒捌玖拾佰仟几廿卅卌';

/** Where a number may start: a digit or a numeral (the paragraph's units of this kind are listed once, anchorUnits.ts). */
const NUMBER_UNITS = unitKind(`0123456789${NUMERALS}`);

/** Currency words after the number, the longest at a position (`元人民币` before `元`). */
const CURRENCY_AFTER = new WordMap(currencyWords(AFTER));

/** Characters after `元` that make it part of another word (元旦, 元件, 三元区, 一元化). */
const NOT_CURRENCY_AFTER_YUAN = charSet(exceptionChars(NOT_CURRENCY_AFTER_YUAN_WORDS));

/** Currency named before the number (`人民币5000万元`, `美元3000万`). */
const CURRENCY_BEFORE = new WordMap(currencyWords(BEFORE));
/** Currency signs written right before the digits; they belong to the span. */
function currencySign(c: number): string | undefined {
  switch (c) {
    case 0xa5: /* ¥ */ case 0xffe5: /* ￥ */ return 'CNY';
    case DOLLAR: return 'USD';
    case 0x20ac: /* € */ return 'EUR';
    case 0xa3: /* £ */ return 'GBP';
    default: return undefined;
  }
}

/**
 * Characters right after a currency-less amount that show it counts something else: units of
 * energy, area, weight, people, things, time; letters (`kWh`, `t`) and `%`.
 */
const OTHER_UNIT_START = charSet('吨瓦千安伏平亩公米立升方人个台辆套户件家名株头只次批份张册条座栋间度桶斤克字位项所例块片粒颗篇部支枚期年月日天周时小分秒股倍车箱床架艘兆尾匹棵羽斤担包盒罐瓶袋千克标箱码页首辆余多强%‰');

/** Multipliers that may follow 数 or 上 (`数十亿元`, `上亿元`). */
const MULTIPLIERS = charSet('十百千万亿');
/** Characters before 数 that make it part of a word (人数, 总数, 户数 …), not an unknown digit. */
const NOT_UNKNOWN_DIGIT_AFTER = charSet('人总户次件个家项台倍系函分基指岁位');

const DOLLAR = code('$');
const SHU = code('数');
const SHANG = code('上');
const JI_CLASS = code('级');
const YUAN = code('元');
const DUO = code('多');
const YU = code('余');

/** Range separators (folded: `－` → `-`, `～` → `~`); single characters. */
const RANGE_SEPARATORS = ['-', '~', '〜', '—', '–', '至', '到'];

interface MoneyTables {
  /** Characters that may follow a number without 万/亿 in a MONEY span: currencies, 多/余, ranges. */
  mayFollowNumber: Uint8Array;
  /**
   * Where a number may start that could continue into money: 1 for an Arabic digit, 2 for a
   * Chinese numeral.
   */
  numberStart: Uint8Array;
  /**
   * Characters that may follow the digits or the first numeral of a MONEY amount: the ones above,
   * `.` `,` `。` `点`, multipliers, approximation words and the numerals themselves.
   */
  mayContinue: Uint8Array;
  /** Range separators by character. */
  rangeSeparator: Uint8Array;
}

let moneyTables: MoneyTables | undefined;

/** The lookup tables, built on first use so that loading the module costs nothing. */
function tables(): MoneyTables {
  if (moneyTables) return moneyTables;
  const table = (chars: Iterable<string>, value = 1): Uint8Array => {
    const t = new Uint8Array(0x10000);
    for (const ch of chars) t[ch.charCodeAt(0)] = value;
    return t;
  };
  // A space too: scraped text sometimes has one before the multiplier or currency (`5000 万元`).
  const currencyFirst = currencyWords(AFTER).map(([word]) => word[0]);
  const mayFollowNumber = table([...currencyFirst, '多', '余', ' ', ...RANGE_SEPARATORS.map((s) => s[0])]);
  const mayContinue = mayFollowNumber.slice();
  // 兆 continues a number only to be read with money after it (chineseNumbers.ts, `2兆4,665亿元`).
  // `。` and raised dots: the decimal point of some mirrored or Taiwanese copies (`132。9亿元`,
  // `57‧6億元`, see chineseNumbers.readArabic).
  // `0` after a numeral: the 〇 of a number written in both kinds of digit (`一0五0万美元`).
  // `级` after the multiplier alone: `亿级项目`, a size class with no number (sizeClass.bareLevelOfClass).
  for (const ch of '.,。‧·・点十百千万亿兆多余来个几0级' + NUMERALS) mayContinue[ch.charCodeAt(0)] = 1;
  const numberStart = table(NUMERALS, 2);
  for (let c = 0x30; c <= 0x39; c++) numberStart[c] = 1;
  moneyTables = { mayFollowNumber, numberStart, mayContinue, rangeSeparator: table(RANGE_SEPARATORS) };
  return moneyTables;
}

/**
 * The next place at or after `from` where a number starts that could continue into money, or -1,
 * read over the digits and numerals of the text (listed once, `units`): a run of digits (from its
 * first digit; a run that starts before `from` is not one) followed by a character that may continue
 * it, or a numeral followed by one (`hitEnd` gives where that hit ends).
 */
function nextNumberStart(text: string, from: number, units: AnchorCursor, t: MoneyTables): number {
  const start = t.numberStart;
  const next = t.mayContinue;
  const n = text.length;
  for (let p = units.next(from); p >= 0; p = units.next(p + 1)) {
    if (start[text.charCodeAt(p)] === 2) {
      if (p + 1 < n && next[text.charCodeAt(p + 1)] === 1) return p;
      continue;
    }
    // Inside a run of digits: the run started before, at a digit read already or before `from`.
    if (p > 0 && isDigit(text.charCodeAt(p - 1))) continue;
    let q = p + 1;
    while (q < n && isDigit(text.charCodeAt(q))) q++;
    // Bounds tested before the table read (see unitAt).
    if (q < n && next[text.charCodeAt(q)] === 1) return p;
  }
  return -1;
}

/** End of the hit `nextNumberStart` found at `start`: its run of digits, or its one numeral. */
function hitEnd(text: string, start: number): number {
  if (!isDigit(text.charCodeAt(start))) return start + 1;
  let q = start + 1;
  while (q < text.length && isDigit(text.charCodeAt(q))) q++;
  return q;
}

/** The character before a Chinese numeral that makes it part of a word, not a number (第一, 统一). */
const NOT_NUMBER_AFTER = charSet(exceptionChars(NOT_NUMBER_AFTER_WORDS));

export function findMoney(folded: string, inheritedCurrency?: string, article: ArticleCurrencies = NO_ARTICLE_CURRENCIES): MoneySpan[] {
  return scanMoney(folded, inheritedCurrency, article).spans;
}

/**
 * All MONEY spans of a folded text, sorted and non-overlapping. `inheritedCurrency` is the
 * currency a `(下同)` earlier in the document put in force; the result says which one is in
 * force at the end, so a caller working paragraph by paragraph can carry it on. `article` says
 * what a bare `元` and `澳元` stand for in the whole article (localCurrency.ts: TWD in Taiwanese
 * news, MOP in Macau news that names the pataca).
 */
export function scanMoney(folded: string, inheritedCurrency?: string, article: ArticleCurrencies = NO_ARTICLE_CURRENCIES, anchors: AnchorUnits = anchorUnits(folded)): MoneyScan {
  const spans: MoneySpan[] = [];
  let currencyInForce = inheritedCurrency;
  const t = tables();
  const numbers = anchors.cursor(NUMBER_UNITS);
  for (let pos = nextNumberStart(folded, 0, numbers, t); pos >= 0; ) {
    if (anotherOfLevelAt(folded, pos)) pos++;
    const hit = hitEnd(folded, pos);
    // Read once: the money test and the skip over a number that is not money both need it.
    const first = readNumber(folded, pos);
    const found = first ? readMoneyAt(folded, pos, first, { inForce: currencyInForce, yuan: article.yuan, aoYuan: article.aoYuan }, t) : null;
    if (!found) {
      // After a number that is not money, skip the rest of it (a year, a count) in one step;
      // never resume before the end of this hit: the scan always moves forward.
      pos = nextNumberStart(folded, Math.max(first ? Math.max(first.end, pos + 1) : pos + 1, hit), numbers, t);
      continue;
    }
    // `X印尼盾(约合Y元人民币)投资`: a gloss in another currency is read as the amount it glosses.
    // `…达X,比上届Y翻了一倍`: a figure compared with the one before it is of its kind.
    spans.push(withComparedRole(folded, spans[spans.length - 1], readAsGlossed(folded, spans[spans.length - 1], found.span)));
    if (found.declares !== undefined) currencyInForce = found.declares;
    pos = nextNumberStart(folded, Math.max(found.span.end, hit), numbers, t);
  }
  return { spans, currency: currencyInForce };
}

interface Found {
  span: MoneySpan;
  /** A `(下同)` after the span makes its currency the default for what follows: the value in force after it. */
  declares: string | undefined;
}

/** The MONEY span that starts with the number at `pos`, or null when there is none. */
/** The currencies an amount without its own word takes: a `(下同)` one, and what a bare `元` is. */
interface DefaultCurrencies {
  inForce: string | undefined;
  yuan: string | undefined;
  /** What `澳元` is: the pataca in Macau news that names it (localCurrency.ts), else AUD. */
  aoYuan: string | undefined;
}

function readMoneyAt(text: string, pos: number, first: NumberToken, defaults: DefaultCurrencies, t: MoneyTables): Found | null {
  const amount = readAmount(text, pos, first, t);
  if (!amount) return null;
  const prefix = readPrefix(text, amount.start);
  const currency = currencyOf(text, amount, prefix, defaults);
  if (currency === undefined) return null;
  amount.start = currencyWordStart(text, amount);
  const span = classify(text, pos, first, amount, prefix, currency);
  if (!span) return null;
  // `4亿元(美元,下同)`: the bracket names this amount's currency and every later one's, a bare `元`'s too.
  const declared = (amount.bareYuan && amount.currency === 'CNY') || (amount.currency ?? amount.sign) === undefined ? bracketCurrencyAt(text, span.end) : undefined;
  if (declared) {
    span.currency = declared;
    return { span, declares: declaredForYuan(declared) };
  }
  return { span, declares: text.startsWith('(下同)', span.end) || text.startsWith('(以下同)', span.end) ? span.currency : undefined };
}

/** An amount as written: its extent, its value (a range's minimum) and the currency it shows. */
interface Amount {
  start: number;
  end: number;
  value: number;
  /** Upper end of a range. */
  max?: number;
  /** The currency word after the number or the range. */
  currency?: string;
  /** A currency sign before the digits (`$`, `¥`, `HK$`). */
  sign?: string;
  /** One number followed by a bare `元` (`新台币30亿元`: a currency named before says which). */
  bareYuan: boolean;
  approx: boolean;
  /** 万 or 亿 in the amount. */
  bigUnit: boolean;
  /** Only a multiplier (`亿元`). */
  bare: boolean;
}

/** `GDP` (not the end of a longer Latin word) ends at `pos`. */
function productAcronymBefore(text: string, pos: number): boolean {
  return pos >= 3 && text.startsWith('GDP', pos - 3) && !isLatin(text.charCodeAt(pos - 4));
}

/** Reads the amount (number, range, currency written with it) at `pos`; null when it cannot be money. */
function readAmount(text: string, pos: number, first: NumberToken, t: MoneyTables): Amount | null {
  // Character codes, not one-character strings: `text[i]` allocates for every Han character.
  const b = pos > 0 ? text.charCodeAt(pos - 1) : 0;
  // Inside a longer Latin/Arabic token (`G7`, `v1.2`); a region's product written `GDP` right before its
  // figure (`某县GDP114.42亿元`) is no token of that kind.
  if (isAsciiWord(b) && !productAcronymBefore(text, pos)) return null;
  // Cheap test first: most numbers in an article (years, counts, 一 in words) stop here.
  if (!first.bigUnit && !t.mayFollowNumber[text.charCodeAt(first.end)]) return null;
  // An ordinal or a word holding a numeral (`第一`, `统一`).
  if (!first.arabic && NOT_NUMBER_AFTER.has(b)) return null;
  const lead = leadOf(text, pos, b, first);
  const cur = readCurrency(text, first.end, first);
  if (cur && loneDigitYuan(text, first, cur)) return null;
  const amount: Amount = {
    start: lead.start,
    end: cur ? cur.end : first.end,
    value: tokenValue(first),
    currency: cur?.code,
    sign: lead.sign,
    bareYuan: cur !== undefined && text.charCodeAt(cur.end - 1) === YUAN && cur.end - first.end <= 2,
    approx: first.approx || lead.approx || (cur?.approx ?? false),
    bigUnit: first.bigUnit,
    bare: first.bare,
  };
  // `两三千万元`: neighbouring digits are a range, its lower end the value.
  if (first.upper !== undefined) amount.max = tokenValue({ mantissa: first.upper, exponent: first.exponent });
  const range = readRange(text, amount.end, first, cur?.code, t);
  if (range) {
    amount.value = range.min;
    amount.max = range.max;
    amount.end = range.end;
    amount.currency = range.currency ?? amount.currency;
    amount.approx ||= range.approx;
    amount.bigUnit ||= range.bigUnit;
    amount.bare = false;
    amount.bareYuan = false;
  }
  return amount;
}

/**
 * One Chinese digit and a bare `元` (`三元`, `二元`): a word or a name (`三元锂电池`, a firm `三元集团`, a person
 * `王三元`, `二元结构`), not money: an amount of investment news is never a few yuan written in words.
 */
function loneDigitYuan(text: string, first: NumberToken, cur: CurrencyRead): boolean {
  return !first.arabic && !first.financial && !first.bare && first.scale === 0 && first.upper === undefined && first.end - first.start === 1 &&
    cur.end === first.end + 1 && text.charCodeAt(first.end) === YUAN;
}

/** What stands in the span before the number `b` precedes: `数` (an unknown digit) or a currency sign. */
function leadOf(text: string, pos: number, b: number, first: NumberToken): { start: number; approx: boolean; sign?: string } {
  // `数十亿元`, `数百万元`: 数 stands for the unknown digit, inside the span.
  if (b === SHU && !first.arabic && MULTIPLIERS.has(text.charCodeAt(pos)) && !NOT_UNKNOWN_DIGIT_AFTER.has(text.charCodeAt(pos - 2))) {
    return { start: pos - 1, approx: true };
  }
  const sign = first.arabic ? currencySign(b) : undefined;
  if (!sign) return { start: pos, approx: false };
  if (b === DOLLAR && text.endsWith('HK', pos - 1)) return { start: pos - 3, approx: false, sign: 'HKD' };
  if (b === DOLLAR && text.endsWith('US', pos - 1)) return { start: pos - 3, approx: false, sign };
  return { start: pos - 1, approx: false, sign };
}

/**
 * The amount's currency: a currency named before a bare `元`, else the one written with it, else
 * (amounts with 万/亿 and no other unit) one named before it, or the one in force when a money
 * word introduces it (`总投资8000万`). Undefined when the amount is not money.
 */
function currencyOf(text: string, amount: Amount, prefix: Prefix, defaults: DefaultCurrencies): string | undefined {
  // `新台币30亿元`: a currency named before the number says what a bare `元` after it is.
  if (amount.bareYuan) {
    const named = currencyBefore(text, prefix.start) ?? currencyBefore(text, amount.start);
    if (named) return named;
  }
  // `(美元,下同)` earlier: a bare `元` is that currency now.
  const declaredYuan = amount.bareYuan && amount.currency === 'CNY' ? yuanInForce(defaults.inForce) : undefined;
  if (declaredYuan) return declaredYuan;
  if (defaults.yuan && amount.currency === 'CNY' && text.charCodeAt(amount.end - 1) === YUAN) return defaults.yuan;
  if (defaults.aoYuan && amount.currency === 'AUD') return defaults.aoYuan;
  const written = amount.currency ?? amount.sign;
  if (written) return written;
  // No currency word: money only as `总投资8000万`, `投资3亿建设`, `人民币5000万`.
  if (!amount.bigUnit) return undefined;
  // `这些百亿项目`, `万亿级产业集群`: a round scale sizing a class (a bare `万亿` too) is money, a threshold.
  if (roundScaleOfClass(text, amount.start, amount.end) || (amount.bare && (amount.end - amount.start >= 2 || bareLevelOfClass(text, amount.end)) && levelOfIndustryOrCounted(text, amount.start, amount.end))) {
    return currencyBefore(text, amount.start) ?? plainInForce(defaults.inForce) ?? defaults.yuan ?? 'CNY';
  }
  if (amount.bare) return undefined;
  const next = text.charCodeAt(amount.end);
  // `超10亿项目7个`: 项 starts the counted class noun here, not a unit (`10万项`).
  if ((OTHER_UNIT_START.has(next) && !countedProjectsAt(text, amount.end)) || isLatin(next)) return undefined;
  const named = currencyBefore(text, prefix.start) ?? currencyBefore(text, amount.start);
  if (named) return named;
  const sized = sizeClassAfter(text, amount.end) || levelOfIndustryOrCounted(text, amount.start, amount.end) || (prefix.qualifier === 'at_least' && boundClassCountedAfter(text, amount.end));
  // `签约52亿`, `砸45亿`, `任务100亿`: what a signing, an outlay or a target names is money (moneyWordBefore.ts).
  const signed = moneyWordBefore(text, prefix.start);
  // `某县30亿打造新材料产业园`: a line opened by a place and an amount in 亿 that builds something.
  const outlay = headlineOutlay(text, amount.start, amount.end);
  // `2800亿的项目`, `14亿某某项目落户`: what a project invests (projectAfterAmount.ts).
  const invested = projectAfterBareAmount(text, amount.end);
  return prefix.cue || moneyNounAfter(text, amount.end) || sized || signed || outlay || invested ? plainInForce(defaults.inForce) ?? defaults.yuan ?? 'CNY' : undefined;
}

/** `项目7个` at `p`: projects and their count. */
function countedProjectsAt(text: string, p: number): boolean {
  return text.startsWith('项目', p) && countAt(text, p + 2);
}

/**
 * `其中1000万以上项目到位资金…`: a 万/亿 amount with a bound word and then projects or companies
 * classes them by size, which is money (projects are sized by what they invest).
 */
function sizeClassAfter(text: string, end: number): boolean {
  // `百亿级项目1个`, `首个百亿级项目`: a class of projects, firms or parks by their size, with or without 元.
  if (text.charCodeAt(end) === JI_CLASS) return CLASS_NOUN_AFTER.longestStartingAt(text, end + 1) > 0;
  // `过百亿园区5个`, `超百亿企业3家`: a class noun and its count right after the amount size the class.
  if (CLASS_NOUN_AFTER.longestStartingAt(text, end) > 0) return countAt(text, end + 2);
  if (!text.startsWith('以上', end) && !text.startsWith('以下', end)) return false;
  const p = text.charCodeAt(end + 2) === DE ? end + 3 : end + 2;
  // `5亿以上大项目9个`: a kind of project between the bound and the class noun.
  return text.startsWith('项目', p) || text.startsWith('企业', p) || qualifiedClassEnd(text, p) >= 0;
}

/** `签约15个亿元项目`: a bare multiplier between a count and `项目` names the size class of the counted projects. */
function countedClassOfSize(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start - 1) === GE && isCountDigit(text.charCodeAt(start - 2)) && text.startsWith('项目', end);
}

const GE = code('个');

/**
 * `年产值超过10亿的企业19家`: past a bound, 的 and a counted class of firms, projects or parks say the
 * number sizes them, so it is money though no currency is written.
 */
function boundClassCountedAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== DE) return false;
  const noun = CLASS_NOUN_AFTER.longestStartingAt(text, end + 1);
  return noun > 0 && countAt(text, end + 1 + noun);
}

const DE = code('的');
const CLASS_NOUN_AFTER = WordMap.of(['项目', '企业', '园区']);

/**
 * Qualifier, role and scope of an amount from the words around it (the files named at the top);
 * null when a bare multiplier (`亿元`) turns out not to be money: nothing bounds it.
 */
function classify(text: string, pos: number, first: NumberToken, amount: Amount, prefix: Prefix, currency: string): MoneySpan | null {
  const { start, end } = amount;
  const suffix = readSuffix(text, end);
  let bound: Qualifier | undefined = prefix.qualifier;
  // `上亿元`, `上千万元`: 上 before a number without digits means "reaching".
  if (!bound && unitAt(text, start - 1) === SHANG && !first.arabic && MULTIPLIERS.has(text.charCodeAt(pos))) bound = 'at_least';
  const countedClass = amount.bare && countedClassOfSize(text, start, end);
  // `签约亿元项目15个`: a bare multiplier right before a class noun and its count is a size class too.
  if (amount.bare && !suffix.qualifier && !bound && text.charCodeAt(end) !== JI_CLASS && !countedClass && !countedClassAt(text, end) && !roundScaleOfClass(text, start, end)) return null;

  const qualifier: Qualifier | undefined = suffix.qualifier ?? bound ?? (countedClass ? 'at_least' : amount.approx ? 'approx' : undefined);
  const classShaped = countedClass || isThreshold(text, start, suffix.end, suffix.qualifier !== undefined, bound === 'at_least' || bound === 'at_most', amount.max !== undefined);
  // A bound before a figure measured to more digits than a class bound (`16个总投资超3.6亿元的农业项目`), or a figure
  // nearly reached (`近500亿元的项目`), says how much the projects add up to: a sum of several, not a size class
  // (roundBound.ts); `以上` after it still classes them.
  const summed = classShaped && !countedClass && !suffix.qualifier && amount.max === undefined && (!isRoundBound(amount.value) || nearlyReached(text, start));
  const threshold = classShaped && !summed;
  // Role and scope read the same sentence: find its start once.
  const sStart = threshold ? 0 : sentenceStart(text, start);
  const span: MoneySpan = {
    start,
    end,
    value: amount.value,
    currency,
    role: threshold ? 'threshold' : roleOf(text, start, suffix.end, sStart, currency !== 'CNY'),
    scope: 'aggregate',
  };
  if (!threshold && !summed) span.scope = scopeOf(text, start, suffix.end, sStart, span.role);
  if (amount.max !== undefined) span.max = amount.max;
  if (qualifier) span.qualifier = qualifier;
  else if (threshold) span.qualifier = 'at_least';
  return span;
}

interface CurrencyRead {
  code: string;
  end: number;
  /** `两亿多元`: an approximation word between the number and the currency. */
  approx: boolean;
}

function readCurrency(text: string, pos: number, token: NumberToken): CurrencyRead | undefined {
  let p = pos;
  let approx = false;
  if (text.charCodeAt(p) === 0x20 && CURRENCY_AFTER.longestStartingAt(text, p + 1) > 0) p++;
  const c = text.charCodeAt(p);
  if ((c === DUO || c === YU) && CURRENCY_AFTER.longestStartingAt(text, p + 1) > 0) {
    p++;
    approx = true;
  }
  const found = CURRENCY_AFTER.startingAt(text, p);
  if (!found) return undefined;
  const { word } = found;
  // 圆 is a currency after Arabic digits or the financial forms (`壹佰圆`), else a shape (一圆).
  if ((word === '圆' || word === '圓') && !token.arabic && !token.financial) return undefined;
  // `三元区`, `一元化`: a numeral before `元` makes a word; after 万 or 亿 it is the currency (`创百亿元区`).
  if (word === '元' && NOT_CURRENCY_AFTER_YUAN.has(unitAt(text, p + 1)) && !token.arabic && !token.bigUnit) return undefined;
  return { code: found.value, end: found.end, approx };
}

/**
 * `外币美元6.5亿、欧元10亿`: a currency named right before a number that has no currency after it is the
 * amount's only currency word, so it is written in the span (guidelines: the number, multiplier and
 * currency as written); with one after (`人民币3亿元`), the span is what follows.
 */
function currencyWordStart(text: string, amount: Amount): number {
  if (amount.currency !== undefined || amount.sign !== undefined || amount.bare) return amount.start;
  return CURRENCY_BEFORE.endingAt(text, amount.start)?.start ?? amount.start;
}

function currencyBefore(text: string, pos: number): string | undefined {
  return CURRENCY_BEFORE.endingAt(text, pos)?.value;
}

interface RangeRead {
  min: number;
  max: number;
  end: number;
  currency?: string;
  approx: boolean;
  bigUnit: boolean;
}

/** `10-20亿元`, `10至20亿元`, `10亿至20亿元`, `10亿元至20亿元`: one span, value = min, max = max. */
function readRange(text: string, pos: number, first: NumberToken, firstCurrency: string | undefined, t: MoneyTables): RangeRead | undefined {
  // Every separator is one character.
  if (pos >= text.length || t.rangeSeparator[text.charCodeAt(pos)] !== 1) return undefined;
  const second = readNumber(text, pos + 1);
  if (!second || second.bare) return undefined;
  const cur = readCurrency(text, second.end, second);
  if (firstCurrency && cur && cur.code !== firstCurrency) return undefined;
  if (firstCurrency && !cur) return undefined;
  if (!cur && !second.bigUnit) return undefined;
  // A first number without a multiplier takes the second's (`10-20亿` is 10亿 to 20亿).
  const min = first.scale === 0 && second.scale > 0 ? scaledValue(first, second.scale) : tokenValue(first);
  const max = tokenValue(second);
  if (!(min < max)) return undefined;
  return {
    min, max, end: cur ? cur.end : second.end, currency: cur?.code,
    approx: second.approx || (cur?.approx ?? false), bigUnit: first.bigUnit || second.bigUnit,
  };
}
