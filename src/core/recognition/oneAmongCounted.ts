// One taken out of a counted collection (`在签约的12个项目中,某某基地项目占地55亩,投资总额X`, `这些项目中,P项目…`,
// `通过的五家投资案中,某电子大厂投资额高达X`): the amount after `…中,` is that one's, unless a count or a
// summing word after it makes a part of the collection again (`16个项目中,制造业项目9个,总投资X`), or only the
// collection's own money stands between (`56个签约项目中,签约项目到位资金X`: all of them, a sum).
// Reads the amount's sentence only (bounded by the window the scope rules use).
import { code } from '../text';
import { AMONG_MARK } from './windowMarks';

const ZHONG = code('中');

/**
 * A count of projects, companies or cases (or `十大`) right before `…项目中`, a few words of kind between; or
 * those just spoken of (`这些百亿项目中`, `上述项目中`), as good as counted.
 */
const COUNTED_COLLECTION = /(?:[0-9一二两三四五六七八九十百]+[个家项件]|[十百]大|这些|这批|上述)[^,，。;；]{0,12}(?:项目|企业|案)$/;

/** A count, or a word that sums, between `中,` and the amount: a part of several again. */
const SEVERAL_AGAIN = /[0-9一二两三四五六七八九十百]+ ?[个家项件宗]|共|合计|累计|分别|总计/;

/**
 * Only the collection's money between `中,` and the amount, no one taken out (`56个签约项目中,签约项目到位资金X`,
 * `N个项目中,到位资金X`): the whole collection's figure, a sum.
 */
const COLLECTIONS_OWN_MONEY = /^(?:签约|开工|在建|入园|落地)?(?:项目)?(?:实际)?(?:到位资金|总投资额?|投资总额|计划总投资|合同资金|签约资金|协议资金|签约金额)(?:达到|达|为|约)?$/;

/** How far before `中` the counted collection is read. */
const COLLECTION_REACH = 20;

/** The amount at `start` follows `N个项目中,` in its sentence (from `sStart`) with no count or summing word between. */
export function oneAmongCounted(text: string, sStart: number, start: number, marks: number): boolean {
  // `中` before a comma, as marked in a window holding the sentence (windowMarks.ts): most have none.
  if ((marks & AMONG_MARK) === 0) return false;
  for (let k = start - 2; k > sStart; k--) {
    if (text.charCodeAt(k) !== ZHONG || !isComma(text.charCodeAt(k + 1))) continue;
    if (!COUNTED_COLLECTION.test(text.slice(Math.max(sStart, k - COLLECTION_REACH), k))) return false;
    const between = text.slice(k + 2, start);
    return !SEVERAL_AGAIN.test(between) && !COLLECTIONS_OWN_MONEY.test(between);
  }
  return false;
}

function isComma(c: number): boolean {
  return c === 0x2c || c === 0xff0c;
}
