// Money a government or a partner grants (guidelines, role `funding`), named by the word that qualifies its money
// noun (`工业振兴资金`, `项目支持资金`, `专项周转资金`) rather than by a cue of its own.
import { isHan } from '../text';

/** The generic money noun whose qualifier may name a grant. */
export const MONEY_NOUN = '资金';

/**
 * Words of support, aid and policy money qualifying `资金`: support (`支持 扶持 帮扶 援助 纾困 救助`), a
 * policy's purpose (`振兴 引导`), a special or revolving allocation (`专项 周转`), awards and subsidies
 * (`奖补 奖励 补助 补贴 贴息`).
 */
const GRANT_WORDS = /支持|扶持|帮扶|援助|纾困|救助|振兴|引导|专项|周转|奖补|奖励|补助|补贴|贴息/;

/** How many Han characters before `资金` its qualifier is read in (`市经信委工业振兴资金`: the office is no word of it). */
const QUALIFIER_REACH = 6;

/**
 * `获批工业振兴资金X`, `给予X项目支持资金`, `设立了X专项周转资金`: `资金` ending at `end` whose qualifier (the Han
 * characters right before it, no punctuation) holds a word of support or policy money is a grant. Reads at most
 * QUALIFIER_REACH characters.
 */
export function grantMoneyEndingAt(text: string, end: number): boolean {
  const nounStart = end - MONEY_NOUN.length;
  if (!text.startsWith(MONEY_NOUN, nounStart)) return false;
  let from = nounStart;
  while (from > 0 && nounStart - from < QUALIFIER_REACH && isHan(text.charCodeAt(from - 1))) from--;
  return GRANT_WORDS.test(text.slice(from, nounStart));
}
