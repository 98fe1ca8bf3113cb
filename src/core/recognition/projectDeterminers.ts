// A count or a determiner around a project mention shows that it names no one project: `某新材料项目`,
// `又一物流项目` (one project left unnamed), `六大康养文旅项目`, `一大批外资项目` (a count of projects of a kind),
// `这批文旅项目` (a batch already counted), `26个增资项目`, `两大项目`, `签约项目17个` (a class counted, before
// the name, right before 项目 or after it). Each test reads a few units around the name's start or its end only.
import { charSet, code, isDigit, isNumeral } from '../text';
import { WordMap } from '../wordMap';

/** `26个增资扩产项目` (also `26 个`, a space left by the page's layout): a counted mention names a class of projects. */
export function countedBefore(text: string, start: number): boolean {
  // `3家制鞋项目`: the scan stops at the digits, so the classifier opens the candidate.
  if (start > 0 && COUNT_CLASSIFIERS.has(text.charCodeAt(start)) && isDigit(text.charCodeAt(start - 1))) return true;
  if (start < 2 || !COUNT_CLASSIFIERS.has(text.charCodeAt(start - 1))) return false;
  const numeral = text.charCodeAt(start - 2) === 0x20 ? start - 3 : start - 2;
  return numeral >= 0 && isNumeral(text.charCodeAt(numeral));
}

/** Measure words counting projects (`26个`, `4家`, `这批`). */
export const COUNT_CLASSIFIERS = charSet('个项批宗家');

/**
 * Does the project name found at `start` open with, or follow, a determiner or a count that names no
 * one project? `floor` is where the name's scan may read back to.
 */
export function determinedName(text: string, start: number, floor: number): boolean {
  return indefiniteBefore(text, start, floor) || countOfKindsAt(text, start) || demonstrativeBatchAt(text, start, floor);
}

/**
 * `该高端材料项目`, `各村光伏发电项目`, `每天搜集项目…`: a demonstrative or a distributive right before a name
 * points back to a project named earlier (or to each of a class), so what follows it is a description, no
 * name (`该项目` is generic). So does a word taking in a whole class (`所有锂电产业链引进项目`, `上述…项目`).
 */
export function pointedBack(text: string, start: number): boolean {
  return start >= 1 && (POINTERS.has(text.charCodeAt(start - 1)) || WHOLE_CLASS.longestEndingAt(text, start, Math.max(0, start - 2)) > 0);
}

const POINTERS = charSet('该各每这');
/** Words that take in every project of a kind. */
const WHOLE_CLASS = WordMap.of(['所有', '上述', '这些', '這些', '全部']);

/**
 * `某新能源项目`, `又一“工改”项目`, `唯一的氢能装备项目`: an unnamed one among projects. A doubled `某某` is a
 * placeholder for a name, no determiner. (`另一…` is read by the park scan as the opening of a park's
 * name: left to it.)
 */
function indefiniteBefore(text: string, start: number, floor: number): boolean {
  if (text.charCodeAt(start) === MOU) return text.charCodeAt(start + 1) !== MOU && (start === 0 || text.charCodeAt(start - 1) !== MOU);
  return INDEFINITES.longestEndingAt(text, start, floor) > 0;
}

const MOU = code('某');
/** Determiners the name's scan stops before (`又一|…`, `唯一的|…`). */
const INDEFINITES = WordMap.of(['另一', '又一', '唯一的', '唯一一个']);

/**
 * `8大康养文旅项目`, `一大批外资项目`: a numeral and `大` count the projects of a kind (the scan stops at a
 * digit, so `大` may open the name).
 */
function countOfKindsAt(text: string, start: number): boolean {
  if (text.charCodeAt(start) === DA) return start > 0 && isNumeral(text.charCodeAt(start - 1));
  return isNumeral(text.charCodeAt(start)) && text.charCodeAt(start + 1) === DA;
}

const DA = code('大');

/** `这批康养文旅项目`, `该批项目`: a demonstrative and a classifier point back to a batch already counted. */
function demonstrativeBatchAt(text: string, start: number, floor: number): boolean {
  const classifier = COUNT_CLASSIFIERS.has(text.charCodeAt(start)) ? start : start - 1;
  return classifier - 1 >= floor && COUNT_CLASSIFIERS.has(text.charCodeAt(classifier)) && DEMONSTRATIVES.has(text.charCodeAt(classifier - 1));
}

const DEMONSTRATIVES = charSet('这该此那');

/**
 * `七项目落户`, `两大项目`: a Chinese numeral (with `大`) right before 项目 counts projects, whatever
 * precedes it (`A和B两大项目`); an ordinal (`第三项目`) or a phase (`三期项目`) is no count.
 */
export function countJustBefore(text: string, anchor: number): boolean {
  let k = anchor - 1;
  // `分三种项目类型` (`分三種項目` in Traditional text): a numeral with a measure word of kinds counts them as well.
  if (text.charCodeAt(k) === DA || KIND_MEASURES.has(text.charCodeAt(k))) k--;
  if (k < 0 || !COUNT_NUMERALS.has(text.charCodeAt(k))) return false;
  return text.charCodeAt(k - 1) !== DI && !isNumeral(text.charCodeAt(k - 1));
}

const DI = code('第');
const KIND_MEASURES = charSet('种種类類');
const COUNT_NUMERALS = charSet('两二三四五六七八九十');

/**
 * `A项目、B项目、C项目3项`: after the last of a list of named projects, the count counts the list;
 * the name stands (a class is never listed after names).
 */
export function lastOfNamedList(text: string, start: number): boolean {
  return start >= 3 && text.charCodeAt(start - 1) === 0x3001 /* 、 */ && text.startsWith('项目', start - 3);
}

const TOTAL_WORDS = WordMap.of(['共', '共有', '共计', '合计', '总计', '达', '达到']);

/** `签约项目17个`, `项目数22个`: a count after 项目 names a class of projects. */
export function countedAfter(text: string, end: number): boolean {
  let k = end;
  while (k < text.length && text.charCodeAt(k) === 0x20) k++;
  if (text.startsWith('数', k) || text.startsWith('总数', k)) return true;
  // `开工项目共有40个`, `产业项目共计78个`, `新增台资项目达597个`: a total said before the count counts the same class.
  k += TOTAL_WORDS.longestStartingAt(text, k, Math.min(text.length, k + 2));
  let digits = 0;
  while (k < text.length && isNumeral(text.charCodeAt(k)) && digits < 8) {
    k++;
    digits++;
  }
  // `基础设施项目 11 个`: the page's layout may leave a space before the classifier too.
  if (text.charCodeAt(k) === 0x20) k++;
  return digits > 0 && k < text.length && COUNT_CLASSIFIERS.has(text.charCodeAt(k));
}
