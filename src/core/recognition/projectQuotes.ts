// Quoted project names: `“橙中城”项目` keeps its quotes (guidelines), a quoted title may open a longer
// name (`《长征》文旅综合体项目`), and quoted slogans and categories name no project.
import { WordMap } from '../wordMap';
import { charSet, isDigit, isHan } from '../text';
import { PROJECT_GENERIC } from './projectWords';

const GENERIC = PROJECT_GENERIC;
/** Numerals that open a slogan (`双百`, `三新`, `一带一路`). */
const SLOGAN_NUMERALS = charSet('一二两双三四五六七八九十百千万');
/** What a longer slogan opening with a numeral names (`“百千万工程”项目`): a programme, whose projects have no name of their own. */
const PROGRAMME_ENDS = WordMap.of(['工程', '行动', '计划', '战略', '攻坚']);
/** Quotes and title marks that may enclose a project's name or the head of it (`《长征》文旅综合体项目`). */
export const OPEN_QUOTES = charSet('“"「『‘《【〈');
export const CLOSE_QUOTES = charSet('”"」』’》】〉');
/** How far back the opening quote is looked for: a quoted name of 22 characters at most (`“某县年产20万吨…综合循环利用”项目`). */
const MAX_QUOTED = 24;

/**
 * `“橙中城”项目`: the quoted name, quotes included; a quoted category (`“三类500强”`) is not a name,
 * nor a numbered slogan (`“双百”项目`, `“三新”项目`, `“一带一路”项目`: a numeral opening four characters
 * at most). The quotes make one name of what they enclose, a company's name included
 * (`“某某二手车销售有限公司”项目`: `quoteFloor` is the end of the last project, not of that company), and a
 * plot's number stays in it (`“某某片区3号地”项目`: `keepsDigit`).
 */
export function quotedStart(text: string, close: number, quoteFloor: number, anchor: number, keepsDigit: (text: string, index: number) => boolean): number {
  for (let k = close - 2; k >= Math.max(quoteFloor, close - MAX_QUOTED); k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES.has(c)) {
      if (close - 1 - (k + 1) < 1) return -1;
      for (let j = k + 1; j < close - 1; j++) if (isDigit(text.charCodeAt(j)) && !keepsDigit(text, j)) return -1;
      if (SLOGAN_NUMERALS.has(text.charCodeAt(k + 1)) && (close - 1 - (k + 1) <= 4 || PROGRAMME_ENDS.longestEndingAt(text, close - 1, k + 1) > 0)) return -1;
      if (GENERIC.covers(text, k + 1, close - 1)) return -1;
      return anchor - k >= 3 ? k : -1;
    }
    if (CLOSE_QUOTES.has(c) || c === 0x3002 || c === 0xff0c || c === 0x2c) return -1;
  }
  return -1;
}

/**
 * `《长征》文旅综合体项目`: a quoted title right before the scanned name opens it. The quote must
 * close right at the scan's start and open within 20 characters, with no clause punctuation inside.
 */
export function quotedHeadStart(text: string, start: number, floor: number): number {
  if (start - 1 <= floor || !CLOSE_QUOTES.has(text.charCodeAt(start - 1))) return start;
  for (let k = start - 2; k >= Math.max(floor, start - MAX_QUOTED - 1); k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES.has(c)) return start - 1 - (k + 1) >= 1 ? k : start;
    if (CLOSE_QUOTES.has(c) || c === 0x3002 || c === 0xff0c || c === 0x2c || c === 0x3001) return start;
  }
  return start;
}

/**
 * `某某县“双创”产业园…项目`, `某某甘蔗“双高”器材…项目`, `某某锂电某地“超级工厂”项目`: a place or a brand written right
 * before a quoted part of a name opens the name (the quotes mark its catchword, not its start). Only name text
 * the scan crosses, two characters or more, not all generic, back to a list's `、`; after `的`, a verb or a company
 * (the scan's stops and barriers, or a firm's word right before the quotes) the name starts at the quote.
 */
export function nameBeforeQuote(text: string, quote: number, floor: number, scanStart: (text: string, end: number, floor: number) => number): number {
  if (quote - 1 < floor || !OPEN_QUOTES.has(text.charCodeAt(quote)) || !isHan(text.charCodeAt(quote - 1))) return quote;
  let start = scanStart(text, quote, floor);
  for (let k = quote - 1; k >= start; k--) {
    if (text.charCodeAt(k) === 0x3001 /* 、 */) {
      start = k + 1;
      break;
    }
  }
  return quote - start >= 2 && !GENERIC.covers(text, start, quote) && FIRM_ENDS.longestEndingAt(text, quote, start) === 0 ? start : quote;
}

/** `某某新能源有限公司“某某”项目`: a company right before the quotes is the investor, a span of its own (guidelines). */
const FIRM_ENDS = WordMap.of(['公司', '集团', '企业']);

/** Longest stretch read back from a name's scanned start to the quote that opens the whole name. */
const MAX_WHOLE_QUOTED = 40;
/** Clause punctuation: a quote beyond it opens another phrase, not this name. */
const CLAUSE_MARKS = charSet('，,。；;：:、！？!?\n');

/**
 * `签约的“某某县年产5万吨某某项目”作为…`: a name quoted whole, its 项目 right before the closing quote, is what the
 * article calls the project, so the span starts right after the opening quote (quotes left out), though the scan
 * stopped earlier inside: at a county before a yearly output, at a stock code in brackets. Only back to `floor`
 * (a company or the last project bounds it) and over no clause punctuation or other quote.
 */
export function wholeQuotedStart(text: string, start: number, end: number, floor: number): number {
  if (!CLOSE_QUOTES.has(text.charCodeAt(end))) return start;
  for (let k = start - 1; k >= Math.max(floor, start - MAX_WHOLE_QUOTED); k--) {
    const c = text.charCodeAt(k);
    if (OPEN_QUOTES.has(c)) return k + 1;
    if (CLOSE_QUOTES.has(c) || CLAUSE_MARKS.has(c)) return start;
  }
  return start;
}
