// An amount named only by a generic money word in a sentence about projects (guidelines, role `investment`).
/**
 * A generic money word (`资金 金额 总额`) right before the amount, through a bound or filler: it says the
 * figure is money, not which kind.
 */
const GENERIC_MONEY_BEFORE = /(?:资金|金额|总额|总金额)(?:达到|共计|合计|超过|达|为|共|计)?[约近超逾]?[:：]?$/;
/**
 * A summing word opening the amount's clause with no money word at all (`有32个合作项目落户某市,共计X`): the sum
 * of what the projects before it carry, as a generic money word would say.
 */
const SUM_OPENING = /[,，;；](?:共计|合计|总计)[约近超逾达]?$/;
/** How far before the amount GENERIC_MONEY_BEFORE is read. */
const GENERIC_REACH = 10;
const PROJECT_NOUN = '项目';

/** A signing: money after it is what was signed (moneyRole.ts, `signedTotal`), not what the projects invest. */
const SIGNING = /签约|签订|签下|签署|合同项目/;

/**
 * `实施225个城市更新项目建设,涉及资金X`, `开工项目126个,金额X`, `推出招商项目31个,金额达X`: money named only by a
 * generic word after projects in text[sStart, start), with no signing there, is what those projects invest. Reads
 * that window once (at most a sentence).
 */
export function projectsMoneyBefore(text: string, sStart: number, start: number): boolean {
  const lead = text.slice(Math.max(sStart, start - GENERIC_REACH), start);
  if (!GENERIC_MONEY_BEFORE.test(lead) && !SUM_OPENING.test(lead)) return false;
  const before = text.slice(sStart, start);
  return before.includes(PROJECT_NOUN) && !SIGNING.test(before);
}

/** Where a bare generic money word may stand: opening its clause, or after `涉及`. */
const BARE_GENERIC_BEFORE = /(?:^|[,，;；:：、]|涉及)(?:资金|金额|总额|总金额)(?:达到|共计|合计|超过|达|为|共|计)?[约近超逾]?$/;

/**
 * `签约资金X,引进项目53个,资金Y`: a clause opened by a bare generic money word, after projects that stand after
 * the cue of an earlier clause (ending at `cueEnd`), is those projects' money, not of the cue's kind. A word
 * qualifying the money (`支持资金`, `扶持资金`) leaves it to the cue, and so do projects the cue names the kind of
 * (`兑现奖补资金项目47个,涉及资金X`: funding projects, their money is funding).
 */
export function projectsMoneyAfterCue(text: string, cueEnd: number, start: number): boolean {
  if (text.startsWith(PROJECT_NOUN, cueEnd)) return false;
  return BARE_GENERIC_BEFORE.test(text.slice(Math.max(cueEnd, start - GENERIC_REACH), start)) && projectsMoneyBefore(text, cueEnd, start);
}
