// A demonstration park (`某某生态纺织产业示范园`, `某某农业科技示范园`) is named after its place: the same words without
// one are a title a park earns or is built to (`高标准示范园区`, `中小型企业发展示范园区`), the kind, no park. So `示范园`
// (lexicon/parkSuffixes.ts) names a park only where its prefix opens with a place we know or the places it joins by
// their one-character names (`浙川…示范园`: jointParks.ts).

import { opensWithJointPlaces } from './jointParks';
import { PLACES_AND_QUALIFIERS } from './parkScan';

const DEMONSTRATION_PARK = '示范园';

/** Is the park from `start`, its suffix at `anchor`, a demonstration park whose prefix names no place (a title, no park)? */
export function unplacedDemonstrationPark(text: string, start: number, anchor: number): boolean {
  if (!text.startsWith(DEMONSTRATION_PARK, anchor)) return false;
  return PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) === 0 && !opensWithJointPlaces(text, start, anchor);
}
