// An industry park with no place in its name, right after the whole country (`全国`, `中国`, `国家`, `国内`):
// `走在全国某某产业园区前列`, `国家火炬计划某某产业基地排名`, `是中国重要的A基地、B产业基地`. The
// country's parks of that trade are counted, ranked or titled, a kind of park, no one named (guidelines: a PARK is a
// named park; a bare generic noun is none). Read back from the park over a short stretch of its own clause only.
import { charSet } from '../text';
import { WordMap } from '../wordMap';
import { PLACES_AND_QUALIFIERS } from './parkScan';

/** The whole country, whose parks of a trade are a kind. */
const NATION = WordMap.of(['全国', '中国', '国家', '国内']);
/** What may stand between the country and the kind: a rank of importance, a national programme (`国家火炬计划`). */
const QUALIFIERS = WordMap.of(['重要的', '重要', '主要的', '主要', '火炬计划', '的']);
/** A list's joiner right before the park: the country read before the list's first item (`中国重要的A基地、B基地`). */
const LIST_JOINERS = charSet('、和及与');
const CLAUSE_BOUNDS = charSet(',，;；:：。!！?？\n(（“”"');
/** Longest stretch read back from the park for the country: a qualifier and one list item before it. */
const REACH = 16;

/**
 * Is the industry park whose prefix is text[start, anchor) a kind across the country: a prefix with no place, after the
 * country and at most a qualifier, or after them and other items of a list (the park right after a joiner)?
 */
export function nationwideKind(text: string, start: number, anchor: number): boolean {
  if (start === anchor || PLACES_AND_QUALIFIERS.longestStartingAt(text, start, anchor) > 0) return false;
  const listed = start > 0 && LIST_JOINERS.has(text.charCodeAt(start - 1));
  const min = Math.max(0, start - REACH);
  for (let k = start; k >= min + 2; k--) {
    if (k < start && CLAUSE_BOUNDS.has(text.charCodeAt(k))) return false;
    if (NATION.longestEndingAt(text, k, min) === 0) continue;
    const after = k + QUALIFIERS.longestStartingAt(text, k, start);
    if (after === start || (listed && after < start)) return true;
  }
  return false;
}
