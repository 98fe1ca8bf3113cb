// A zone the article names with its place is written again without it: `记者从昆明空港经济区获悉…今年1-7月,空港经济区
// 一般公共预算收入…`, `西安国际港务区` … `走进国际港务区`, `泉州台商投资区` … `由台商投资区管理委员会`. The place is the
// city the zone lies in; what follows it (the zone's own name and its suffix) names the zone for the rest of the article.
// Alone, that writing has no place in front, so the sentence reading takes it for the generic noun. Read once per
// article, for the parks the article names (parksAcrossParagraphs.ts), never for a kind of zone: the remainder must keep
// a name of its own before its suffix (`空港` in `空港经济区`), not the kind spelled out (`经济技术开发区`, `工业园区`).
import { foldedText } from '../fold';
import { isHan } from '../text';
import { WordMap } from '../wordMap';
import { ADMIN_SUFFIX_CHARS } from '../lexicon/placeNames';
import { INDUSTRY_WORDS } from '../lexicon/genericWords';
import { AREA_SET, GENERIC, PLACES, ZONE_SET } from './parkScan';

/** Shortest remainder carried: an own name of two units and a suffix of three or more (`空港经济区`). */
const MIN_REMAINDER = 5;

/**
 * Words that spell out a zone's kind before its shortest suffix, beyond the generic ones: `经济开发区`,
 * `自由贸易试验区`, `综合保税区`, `出口加工区`, `新技术开发区` name a kind of zone, not one.
 */
const KIND_HEADS = WordMap.of(['经济', '自由贸易', '自贸', '保税', '出口', '加工', '技术', '新技术', '高新技术产业', '国家']);
const TRADES = WordMap.of(INDUSTRY_WORDS);

/**
 * The park's name without its leading place (`昆明空港经济区` → `空港经济区`), when what remains still names the zone:
 * an own name before the suffix. Undefined when the name opens with no place we know, or the remainder is a kind.
 */
export function nameWithoutPlace(name: string): string | undefined {
  const folded = foldedText(name);
  let cut = PLACES.longestStartingAt(folded, 0);
  if (cut === 0) return undefined;
  if (cut < folded.length && ADMIN_SUFFIX_CHARS.includes(folded[cut])) cut++;
  if (folded.length - cut < MIN_REMAINDER) return undefined;
  const head = folded.slice(cut, folded.length - shortestSuffix(folded, cut));
  // `中国(某省)自由贸易试验区`: a bracket after the place belongs to the name's place chain, not to an own name
  if (head.length === 0 || !isHan(head.charCodeAt(0)) || PLACES.startingAt(head, 0) !== undefined) return undefined;
  if (GENERIC.covers(head, 0, head.length) || KIND_HEADS.covers(head, 0, head.length) || TRADES.covers(head, 0, head.length)) return undefined;
  return name.slice(cut);
}

/** Verbs that place a firm or a project in a zone, right before its name (`签约落户某某投资区`). */
const SETTLING_VERBS = WordMap.of(['落户', '落户于', '落户在', '落地', '入驻', '进驻', '位于', '坐落于', '迁入', '搬迁至']);
/** Longest settling verb, read back from a writing. */
const VERB_MAX = 3;

/**
 * Is the zone's name without its place, at text[at, end), written where only one zone can be meant: a verb settles a
 * project or a firm in it (`签约落户某某投资区`)? A kind noun is not settled in: `作某某经济区推介` names no zone,
 * `落户临空经济区` names the article's. One such writing is enough.
 */
export function settledInZone(text: string, at: number): boolean {
  const before = foldedText(text.slice(Math.max(0, at - VERB_MAX), at));
  return SETTLING_VERBS.longestEndingAt(before, before.length) > 0;
}

/** Length of the shortest zone or area suffix ending the name after `from` (`经济区` of `空港经济区`), 0 for none. */
function shortestSuffix(folded: string, from: number): number {
  for (let at = folded.length - 2; at > from; at--) {
    for (const set of [ZONE_SET, AREA_SET]) {
      if (set.longestStartingAt(folded, at) === folded.length - at) return folded.length - at;
    }
  }
  return 0;
}
