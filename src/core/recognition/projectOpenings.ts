// What may stand before a project's name without being part of it (a one-character connective), and the
// places that may open one.
import { PLACE_NAMES } from '../lexicon/placeNames';
import { charSet } from '../text';
import { WordMap } from '../wordMap';

const PLACE_ONLY = WordMap.of(PLACE_NAMES);

/** A known place starts at `at` (`即墨…`, `中国电子泸州产业园` read from `泸州`). */
export function startsAtPlace(text: string, at: number): boolean {
  return PLACE_ONLY.longestStartingAt(text, at) > 0;
}

/**
 * `项目1个,即P项目`, `继P项目、Q项目之后`, `开工仪式暨P项目…`: a one-character connective (`即` "namely",
 * `继` "after", `暨` "and") opening a candidate joins it to the clause before; the name starts after it,
 * unless a place opens the name there (`即墨`).
 */
export function afterOpeningConnective(text: string, start: number, anchor: number): number {
  if (!OPENING_CONNECTIVES.has(text.charCodeAt(start)) || anchor - start < 4 || startsAtPlace(text, start)) return start;
  return start + 1;
}

const OPENING_CONNECTIVES = charSet('即继繼暨');
