// A park a city builds inside another place's zone, named after both with a middle dot:
// `杭州·金华新区智能装备产业园` is Hangzhou's park in Jinhua's new area, one name. Read apart, the zone
// and the industry park after it would be two PARKs (a zone inside a zone); the place and `·` before the
// zone say that the zone's name is only part of the park's, so the whole is one industry park, and a
// project named after it (`共建杭州·金华新区智能装备产业园项目`) holds it whole.

import { code } from '../text';
import { lastSpan } from '../sortedSpans';
import { PLACES } from './parkScan';
import type { ParkSpan } from './parks';

const MIDDLE_DOT = code('·');
/** A place of one character is too often an ordinary character before a dot. */
const PLACE_MIN = 2;

/**
 * Start of the industry park starting at `start` right after the zone last in `spans` when that zone
 * follows a place and `·` (`某地·某某新区某某产业园`): the place's start, with the zone dropped from
 * `spans` (it is part of the one name). Else `start`, `spans` untouched.
 */
export function coBuiltParkStart(text: string, spans: ParkSpan[], start: number): number {
  const zone = lastSpan(spans);
  if (!zone?.zone || zone.end !== start || zone.zoneEnd !== undefined) return start;
  const dot = zone.start - 1;
  if (dot < PLACE_MIN || text.charCodeAt(dot) !== MIDDLE_DOT) return start;
  const before = spans.length > 1 ? spans[spans.length - 2].end : 0;
  const place = PLACES.longestEndingAt(text, dot, before);
  if (place < PLACE_MIN) return start;
  spans.pop();
  return dot - place;
}
