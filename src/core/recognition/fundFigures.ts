// A fund's size, what it raises and what one backer subscribes (`该基金总规模30亿元`, `某引导基金认缴7.5亿元`,
// `基金新增募资X`, `累计完成募资Y`), read once here for both attributes:
// - role (see moneyRole.ts): none of the named kinds, so `other`: a fund's size is neither a project's investment
//   nor a subsidy handed out, though `基金` and `出资` are cues of those kinds elsewhere (`fundMoney`);
// - scope (see moneyScope.ts): that one fund's money, whatever period or summing word dates it; not when the
//   sentence names several funds joined (`设立A基金和B基金,…,基金规模近X`, `设立基金12只,总规模X`: their size
//   together) (`oneFundsMoney`).
// Reads the few characters before the amount, then its clause window.
import { charSet, code } from '../text';
import { WordMap } from '../wordMap';
import { isCountDigit } from './moneyCues';

/** What a fund holds or raises, written right before its amount (`规模`, `首期规模`, `募资`, `认缴`). */
const FUND_MONEY = WordMap.of(['规模', '規模', '募资', '募資', '募集', '认缴', '認繳', '认购', '認購']);

/** Bound or approximation words between the fund's word and its amount (`规模超`, `规模近`, `规模高达`, `规模不低于`). */
const BOUND_CHARS = new Set([...'约約近超过過逾达達为為上'].map(code));
const BOUND_WORDS = WordMap.of(['达到', '高达', '不低于']);

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
  let at = start - BOUND_WORDS.longestEndingAt(text, start, lo);
  while (at > lo && BOUND_CHARS.has(text.charCodeAt(at - 1))) at--;
  const len = FUND_MONEY.longestEndingAt(text, at, lo);
  // `投资规模` is the scale of projects' investment, no fund's size.
  if (len === 0 || text.startsWith(INVESTMENT, at - len - INVESTMENT.length)) return -1;
  const word = at - len;
  return lastFundIn(text, lo, word) >= 0 ? word : -1;
}

const INVESTMENT = '投资';

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

/**
 * Capital subscribed (`某某平台认缴X`): a partner's share of a fund, or of a company's registered capital, other in
 * both cases, with or without the fund named in its sentence.
 */
const SUBSCRIBED_BEFORE = /认缴(?:了)?(?:近|超|约)?$/;

/** A fund set up at a size: `设立了X的某某产业基金` (the verb before the amount, the fund after `的`). */
const SET_UP_BEFORE = /(?:设立|成立|组建|发起设立|发起成立)(?:了)?(?:规模)?(?:为|达|近|超|约)?$/;
const FUND_NAMED_AFTER = /^的[^,，;；。、!！?？]{0,14}?基金/;

/**
 * How far back the verbs' unit (`缴`, `立`, `建`) can stand: `立了规模为` puts `立` five characters before the amount.
 */
const VERB_REACH = 5;

/** The longest lead either pattern can match (`发起设立了规模为`): the words before the amount read for them. */
const LEAD_REACH = 8;

/** How far after the amount the fund's name is read. */
const NAME_REACH = 18;

/**
 * Whether the amount states a fund's size or capital raised or subscribed into it (its role, `other`): a fund's money
 * word right before it with a fund named earlier in its sentence (`fundWordBefore`), a verb of subscribing, or a
 * fund set up at that size.
 */
export function fundMoney(text: string, start: number, afterEnd: number, sStart: number): boolean {
  // Cheap test first: the verbs' `缴`, `立` or `建`, which most amounts have not right before them.
  if (fundVerbBetween(text, Math.max(sStart, start - VERB_REACH), start)) {
    const lead = text.slice(Math.max(sStart, start - LEAD_REACH), start);
    if (SUBSCRIBED_BEFORE.test(lead)) return true;
    if (SET_UP_BEFORE.test(lead)) return FUND_NAMED_AFTER.test(text.slice(afterEnd, afterEnd + NAME_REACH));
  }
  return fundWordBefore(text, sStart, start) >= 0;
}

/** A unit every verb of SUBSCRIBED_BEFORE and SET_UP_BEFORE holds (`认缴`, `设立`, `组建`), in text[lo, hi). */
function fundVerbBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (FUND_VERB_UNITS.has(text.charCodeAt(i))) return true;
  return false;
}

const FUND_VERB_UNITS = charSet('缴立建');
