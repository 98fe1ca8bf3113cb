// Programme zones: zones the state sets up for a programme, named after their place and the programme
// (`某某国家传感网创新示范区`, `某某人工智能创新应用先导区`, `某某深化两岸产业合作试验区`). Between the place and the
// suffix stands what the zone is for, longer than the short qualifier parks.ts reads after a place (three
// characters at most), and holding the programme's own verb (`深化` "deepen", `承接` "take in", `合作`), which
// ends the other names. So the prefix is scanned up to a boundary, as an industry park's is, and counts only
// when it opens with places we know: a description alone is a kind of zone (`国家生态文明示范区`), and a verb of
// the sentence before the place ends the scan (`积极推进某某…先导区建设`).

import { ADMIN_SUFFIX_CHARS, PROVINCE_NAMES } from '../lexicon/placeNames';
import { PARK_STOP_WORDS } from '../lexicon/boundaryWords';
import { charSet } from '../text';
import { WordMap } from '../wordMap';
import { extendLeft, scanOptions } from './nameScan';
import { GENERIC, PLACES } from './parkScan';

/** The verbs of a programme, read as name text inside a programme zone's prefix only. */
const PROGRAMME_VERBS = ['深化', '承接', '合作', '开发', '开放', '发展'];
const PROGRAMME_SCAN = scanOptions({ cap: 16, stopWords: PARK_STOP_WORDS, extraChars: '', protectedWords: PROGRAMME_VERBS });
const ADMIN = charSet(ADMIN_SUFFIX_CHARS);
/** Places opening the name: a chain of a few at most (`某省某市`). */
const PLACES_MAX = 3;
/** The programme between the places and the suffix: two to eight characters (`人工智能创新应用`). */
const PROGRAMME_MIN = 2;
const PROGRAMME_MAX = 8;
/** Ranks are no place, though the zone gazetteer lists them as qualifiers; the nation is the programme's title (`中国…示范区`). */
const NOT_PLACES = WordMap.of(['国家级', '省级', '国家', '中国']);

/**
 * Start of a programme zone whose suffix starts at `anchor` (`某某深化两岸产业合作试验区`), or -1: places we know
 * open the scanned prefix, then two to eight characters that are not all generic words.
 */
export function programmeZoneStart(text: string, anchor: number, floor: number): number {
  const start = extendLeft(text, anchor, floor, PROGRAMME_SCAN);
  const programme = afterPlaces(text, start, anchor);
  if (programme === start) return -1;
  const length = anchor - programme;
  if (length < PROGRAMME_MIN || length > PROGRAMME_MAX || GENERIC.covers(text, programme, anchor)) return -1;
  return start;
}

/** End of the places (each with its administrative suffix, if any) opening text[start, anchor); `start` when none. */
function afterPlaces(text: string, start: number, anchor: number): number {
  let k = start;
  for (let n = 0; n < PLACES_MAX; n++) {
    const place = PLACES.longestStartingAt(text, k, anchor);
    if (place === 0 || NOT_PLACES.longestStartingAt(text, k, anchor) > 0) break;
    k += place;
    if (k < anchor && ADMIN.has(text.charCodeAt(k))) k++;
  }
  return k;
}

/**
 * Provinces whose name is no city's too: the municipalities (`北京`, `重庆`) and `吉林` name a city, whose programme
 * zone is one zone.
 */
const PROVINCES = WordMap.of(PROVINCE_NAMES.filter((name) => !['北京', '天津', '上海', '重庆', '吉林'].includes(name)));
const SHENG = '省';

/**
 * Does the programme zone whose name is text[start, anchor) open with a province alone, the programme right after it
 * (`某省数字经济创新试验区`, `某省生态旅游先行区`)? A programme the state sets a whole province (guidelines: a zone
 * covering a whole province is an optional PARK, the gold sets leave it out); a city or county after the province
 * (`某省某市…示范区`) names one zone.
 */
export function wholeProvinceProgramme(text: string, start: number, anchor: number): boolean {
  const programme = afterPlaces(text, start, anchor);
  return programme > start && programme < anchor && provinceAlone(text, start, programme);
}

/**
 * Is text[start, end) a province alone, with or without 省?
 */
function provinceAlone(text: string, start: number, end: number): boolean {
  const province = PROVINCES.longestStartingAt(text, start, end);
  return province > 0 && (start + province === end || (start + province + 1 === end && text.startsWith(SHENG, start + province)));
}
