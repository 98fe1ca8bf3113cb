// An industry park named in a description of what something becomes is a kind of park, no named one:
// `项目建成后将成为全国一流的锂电产业园`, `打造集研发、生产于一体的电子产业园`, `作为西南最大的物流园`.
// The sentence says what the project or the place is meant to be (a goal, a superlative, what it
// integrates), then `的`, then the industry words and the park suffix. A park the sentence merely
// qualifies with `的` keeps its name (`招商回来刚下高铁的锂电产业园`, `占地2000亩的生物医药产业园`).

import { charSet, code } from '../text';
import { WordMap } from '../wordMap';

/**
 * Words of a described goal before `的`: becoming and building into (成为 建成 打造), the role something
 * plays (作为), a target (目标), what it integrates (`集…于一体`), and superlatives and firsts, which
 * rank a kind of park (`最大的`, `首个…的`, `一流的`, `以…为主的`, `以…为特色的`).
 */
const DESCRIPTION_WORDS = WordMap.of(['成为', '建成', '打造', '作为', '目标', '一体', '最', '首个', '首家', '唯一', '一流', '为主', '为特色']);

/** Where a clause opens: the description is read back to one of these. */
const CLAUSE_OPENERS = charSet(',，;；:：。!！?？\n');

/** The longest description read before `的`, so the cost per park stays bounded. */
const DESCRIPTION_MAX = 60;

const DE = code('的');

/**
 * Does the park starting at `start` follow `的` closing a description of what something becomes, in
 * its own clause (`成为…的`, `集…于一体的`, `…最大的`)?
 */
export function describedAsGoal(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== DE) return false;
  const min = Math.max(0, start - 1 - DESCRIPTION_MAX);
  for (let k = start - 1; k > min; k--) {
    if (CLAUSE_OPENERS.has(text.charCodeAt(k - 1))) return false;
    if (DESCRIPTION_WORDS.longestEndingAt(text, k, min) > 0) return true;
  }
  return false;
}
