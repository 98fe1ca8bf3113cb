// Lists of public works sharing one `项目`: `A至B、C至D高速公路项目`, `A风电场、B风电场和C风电场项目`,
// `某某高铁A至B段、某某跨海通道项目`. A road, a railway or a wind farm is built whole, never a product of the next
// item, so each item is a project of its own and the guidelines tag only the last, the one written with 项目.
import { WordMap } from '../wordMap';
import { charSet, code, isHan } from '../text';

/** Works built whole along a route or on one site (`…高速公路`, `…城际铁路`, `…风电场`, `…跨海通道`). */
const WHOLE_WORKS = WordMap.of(['铁路', '公路', '高铁', '大桥', '通道', '隧道', '风电场', '光伏电站']);
/** Separators between whole works: `、` always; `和 及 与` only after a work (`A铁路和B公路项目`). */
const LIST_MARK = 0x3001; /* 、 */
const JOINERS = charSet('和及与');
const ZHI = code('至');
/** Characters a place must have on each side of `至` for a route (`西安至韩城`). */
const MIN_PLACE = 2;

/**
 * Does the item ending at the separator `sep` (from the scan's `itemFloor` or the separator before) name a whole
 * work: one ending in a work built whole (`…城际铁路和`), or a route from one place to another (`A至B、`,
 * `某某高铁A至B段、`)? Then the name written with 项目 starts after `sep`.
 */
export function separatesWorks(text: string, sep: number, itemFloor: number): boolean {
  const mark = text.charCodeAt(sep);
  if (mark !== LIST_MARK && !JOINERS.has(mark)) return false;
  if (WHOLE_WORKS.longestEndingAt(text, sep, itemFloor) > 0) return true;
  if (mark !== LIST_MARK) return false;
  let itemStart = sep;
  while (itemStart > itemFloor && text.charCodeAt(itemStart - 1) !== LIST_MARK) itemStart--;
  return routeWithin(text, itemStart, sep);
}

/** `西安至韩城`, `珠海至江门段`: `至` between two places of two characters or more. */
function routeWithin(text: string, from: number, to: number): boolean {
  for (let k = from + MIN_PLACE; k <= to - MIN_PLACE - 1; k++) {
    if (text.charCodeAt(k) === ZHI && hanRun(text, k - MIN_PLACE, k) && hanRun(text, k + 1, k + 1 + MIN_PLACE)) return true;
  }
  return false;
}

function hanRun(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isHan(text.charCodeAt(k))) return false;
  return true;
}
