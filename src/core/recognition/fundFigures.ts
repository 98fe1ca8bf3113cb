// `该基金总规模30亿元`, `某引导基金认缴7.5亿元`, `基金新增募资X`, `累计完成募资Y` (scope, see moneyScope.ts):
// a fund's size, what it raises and what one backer subscribes are that one fund's money, whatever period
// or summing word dates them; not when the sentence names several funds joined (`设立A基金和B基金,…,
// 基金规模近X`, `设立基金12只,总规模X`: their size together). Reads the few characters before the amount, then its clause window.
import { code } from '../text';
import { WordMap } from '../wordMap';
import { isCountDigit } from './moneyCues';

/** What a fund holds or raises, written right before its amount (`规模`, `首期规模`, `募资`, `认缴`). */
const FUND_MONEY = WordMap.of(['规模', '規模', '募资', '募資', '募集', '认缴', '認繳', '认购', '認購']);

/** Bound or approximation words between the fund's word and its amount (`规模超`, `规模近`). */
const BOUND_CHARS = new Set([...'约約近超过過逾达達为為上'].map(code));

const FUND = '基金';

/** Words that join two funds' names into one subject (`A基金和B基金`, `A基金、B基金`). */
const JOINERS = new Set([...'和、与與及'].map(code));
const CLOSING_QUOTE = new Set([...'”"’》'].map(code));

/** `基金` starting within [from, to), the last one; -1 if none. */
function lastFundIn(text: string, from: number, to: number): number {
  for (let i = to - 2; i >= from; i--) if (text.startsWith(FUND, i)) return i;
  return -1;
}

/**
 * The start of the fund's word right before the amount (past bound words), if the window before it
 * speaks of a fund (`某基金新增募资X,…,累计完成募资Y`); else -1.
 */
function fundWordBefore(text: string, lo: number, start: number): number {
  let at = start;
  while (at > lo && BOUND_CHARS.has(text.charCodeAt(at - 1))) at--;
  const len = FUND_MONEY.longestEndingAt(text, at, lo);
  if (len === 0) return -1;
  const word = at - len;
  return lastFundIn(text, lo, word) >= 0 ? word : -1;
}

/** Units funds are counted in (`设立基金12只`, `3支基金`). */
const FUND_UNITS = new Set([...'只支个個'].map(code));

/**
 * `设立“A基金”和“B基金”`, `设立基金12只`: two funds named and joined, or funds counted, in the
 * window [lo, before).
 */
function severalFunds(text: string, lo: number, before: number): boolean {
  let joined = false;
  for (let i = lo; i + 2 <= before; i++) {
    if (FUND_UNITS.has(text.charCodeAt(i)) && i > lo && isCountDigit(text.charCodeAt(i - 1))) return true;
    if (!text.startsWith(FUND, i)) continue;
    if (joined) return true;
    let j = i + 2;
    while (CLOSING_QUOTE.has(text.charCodeAt(j))) j++;
    joined = JOINERS.has(text.charCodeAt(j));
  }
  return false;
}

/** The amount is one fund's size, raising or a backer's subscription (see the file's head). */
export function oneFundsMoney(text: string, lo: number, start: number): boolean {
  const word = fundWordBefore(text, lo, start);
  return word >= 0 && !severalFunds(text, lo, word);
}
