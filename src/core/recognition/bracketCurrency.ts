// `4亿元(美元,下同)`: a currency named in brackets with `下同` right after an amount says what that amount's
// `元` stands for, and what every later amount without a currency word, a bare `元` too, stands for (guidelines:
// `(下同)` makes later bare amounts inherit the currency). A plain `(下同)` after `5亿美元` keeps the older
// reading: later amounts without a word take the dollar, a later `元` stays the yuan. The currency in force is
// carried from paragraph to paragraph as one string (recognize.ts keeps it opaque); a declared `元` is written
// with a mark before the code, so both readings travel in it.
import { AFTER, currencyWords } from './currencies';
import { unitAt } from '../text';
import { WordMap } from '../wordMap';

const NAMED = new WordMap(currencyWords(AFTER).filter(([word]) => word !== '元'));
const SEPARATORS = ',，、;；';
const SAME_BELOW = ['下同)', '以下同)'];
/** Mark of a currency in force that a bare `元` takes too. */
const YUAN_MARK = '元=';

/** The currency named in `(美元,下同)` right at `end`, or undefined. */
export function bracketCurrencyAt(text: string, end: number): string | undefined {
  const open = unitAt(text, end);
  if (open !== 0x28 /* ( */ && open !== 0xff08 /* （ */) return undefined;
  const named = NAMED.startingAt(text, end + 1);
  if (!named) return undefined;
  const k = named.end;
  if (!SEPARATORS.includes(text.charAt(k))) return undefined;
  return SAME_BELOW.some((w) => text.startsWith(w, k + 1) || text.startsWith(w.replace(')', '）'), k + 1)) ? named.value : undefined;
}

/** The in-force value a bracket declaration leaves: its currency, for a bare `元` too. */
export function declaredForYuan(currency: string): string {
  return YUAN_MARK + currency;
}

/** The currency an amount without a currency word takes from what is in force. */
export function plainInForce(inForce: string | undefined): string | undefined {
  return inForce?.startsWith(YUAN_MARK) ? inForce.slice(YUAN_MARK.length) : inForce;
}

/** The currency a bare `元` takes from what is in force, when a bracket declared one. */
export function yuanInForce(inForce: string | undefined): string | undefined {
  return inForce?.startsWith(YUAN_MARK) ? inForce.slice(YUAN_MARK.length) : undefined;
}
