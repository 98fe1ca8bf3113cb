// A count or a determiner opening a project mention shows that it names no one project: `某新材料项目`,
// `又一物流项目` (one project left unnamed), `六大康养文旅项目`, `一大批外资项目` (a count of projects of a
// kind), `这批文旅项目` (a batch already counted), `26个增资项目` (a class counted). Each test reads a few
// units around the name's start only.
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
