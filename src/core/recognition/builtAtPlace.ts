// `斥资150亿元在某园区扩建新厂`, `投资3亿元于某县兴建总部` (scope, see regionStatistic.ts): an amount followed
// by `在`/`于`, a place and a verb of building one thing is what that one plant, office or line costs, not a
// region's statistic nor a sum. Reads a few characters after the amount, nothing more.
import { code, isClauseEnd, unitAt } from '../text';
import { WordMap } from '../wordMap';

/** Verbs that build or set up one thing at the place just named. */
const BUILD_VERBS = WordMap.of(['新建', '扩建', '建设', '兴建', '建置', '投建', '建立', '设立', '新设', '增设', '扩增', '打造']);

const ZAI = code('在');
const YU = code('于');
const JIAN = code('建');
const SPACE = code(' ');

/** How far after `在`/`于` the verb may start: a place's name, or two joined (`某科技园及某产业园区`). */
const PLACE_REACH = 18;

/** `X在某园区新建…`, `X于某县兴建…`: not `在建` (under construction), which opens a clause of its own. */
export function builtAtPlaceAfter(text: string, afterEnd: number): boolean {
  let k = afterEnd;
  if (unitAt(text, k) === SPACE) k++;
  const c = unitAt(text, k);
  if ((c !== ZAI && c !== YU) || unitAt(text, k + 1) === JIAN) return false;
  const hi = Math.min(text.length, k + 1 + PLACE_REACH);
  for (let i = k + 2; i < hi && !isClauseEnd(text.charCodeAt(i)); i++) {
    if (BUILD_VERBS.startingAt(text, i) !== undefined) return true;
  }
  return false;
}
