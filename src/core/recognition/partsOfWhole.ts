// Parts listed after the whole they split (guidelines, `role`): `两部委下达X中央预算内投资支持某省水利建设。其中A工程
// Y,B工程Z` (funding), `某公司力争营业收入达到X。其中,计划使车载业务增至Y` (revenue). A sentence opened by `其中`
// names the parts of the amount stated in the sentence before it; a part whose own sentence names no kind of
// money is of the kind of that whole. Reads the sentence before (at most MAX_WINDOW characters), once per amount
// that found no cue of its own.
import type { MoneyRole } from '../types';
import { code } from '../text';
import { cueBefore, isCountDigit, sentenceStart, WAN, YI, YUAN } from './moneyCues';

const PARTS_OPENING = '其中';
const FULL_STOP = code('。');

/**
 * The role of the last amount of the sentence before `sStart`, when the amount's sentence opens with `其中`
 * and the one before ends with `。` (a paragraph break starts something else); else undefined.
 */
export function roleOfWholeBefore(text: string, sStart: number): MoneyRole | undefined {
  if (!text.startsWith(PARTS_OPENING, sStart) || sStart < 2 || text.charCodeAt(sStart - 1) !== FULL_STOP) return undefined;
  const end = sStart - 1;
  const from = sentenceStart(text, end);
  const amount = lastAmountStart(text, from, end);
  return amount < 0 ? undefined : cueBefore(text, amount, from)?.role;
}

/** Where the last amount written in text[from, end) starts (its first digit), or -1. */
function lastAmountStart(text: string, from: number, end: number): number {
  for (let i = end - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === WAN || c === YI || c === YUAN) && isCountDigit(text.charCodeAt(i - 1))) {
      let k = i - 1;
      while (k > from && (isCountDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === DOT)) k--;
      return k;
    }
  }
  return -1;
}

const DOT = code('.');
