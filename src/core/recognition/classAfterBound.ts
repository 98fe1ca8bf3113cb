// Three shapes of a size class that name no generic kind the lexicon knows (see moneyThreshold.ts):
// a bound written after the amount, `的`, then any words of a kind before the class noun
// (`投资10亿元以上的重点民企工业项目`, `500万美元以上的大型项目5宗`); a bound or a range, `的`, then straight
// away how many reach it, the class noun left to the sentence (`协议外资500万美元以上的达6个`,
// `投资额超过2000万美元的有35家`, `介于300-500万美元之间的有2个`); and a count right before a verb of
// passing (`其中17件超过10亿元`: each of them passes it, nothing is summed). All read a few characters next
// to the amount only.
import { code, isHan, unitAt } from '../text';
import { DE, isCountDigit } from './moneyCues';
import { countAt } from './sizeClass';

/** Nouns a size class counts. */
const CLASS_NOUNS = ['项目', '企业', '厂商'];

/** Longest kind read between `的` and the class noun. */
const MAX_KIND = 10;

/**
 * `以上的` + Han characters + `项目`/`企业`, from `p` (right after `的`): projects or companies of that
 * size, whatever their kind, when they are several: listed before with `等` (`A、B等投资10亿元以上的…项目`)
 * or counted or given a share after (`…的大型项目5宗`, `…的合同项目占比超过九成`). One project named
 * there (`总投资8亿元以上的某某项目`) is that project's money. No digits or marks inside the kind.
 */
export function classNounAfterBound(text: string, p: number, start: number): boolean {
  for (let k = p; k <= p + MAX_KIND && k < text.length; k++) {
    const noun = CLASS_NOUNS.find((w) => text.startsWith(w, k));
    if (noun) return LISTED_BEFORE.test(text.slice(Math.max(0, start - LISTED_REACH), start)) || COUNTED_OR_SHARED.test(text.slice(k + noun.length, k + noun.length + 6)) || severalCountedRightBefore(text, start);
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

/** `等` closing a list a few Han characters before the amount (`…等投资`, `…等总投资`). */
const LISTED_BEFORE = /等[\u4e00-\u9fff]{0,3}$/;
const LISTED_REACH = 4;

/** A count (`5宗`, `有12个`, `共有9家`) or a share (`占比`, `占`) right after the class noun. */
const COUNTED_OR_SHARED = /^(?:(?:共有|[有共达])?[0-9一二两三四五六七八九十百]+[个家件项宗]|占)/;

/** How far before the amount a count of several is read (`30个`). */
const COUNT_BEFORE_REACH = 6;

/** A count of several right before the amount (`共有30个`), not one (`一个`) nor an ordinal (`第3个`). */
const SEVERAL_COUNTED_BEFORE = /(?<![0-9〇零一二两三四五六七八九十百第])(?:[2-9]|[1-9][0-9]+|[两三四五六七八九十][〇零一二两三四五六七八九十百]*)[个家项宗]$/;

/**
 * `共有30个5000万元以上的内资项目签约`: projects counted right before a bounded amount and its `的`, the class
 * noun after it: each of them is that large, a class of the counted ones.
 */
function severalCountedRightBefore(text: string, start: number): boolean {
  return SEVERAL_COUNTED_BEFORE.test(text.slice(Math.max(0, start - COUNT_BEFORE_REACH), start));
}

/**
 * A count and its unit right before the verb of passing that opens the amount (`其中17件超过`,
 * `有5个逾`), with `均`/`都` maybe between: each of the counted things passes the amount.
 */
const COUNT_PASSES = /(?<![0-9〇零一二两三四五六七八九十百])[0-9一二两三四五六七八九十百]+[个家件项宗](?:均|都)?(?:超过|超|逾|突破|过)$/;

/** `clause` (the amount's clause up to the amount) ends with a count passing the amount. */
export function countPassesAmount(clause: string): boolean {
  return COUNT_PASSES.test(clause);
}

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
