// What may stand before a project's name without being part of it (a one-character connective), and the
// places that may open one.
import { PLACE_NAMES } from '../lexicon/placeNames';
import { charSet, isHan } from '../text';
import { WordMap } from '../wordMap';
import { PROJECT_GENERIC } from './projectWords';

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

/**
 * `检查了该县某某镇污水处理厂项目`, `启动区某某项目`, `(来源:)区某某项目`: a lone `县 区 市` opening a candidate closes the
 * word before it (`该县`, `启动区`) or stands for "the county's", which names no project; the name starts after it,
 * unless a known place ends with it (`某某县`, read whole by the scan's place words) or a word opens with it (`市委`).
 */
export function afterLoneAreaWord(text: string, start: number, anchor: number): number {
  if (!LONE_AREA_WORDS.has(text.charCodeAt(start)) || anchor - start < 4 || !isHan(text.charCodeAt(start + 1))) return start;
  // `市委、市政府项目`: a generic word opening there (`市委`) keeps its first character for the generic test.
  if (PROJECT_GENERIC.longestStartingAt(text, start, anchor) > 1) return start;
  return PLACE_ONLY.longestEndingAt(text, start + 1, Math.max(0, start - 8)) > 0 ? start : start + 1;
}

const LONE_AREA_WORDS = charSet('县区市縣區');
