// The bare verb `投` (to invest) written right before an amount (guidelines, role `investment`):
// `该项目明年将投2亿美元`, `某某实业要投2.5亿元于…`, `固投约3亿元`; and `斥` alone, `斥资` cut short (`拟斥X买地`). Reads the two characters before
// the amount (and a bound word between), nothing more.
import { code } from '../text';
import { WordMap } from '../wordMap';

const TOU = code('投');
/** `斥`, the verb of `斥资` written alone before the amount in headlines (`拟斥328亿港元买地`). */
const CHI = code('斥');

/** Bound words between the verb and the amount (`再投逾10亿元`). */
const BOUNDS = ['约', '近', '超过', '超', '逾', '了'];

/**
 * Compounds ending in `投` that are not the verb of investing: venture capital (`创投`), tendering
 * (`招投`). `总投` and `投建` are cues of their own (moneyCues.ts).
 */
const NOT_THE_VERB = new Set([code('创'), code('招')]);

/** `投` (or `斥`) right before the amount at `start`, maybe through a bound word: the amount is invested. */
export function investVerbRightBefore(text: string, start: number): boolean {
  let k = start;
  const bound = BOUNDS.find((w) => text.startsWith(w, k - w.length));
  if (bound) k -= bound.length;
  const verb = text.charCodeAt(k - 1);
  if (k >= 1 && verb === CHI) return true;
  return k >= 1 && verb === TOU && !(k >= 2 && NOT_THE_VERB.has(text.charCodeAt(k - 2)));
}

/**
 * Verbs of one investor laying money out (`斥资 砸下 豪掷 耗资`, and `斥` alone), right before the amount or through a bound
 * word (`正斥资逾X`): what one party spends on its plant or venture, never a statistic summed over many.
 * Their role is a cue of its own (`ROLE_CUES`); this says the amount is that one party's (scope `item`).
 */
const SPENDING_VERBS = WordMap.of(['斥资', '砸下', '豪掷', '耗资', '斥']);

/** A verb of spending ends right before the amount at `start`, maybe through a bound word. */
export function spendingVerbRightBefore(text: string, start: number): boolean {
  const bound = BOUNDS.find((w) => text.startsWith(w, start - w.length));
  const k = bound ? start - bound.length : start;
  return SPENDING_VERBS.endingAt(text, k, Math.max(0, k - 2)) !== undefined;
}
