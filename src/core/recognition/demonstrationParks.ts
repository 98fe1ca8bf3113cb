// A demonstration park (`某某生态纺织产业示范园`, `某某农业科技示范园`) is named after its place: the same words without
// one, or with the nation's (`国家…示范园`, `中国特色…示范园`), are a title a park earns or is built to (`高标准示范园区`),
// the kind, no park. So `示范园` (lexicon/parkSuffixes.ts) names a park only where its prefix opens with a place we know
// or the places it joins by their one-character names (`浙川…示范园`: jointParks.ts).

import { opensWithJointPlaces } from './jointParks';
import { PLACES } from './parkScan';

const DEMONSTRATION_PARK = '示范园';
/** The nation names a programme's title, no park's place (`中国特色…示范园`; `国家…示范园` opens with no place at all). */
const NATION = '中国';

/** Is the park from `start`, its suffix at `anchor`, a demonstration park whose prefix names no place (a title, no park)? */
export function unplacedDemonstrationPark(text: string, start: number, anchor: number): boolean {
  if (!text.startsWith(DEMONSTRATION_PARK, anchor)) return false;
  if (opensWithJointPlaces(text, start, anchor)) return false;
  return PLACES.longestStartingAt(text, start, anchor) === 0 || text.startsWith(NATION, start);
}
