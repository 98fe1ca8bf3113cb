// An amount that is the object of a verb of signing (guidelines, role `contract`).
import { code } from '../text';
import { WordMap } from '../wordMap';

/** Verbs whose object is an agreement or a contract (not `签约`, which takes projects). */
const SIGNING_VERBS = WordMap.of(['签订', '签署', '签下']);
/** Words of worth between the verb and the amount (`签订了价值X的…协议`). */
const WORTH = WordMap.of(['价值', '金额', '总额', '总金额', '总价值']);
const LE = code('了');

/**
 * `与某县政府签订了价值X的战略合作框架协议`, `签订X的投资合作框架协议`, `签署X项目投资合同`: an amount written
 * right after a verb of signing (through `了` and a word of worth) is the value of what was signed,
 * whatever kind of money the agreement's words after it name. Reads at most a few characters back.
 */
export function signedRightBefore(text: string, start: number): boolean {
  let p = start;
  const worth = WORTH.endingAt(text, p, Math.max(0, p - 3));
  if (worth) p = worth.start;
  if (p > 0 && text.charCodeAt(p - 1) === LE) p--;
  return SIGNING_VERBS.endingAt(text, p, Math.max(0, p - 2)) !== undefined;
}
