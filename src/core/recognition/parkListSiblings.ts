// A list of parks shares its heads: `甲地开发区、乙地文化区、丙地创新区等功能区`, `甲港区、乙港区、丙新港区4个港区`. An item the
// sentence's scan drops (an own name it does not know, a word it stops at) still stands where the list's other items are
// parks: between two parks, or after one and before the count or `等` that closes the list, an item of a name's length
// ending with the head character of the park beside it (`区`, `园`, `港` …) is a park of the list too. Read once per article
// over the entities found (consecutive parks and the gap between them), no scan of the text (parksAcrossParagraphs.ts).
import type { Entity } from '../types';
import { foldedText } from '../fold';
import { charSet, isHan, isNumeral } from '../text';
import { GENERIC } from './parkScan';

/** What separates list items (`、`), and what may join the last one (`和 及 与`). */
const SEPARATOR = charSet('、');
const LAST_JOINERS = charSet('、和及与');
/** An item's length: a place and a head at least (`某某港区`), a sentence at most. */
const ITEM_MIN = 3;
const ITEM_MAX = 8;
/** What closes a list after its last item: `等`, or a count (`4个港区`). */
const DENG = charSet('等');
const MEASURE = charSet('个個');

/** PARKs for the list items between or after parks that the sentence's reading dropped; [] when there are none. */
export function parkListSiblings(entities: readonly Entity[], text: string): Entity[] {
  const added: Entity[] = [];
  for (let k = 0; k < entities.length; k++) {
    const park = entities[k];
    if (park.label !== 'PARK' || !SEPARATOR.has(text.charCodeAt(park.end))) continue;
    const next = entities[k + 1];
    const end = next !== undefined && next.label === 'PARK' && next.start - park.end <= ITEM_MAX + 2 ? betweenParks(text, park, next) : afterLastPark(text, park, next);
    if (end > 0) added.push({ label: 'PARK', start: park.end + 1, end, text: text.slice(park.end + 1, end) });
    else for (const item of droppedRun(text, park, next)) added.push({ label: 'PARK', start: item.start, end: item.end, text: text.slice(item.start, item.end) });
  }
  return added;
}

/** End of the item between `park` and `next` (`、item、` or `、item和`), or -1. */
function betweenParks(text: string, park: Entity, next: Entity): number {
  const end = next.start - 1;
  if (!LAST_JOINERS.has(text.charCodeAt(end))) return -1;
  return isItem(text, park.end + 1, end, park, next) ? end : -1;
}

/** End of the last item after `park`, closed by `等` or a count (`、item等…`, `、item4个…`), or -1. */
function afterLastPark(text: string, park: Entity, next: Entity | undefined): number {
  const limit = Math.min(text.length, park.end + 1 + ITEM_MAX, next?.start ?? text.length);
  for (let end = park.end + 1 + ITEM_MIN; end <= limit; end++) {
    if (!isHan(text.charCodeAt(end - 1))) return -1;
    if (closesList(text, end)) return isItem(text, park.end + 1, end, park, undefined) ? end : -1;
  }
  return -1;
}

/** Does a list's closing word start at `at`: `等`, or a numeral and its measure word? */
function closesList(text: string, at: number): boolean {
  if (DENG.has(text.charCodeAt(at))) return true;
  let k = at;
  while (k < at + 3 && isNumeral(text.charCodeAt(k))) k++;
  return k > at && MEASURE.has(text.charCodeAt(k));
}

/** Is text[start, end) a park item: Han, of a name's length, ending with a neighbour's head character, not generic? */
function isItem(text: string, start: number, end: number, park: Entity, next: Entity | undefined): boolean {
  if (end - start < ITEM_MIN || end - start > ITEM_MAX) return false;
  for (let k = start; k < end; k++) if (!isHan(text.charCodeAt(k))) return false;
  const head = text.charCodeAt(end - 1);
  if (head !== text.charCodeAt(park.end - 1) && (next === undefined || head !== text.charCodeAt(next.end - 1))) return false;
  const folded = foldedText(text.slice(start, end));
  return !GENERIC.covers(folded, 0, folded.length) && GENERIC.longestStartingAt(folded, 0) === 0;
}

/** Most items of a dropped run read after one park (`A园区、B园区、C园区、D园区等`). */
const RUN_MAX = 6;

/**
 * Several items in a row the sentence's reading dropped (`甲园区、乙园区、丙园区等五个园区`): after a park, a run of
 * items separated by `、`, each ending with the park's head character, closed by the next park, by `等` or by a count,
 * is the list's parks too; a run left open (`、` then anything else) names none. Each item is read as one item is.
 */
function droppedRun(text: string, park: Entity, next: Entity | undefined): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  const stop = next?.start ?? text.length;
  let start = park.end + 1;
  while (items.length < RUN_MAX) {
    const limit = Math.min(stop, start + ITEM_MAX + 1);
    let end = start;
    while (end < limit && !SEPARATOR.has(text.charCodeAt(end)) && !closesList(text, end)) end++;
    if (end >= limit || !isItem(text, start, end, park, undefined)) return [];
    items.push({ start, end });
    if (closesList(text, end)) return items.length > 1 ? items : [];
    start = end + 1;
    if (next !== undefined && next.label === 'PARK' && start === next.start) return items.length > 1 ? items : [];
  }
  return [];
}
