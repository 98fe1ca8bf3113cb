// `…项目到位资金3477亿元。排名前五的产业链为:A(1177.75亿元)、B(659.13亿元)、…`: a ranking of
// industries, sectors or places by the figure of the sentence before. Each bracketed amount is
// that kind of money (its role) and one category's total (aggregate, guidelines: a category total
// is aggregate), not one listed project's. Reads a bounded window around one amount.
import type { MoneyRole } from '../types';
import { isSentenceEnd, runStart } from '../text';
import { bracketedAfterName, cueBefore, MAX_WINDOW, sentenceStart } from './moneyCues';

/**
 * The opening of a ranking sentence: an optional lead (`其中,`), a rank word and how many ranks (or
 * ranks counted in places, `对华投资前十位国家`), then the kind of thing ranked. Projects and firms are not categories, so they are not listed.
 */
const RANKED_CATEGORIES =
  /^[^，,。:：]{0,8}?(?:(?:排名|排在|位居|位列|居)前[一二三四五六七八九十\d]{1,2}[位名]?|前[一二三四五六七八九十\d]{1,2}[位名])的?(?:重点)?(?:产业链|产业|行业|领域|板块|城市|市州|县区|区县|县市区|地区|省份|国家)/;

/** How many characters of the ranking's opening are read. */
const OPENING_REACH = 32;

/**
 * Where the ranking sentence holding the amount begins, or -1 when the amount is not a bracketed
 * item of a ranking of categories. Its heading may lie beyond the usual window (a long list),
 * so it is read at most twice as far back, inside the sentence.
 */
export function rankedCategoryHead(text: string, start: number, afterEnd: number): number {
  if (!bracketedAfterName(text, start, afterEnd)) return -1;
  const head = runStart(text, start, isSentenceEnd, Math.max(0, start - 2 * MAX_WINDOW));
  return RANKED_CATEGORIES.test(text.slice(head, Math.min(start, head + OPENING_REACH))) ? head : -1;
}

/**
 * The role of a ranked category's amount: the kind of money the sentence before counts (its
 * nearest cue to the end), which the ranking splits. Undefined when the ranking opens the text.
 */
export function rankedFigureRole(text: string, start: number, afterEnd: number): MoneyRole | undefined {
  const head = rankedCategoryHead(text, start, afterEnd);
  if (head <= 0 || !isSentenceEnd(text.charCodeAt(head - 1))) return undefined;
  return cueBefore(text, head - 1, sentenceStart(text, head - 1))?.role;
}
