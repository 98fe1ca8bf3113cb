// A round scale in 亿 set as a goal (`打造百亿园区`, `创百亿元区`, `布局百亿级氢能装备`, `实现千亿级目标`,
// `打造“万亩千亿级”制造业平台`): what a place sets out to build or reach at that scale is sized by it, a size class
// whatever noun follows (guidelines: `百亿` / `百亿级` in a size class is a `threshold`; a target is money of its kind).
// The verb may stand a few characters before the scale, a place or a quote between (`打造某某市千亿级…基地`); a
// money word between (`实现产值千亿`) says what the figure is, and leaves it to that cue. Reads a few units before
// the scale only.
import { ROLE_CUES } from './moneyCues';
import { charSet, isHan } from '../text';
import { WordMap } from '../wordMap';

/** Verbs of building, creating or reaching a goal (`打造` `创` `布局` `实现` …). */
const GOAL_VERBS = WordMap.of(['打造', '创', '创建', '争创', '建设', '建成', '布局', '实现', '形成', '冲刺', '迈向', '培育', '壮大', '做大', '做强', '成为']);

/** How many characters (a place's name, `“万亩`) may stand between the verb and the scale. */
const GOAL_REACH = 4;

const OPENING_QUOTES = charSet('“「"');

/** A verb of a goal ends at most GOAL_REACH Han characters or opening quotes before `start`, no money word between. */
export function goalVerbBefore(text: string, start: number): boolean {
  for (let k = start; k >= Math.max(1, start - GOAL_REACH); k--) {
    if (k < start && !gapUnit(text, k)) return false;
    if (GOAL_VERBS.endingAt(text, k, Math.max(0, k - 2)) !== undefined) return true;
  }
  return false;
}

/** The unit at `k` may stand between the verb and the scale: Han with no money word ending there, or a quote. */
function gapUnit(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (OPENING_QUOTES.has(c)) return true;
  return isHan(c) && ROLE_CUES.endingAt(text, k + 1, Math.max(0, k - 6)) === undefined;
}
