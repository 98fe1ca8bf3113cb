// A registered company written again as an abbreviation of its brand: `青湾精机集团` for
// `青川湾泉精密机械集团有限公司`, `华电公司` for `华北电力…有限公司`. Chinese abbreviations keep characters of the brand's words in their order and
// open with its first one, so the short form's head (before 公司 or 集团) is read as one when its characters are,
// in order, characters of the brand and the first is the brand's first (`registeredByHead` in linkContext.ts then
// asks that the brand be the article's only one so written).

/** Where a registered name's brand ends: its bracketed place or its legal form (`有限公司`, `股份…`). */
const BRAND_END = /[(（]|有限|股份/;

/**
 * Does `head` abbreviate the brand of the registered name `registered` (its place kept: `青川` opens `青湾`): the
 * same first character, then each later character of `head` in the brand, in order?
 */
export function abbreviates(head: string, registered: string): boolean {
  const end = registered.search(BRAND_END);
  const brand = end < 0 ? registered : registered.slice(0, end);
  if (head.length < 2 || brand.length <= head.length || head[0] !== brand[0]) return false;
  let at = 1;
  for (let k = 1; k < head.length; k++) {
    at = brand.indexOf(head[k], at) + 1;
    if (at === 0) return false;
  }
  return true;
}
