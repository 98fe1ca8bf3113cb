// What the park finders share (parks.ts and the rules split from it): the leftward scan of a park's
// prefix and the words that alone name a kind of park, not one.

import { PARK_STOP_WORDS, TRADES_HOLDING_PARK_STOPS } from '../lexicon/boundaryWords';
import { AREA_SUFFIXES, PLACE_ONLY_ZONE_SUFFIXES, PLACED_HEADS, ZONE_SUFFIXES } from '../lexicon/parkSuffixes';
import { MAJOR_PLACES, PLACE_NAMES } from '../lexicon/placeNames';
import { ZONE_QUALIFIERS } from '../lexicon/nationalZones';
import { DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS } from '../lexicon/genericWords';
import { WordMap } from '../wordMap';
import { scanOptions } from './nameScan';

// `产业合作园`: 产业/工业 alone say no more than the suffix (an industry names a park: `锂电产业园`).
// `高新技术产业园`, `经济技术产业集聚区`: the kind of zone spelled out, no name.
// `科技产业园区`, `科学工业园区`, `创新型产业园区`, `创业产业园`: science, novelty and start-ups alone name a
// kind of park, not one; so does a scale (`规模化产业园区`: 规模 and 化), and a zone's function (`首个功能新区`).
// A zone's kind before another (`经开区新区`) names none, nor do both places together (`两地合作创新区`),
// nor importance or merit (`该项目的重要产业园之一`, `全省优秀开发区`, an award) or a park's purpose of taking in relocated industry (`产业转移工业园`),
// nor a park's state, where it lies abroad or its category (`低效工业园改造`, `海外工业园开发`, `成长型特色产业园区`),
// nor trade alone (`境外经贸合作区`, a kind of zone abroad), nor the border's residents (`边民互市贸易区`, the kind of trade zone).
// A head that is also a common word (`智谷`, PLACED_HEADS) is an own name in front of a suffix (`某谷科技产业园`), no kind.
export const GENERIC = WordMap.of(DETERMINER_WORDS, ADMIN_WORDS, QUALITY_WORDS, AREA_SUFFIXES.filter((w) => !PLACED_HEADS.includes(w)), ZONE_SUFFIXES, ['产业', '工业', '高新技术', '经济技术', '高科技', '科技', '科学', '创新型', '新型', '创新', '创业', '规模', '功能', '两地', '重要', '转移', '优秀', '低效', '海外', '成长型', '经贸', '边民']);

const LEVEL_AFTER_WORD = new Set(['县', '市', '区']);
const PARK_STOP_SET = new Set(PARK_STOP_WORDS);
const LONGEST_PARK_STOP = PARK_STOP_WORDS.reduce((max, word) => Math.max(max, word.length), 0);

/**
 * Places whose name holds a park boundary word (`大同` holds `同`, `和田` holds `和`): read whole before a park
 * suffix, so the city stays at the head of its park (`大同医药工业园`) instead of being cut at the conjunction.
 * A place that is only the word and its level (`和县`) is left out: `园区和县域…` is "and the county's".
 */
export const PLACES_HOLDING_PARK_STOPS: readonly string[] = PLACE_NAMES.filter(holdsParkStop);

/**
 * Does `place` hold a park boundary word, other than as the whole place but its level? Each stretch of the place
 * (a few units) is looked up among the words, not each word searched for in every place: the list is built at
 * load, in every process, and a thousand places times a hundred words was a cost of its own there.
 */
function holdsParkStop(place: string): boolean {
  for (let start = 0; start < place.length; start++) {
    for (let end = start + 1; end <= place.length && end - start <= LONGEST_PARK_STOP; end++) {
      if (PARK_STOP_SET.has(place.slice(start, end)) && !LEVEL_AFTER_WORD.has(place.slice(end - start))) return true;
    }
  }
  return false;
}

/** The scan of a park's prefix: boundaries for parks, the middle dot of a border park joining two places. */
export const AREA_SCAN = scanOptions({
  cap: 18,
  stopWords: PARK_STOP_WORDS,
  extraChars: '·',
  // a place or a trade holding a boundary word is read whole (`大同医药工业园`, `某市新型显示产业园`)
  protectedWords: [...PLACES_HOLDING_PARK_STOPS, ...TRADES_HOLDING_PARK_STOPS],
});

/** Places and the gazetteer's qualifiers (`火炬`, `东湖`), places alone, and provinces and prefecture-level cities. */
export const PLACES_AND_QUALIFIERS = WordMap.of(PLACE_NAMES, ZONE_QUALIFIERS);
export const PLACES = WordMap.of(PLACE_NAMES);
export const MAJOR = WordMap.of(MAJOR_PLACES);

/** Zone suffixes (`高新区`), those a place alone may open (`园区` after a known place), and area suffixes (`产业园`). */
export const ZONE_SET = WordMap.of(ZONE_SUFFIXES);
export const PLACE_ONLY_SET = WordMap.of(PLACE_ONLY_ZONE_SUFFIXES);
export const AREA_SET = WordMap.of(AREA_SUFFIXES);
