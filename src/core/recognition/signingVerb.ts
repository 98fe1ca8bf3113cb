// A verb of signing or of drawing money in, right before an amount with no currency word
// (`某市赴沪招商签约52亿`, `博览会揽金18.6亿`): headlines write the money a signing event brings this
// way, and what is signed or drawn in there can only be money. Read only at the one place before the
// amount's fillers (money.ts), so its cost does not grow with the text.
import { WordMap } from '../wordMap';

/** `签约` `签下` (signed), `揽金` `揽资` `吸金` (money drawn in). */
const SIGNING_OR_DRAWING = WordMap.of(['签约', '签下', '揽金', '揽资', '吸金']);

/** A verb of signing or drawing money in ends at `at` (where the amount's fillers and qualifiers begin). */
export function signingVerbBefore(text: string, at: number): boolean {
  return SIGNING_OR_DRAWING.endingAt(text, at, Math.max(0, at - 2)) !== undefined;
}
