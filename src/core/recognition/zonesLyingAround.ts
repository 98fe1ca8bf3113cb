// A zone said to hold another park is a zone whatever place names it: `合作区位于某某国际工业园区内`,
// `产业园位于某国某省某某—某某口岸经济区内`. Abroad, the place before the suffix is one no gazetteer knows and may run
// longer than a place we guess at, so the zone's prefix alone names nothing (zoneStart in parks.ts). Where the
// sentence places something inside it (`位于…内`), the words between `位于` and the suffix are the zone's name.
// A zone introduced by where it lies (`位于某国某省的某某园区`) is named by the words between that `的` and
// its suffix, the place before `的` being its address.
import { charSet, code, isHan } from '../text';
import { GENERIC } from './parkScan';

const LOCATED = '位于';
const INSIDE = code('内');
/** The longest name read between `位于` and the suffix: a country, a province and a zone's own name. */
const NAME_MAX = 14;
const NAME_MIN = 2;
/** Within a zone's name: the dash of two places joined, the middle dot of a border park. */
const JOINERS = charSet('-—–·');
const DE = code('的');
/** The longest own name read between `位于…的` and the suffix, and the longest address before that `的`. */
const OWN_NAME_MAX = 6;
const ADDRESS_MAX = 16;

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

/**
 * Start of the zone whose suffix is at `anchor`, introduced by where it lies (`位于某国某省的某某园区`): the
 * own name between `的` and the suffix, when `位于` opens the address before that `的` in the same
 * clause and the name is not a kind (`位于城东的工业园区`). Else -1.
 */
export function zoneIntroducedWhereItLies(text: string, anchor: number, floor: number): number {
  let de = anchor - 1;
  while (de >= floor && anchor - de <= OWN_NAME_MAX + 1 && isHan(text.charCodeAt(de)) && text.charCodeAt(de) !== DE) de--;
  const start = de + 1;
  if (de < floor || text.charCodeAt(de) !== DE || anchor - start < NAME_MIN || GENERIC.covers(text, start, anchor)) return -1;
  for (let k = de - 1; k >= floor && de - k <= ADDRESS_MAX + LOCATED.length; k--) {
    const c = text.charCodeAt(k);
    if (!isHan(c)) return -1;
    if (k > floor && text.startsWith(LOCATED, k - 1)) return k + 1 < de ? start : -1;
  }
  return -1;
}
