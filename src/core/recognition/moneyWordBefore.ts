// A word right before an amount with no currency word (past its fillers and qualifiers) that can only introduce
// money: a verb of signing or of drawing money in (`某市赴沪招商签约52亿`, `博览会揽金18.6亿`), of a big outlay
// (`砸45亿`), an estimate or intensity of investment (`投资估算约6亿`, `每亩投资强度达200万`), a task or target
// (`完成县里下达任务100亿的98%`).
// Headlines and plans write money this way; the guidelines make an amount in 亿 or 万 money when its clause is
// about money. Read only at the one place before the amount's fillers (money.ts), so its cost does not grow with
// the text.
import { WordMap } from '../wordMap';

const MONEY_WORDS_BEFORE = WordMap.of([
  // signed, and money drawn in
  '签约', '签下', '揽金', '揽资', '吸金',
  // the press's verb of an investor's big outlay (`某某集团砸45亿设新厂`; `砸下` is a role cue, moneyCues.ts)
  '砸',
  // an estimate of what a project costs, the investment a unit of land must carry
  '估算', '投资强度',
  // a task or a target set for a year or a place (guidelines: targets take the role of their kind of money)
  '任务', '目标',
]);

/** A word that can only introduce money ends at `at` (where the amount's fillers and qualifiers begin). */
export function moneyWordBefore(text: string, at: number): boolean {
  return MONEY_WORDS_BEFORE.endingAt(text, at, Math.max(0, at - 4)) !== undefined;
}
