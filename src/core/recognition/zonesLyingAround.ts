// A zone said to hold another park is a zone whatever place names it: `合作区位于某某国际工业园区内`,
// `产业园位于某国某省某某—某某口岸经济区内`. Abroad, the place before the suffix is one no gazetteer knows and may run
// longer than a place we guess at, so the zone's prefix alone names nothing (zoneStart in parks.ts). Where the
// sentence places something inside it (`位于…内`), the words between `位于` and the suffix are the zone's name.
import { charSet, code, isHan } from '../text';
import { GENERIC } from './parkScan';

const LOCATED = '位于';
const INSIDE = code('内');
/** The longest name read between `位于` and the suffix: a country, a province and a zone's own name. */
const NAME_MAX = 14;
const NAME_MIN = 2;
/** Within a zone's name: the dash of two places joined, the middle dot of a border park. */
const JOINERS = charSet('-—–·');

/** Start of the zone whose suffix is text[anchor, end), said to hold something (`位于X内`), or -1. */
export function zoneLyingAround(text: string, anchor: number, end: number, floor: number): number {
  if (text.charCodeAt(end) !== INSIDE) return -1;
  for (let k = anchor - 1; k >= floor && anchor - k <= NAME_MAX + LOCATED.length; k--) {
    const c = text.charCodeAt(k);
    if (!isHan(c) && !JOINERS.has(c)) return -1;
    if (!text.startsWith(LOCATED, k - 1)) continue;
    const start = k + 1;
    return anchor - start >= NAME_MIN && start >= floor && !GENERIC.covers(text, start, anchor) ? start : -1;
  }
  return -1;
}
