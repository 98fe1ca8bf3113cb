// `某庆市长寿经济技术开发区`: a title made of an administrative level and 长 (`市长 县长 区长 省长`) is a boundary of names, but
// where its level character closes a place we know (`某庆市`) it is no title: the level is that place's, and its 长 is
// left to open the next name (`长寿…`), so the zone's chain of places is not cut there. After anything else (`副市长`,
// a name) the title stands.

import { WordMap } from '../wordMap';
import { PLACES } from './parkScan';

const LEVEL_TITLES = WordMap.of(['市长', '县长', '区长', '省长']);
/** The title's length: a level character and 长. */
const TITLE_LENGTH = 2;

/** Is the boundary word ending at `at + 1` a level title across two places: a place we know and its level, then a place opening with 长? */
export function titleAcrossPlaces(text: string, at: number): boolean {
  if (LEVEL_TITLES.longestEndingAt(text, at + 1) !== TITLE_LENGTH) return false;
  return PLACES.longestEndingAt(text, at - 1) > 0;
}
