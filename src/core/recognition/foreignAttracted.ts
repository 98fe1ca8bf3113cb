// Capital attracted, stated in a foreign currency (guidelines, role `foreign`): a delegation's or a
// fair's haul (`招资X美元`, `从某国N家公司引进资金X美元`) names no kind of money, but capital brought in
// in dollars, euros or yen comes from abroad; domestic capital is counted in yuan. Reads only the
// few characters right before the amount.

/**
 * Words of capital attracted that name no kind (`招资`, `招商资金`, `引进资金`, `引资额`). Not
 * `招商引资`: a target of attracting all capital (`境内外招商引资总额X万美元`) is investment.
 */
const ATTRACTED_CAPITAL = ['招资', '招商资金', '引进资金', '引资额'];

/** What may stand between the words and the amount (`招商资金达`, `引进资金约`, `共计`). */
const BETWEEN = /^(?:总额|总计|共计|合计|共|为|达|达到|约|近|超|逾|超过|:|：|\s)*$/;

/** How far before the amount the words may end. */
const REACH = 8;
const LONGEST_WORD = 4;

/** Words that make the capital attracted both domestic and foreign (`境内外`, `内外资`). */
const BOTH_SOURCES = /境内外|内外资|国内外/;

/** How far before the words `BOTH_SOURCES` is read. */
const SOURCES_REACH = 6;

/**
 * An agreement's or a contract's word right before the capital attracted (`协议引进资金X美元`): the
 * guidelines' `协议资金`, signed money whatever its currency, which the contract cue gives it.
 */
const SIGNED_BEFORE = /(?:协议|合同|签约)$/;

/**
 * `成功地从10家公司引进资金1.41亿美元`: an amount in a foreign currency right after words of capital
 * attracted that name no kind is foreign capital.
 */
export function foreignAttracted(text: string, start: number, foreignCurrency: boolean): boolean {
  if (!foreignCurrency) return false;
  const from = Math.max(0, start - REACH - LONGEST_WORD);
  const window = text.slice(from, start);
  for (const word of ATTRACTED_CAPITAL) {
    const at = window.lastIndexOf(word);
    if (at < 0 || !BETWEEN.test(window.slice(at + word.length))) continue;
    const wordStart = from + at;
    const before = text.slice(Math.max(0, wordStart - SOURCES_REACH), wordStart);
    return !BOTH_SOURCES.test(before) && !SIGNED_BEFORE.test(before);
  }
  return false;
}
