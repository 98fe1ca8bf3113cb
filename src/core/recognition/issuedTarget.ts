// A target a higher office sets, as statistics reports write it (`完成省政府年初下达考核目标任务105亿元的46%`):
// the office's verb, a short word saying which target (`考核`, `工作`, `全年`), the target noun, then the
// amount, maybe after `的(` (`下达目标任务的(83253万元)的96%`). Reads a few characters after the verb only.
import { charSet, isHan } from '../text';
import type { WordMap } from '../wordMap';

/** How many Han characters may say which target it is before its noun (`考核`, `工作`, `年度考核`). */
const MODIFIER_REACH = 4;

/** What may stand between the target's noun and its amount: spaces, `的`, an opening bracket. */
const BEFORE_AMOUNT = charSet(' 的(（');
const BEFORE_AMOUNT_REACH = 3;

/**
 * A target noun of `targets` starting at `from` or after a short Han modifier, whose amount starts at
 * `start` (nothing but spaces, `的` or a bracket between).
 */
export function targetReachesAmount(text: string, from: number, start: number, targets: WordMap<unknown>): boolean {
  for (let k = from; k <= from + MODIFIER_REACH && k < start; k++) {
    if (k > from && !isHan(text.charCodeAt(k - 1))) return false;
    const target = targets.startingAt(text, k, start);
    if (target && amountRightAfter(text, target.end, start)) return true;
  }
  return false;
}

function amountRightAfter(text: string, end: number, start: number): boolean {
  if (start - end > BEFORE_AMOUNT_REACH) return false;
  for (let i = end; i < start; i++) if (!BEFORE_AMOUNT.has(text.charCodeAt(i))) return false;
  return true;
}

/** Verbs by which a higher office sets a target (`市政府下达任务数`); alone `下达` is a grant (`下达资金`). */
export const ISSUING_VERBS = new Set(['下达']);
