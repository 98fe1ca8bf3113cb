// A second currency given as a gloss (guidelines: `5.215亿美元(约40.7亿港元)` is its own MONEY, `approx`): the same
// money told in another currency, so it is read as the amount it glosses is, whose words the gloss cuts off
// (`该区已吸引X泰铢(约合Y元人民币)投资`: the gloss stands between the verb and its object). Reads only the
// few units between the two amounts.
import type { MoneySpan } from './money';

/**
 * Only an opening bracket and a word of conversion (`约合 约 折合 合 相当于`) between the two amounts, or nothing
 * but the bracket (`42.3亿元(5.9亿美元)`).
 */
const GLOSS_OPENING = /^ ?[（(] ?(?:约合|折合|相当于|约|合)? ?$/;

/** Longest text GLOSS_OPENING can match. */
const GLOSS_REACH = 7;

/**
 * `gloss` (the amount right after `glossed`) told in brackets in another currency: it takes the glossed amount's
 * role and scope, a threshold's aside. Returns `gloss` itself, changed in place when it is one.
 */
export function readAsGlossed(text: string, glossed: MoneySpan | undefined, gloss: MoneySpan): MoneySpan {
  if (!glossed || glossed.currency === gloss.currency || glossed.role === 'threshold' || gloss.role === 'threshold') return gloss;
  if (gloss.start - glossed.end > GLOSS_REACH || !GLOSS_OPENING.test(text.slice(glossed.end, gloss.start))) return gloss;
  gloss.role = glossed.role;
  gloss.scope = glossed.scope;
  return gloss;
}
