// Two values of one figure (`从X增加到Y`, `從X攀升至Y`): the second amount is the same thing's, later, so
// it is read as the first is (scope, see moneyScope.ts). Small windows of folded text.
import { charSet, code, isNumeral, unitAt } from '../text';
import { WordMap } from '../wordMap';

/** Verbs of change between the two values, before `到` or `至` (or none: `从X到Y`). */
const CHANGE_VERBS = WordMap.of(['增长', '增加', '攀升', '提高', '上升', '跃升', '扩大', '提升', '下降', '减少', '降低', '增', '升', '降', '涨']);

/** How long the first value may be (`1,755.7亿元人民币`). */
const MAX_VALUE = 16;

const CONG = code('从');
const TO = charSet('到至');
/** What ends a written amount: a multiplier or a currency's last character. */
const AMOUNT_ENDS = charSet('元万亿币金镑');
/** The other characters of a written amount: separators and currency words (`1,200.5亿美元`, `人民币`). */
const AMOUNT_CHARS = charSet(',.元币美港欧日英韩镑人民台新加坡金');

/**
 * The first value of a change written right before the amount at `start` (`从X增加到`), as
 * [its start, its end), or undefined.
 */
export function changedFrom(text: string, sStart: number, start: number): [number, number] | undefined {
  if (!TO.has(unitAt(text, start - 1))) return undefined;
  const end = start - 1 - CHANGE_VERBS.longestEndingAt(text, start - 1, sStart);
  if (!AMOUNT_ENDS.has(unitAt(text, end - 1))) return undefined;
  for (let k = end - 1; k >= sStart && end - k <= MAX_VALUE; k--) {
    const c = text.charCodeAt(k);
    if (c === CONG) return k + 1 < end && isNumeral(text.charCodeAt(k + 1)) ? [k + 1, end] : undefined;
    // Only an amount's own characters between `从` and the change (not `从2019年的X`).
    if (!isNumeral(c) && !AMOUNT_CHARS.has(c)) return undefined;
  }
  return undefined;
}
