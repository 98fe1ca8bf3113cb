// `协议外资500万美元以上的达6个`, `投资额超过2000万美元的有35家`, `介于300-500万美元之间的有2个`: a bound or a
// range, `的`, then straight away how many reach it, the class noun left to the sentence: the amount sorts
// projects or firms by size (a `threshold`), nothing is spent. Small window after one amount.
import { code, isHan, unitAt } from '../text';
import { DE, isCountDigit } from './moneyCues';
import { countAt } from './sizeClass';

/** How many Han characters of a verb may stand between `的` and the count (`的有2个`, `的已有7家`, `的分别为11个`). */
const MAX_VERB = 3;

/** A range's closing word before its `的` (`介于X之间的`). */
const BETWEEN = '之间';

/** `的第2个`: an ordinal, no count. */
const ORDINAL = code('第');

/** `N个` measuring time or a share (`6个月`, `3个百分点`), or a count of one (`的一家企业`: one firm's money). */
const NOT_A_CLASS_COUNT = /^(?:[0-9〇零一二两三四五六七八九十百千]+[个项家批只宗](?:月|百分点|工作日|小时)|(?:1|一)[个项家批只宗])/;

/** Words that may join a count to the next (`分别为11个和9个`). */
const JOINING = /^[和及与]/;

/**
 * `的达6个。`, `的分别为11个和9个`: the count closes its phrase, no class noun after it; with one
 * (`总投资超X的9个项目`) the amount is what those projects add up to.
 */
function countClosesPhrase(text: string, k: number): boolean {
  let q = k;
  while (q < text.length && isCountDigit(text.charCodeAt(q))) q++;
  q++;
  return q >= text.length || !isHan(text.charCodeAt(q)) || JOINING.test(text.slice(q, q + 1));
}

/**
 * True when the amount is bounded (a bound before or after it) or a range, and `的` after it (past
 * `之间`) is followed, within MAX_VERB Han characters of a verb, by a count of more than one.
 */
export function boundThenCount(text: string, p: number, bounded: boolean): boolean {
  if (!bounded) return false;
  const q = text.startsWith(BETWEEN, p) ? p + BETWEEN.length : p;
  if (unitAt(text, q) !== DE) return false;
  for (let k = q + 1; k <= q + 1 + MAX_VERB && k < text.length; k++) {
    if (countAt(text, k)) return !NOT_A_CLASS_COUNT.test(text.slice(k, k + 10)) && countClosesPhrase(text, k);
    const c = text.charCodeAt(k);
    if (!isHan(c) || c === ORDINAL) return false;
  }
  return false;
}
