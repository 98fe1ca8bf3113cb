// Partners in one deed (`由A和B共同投资`, `A将与B、C一起,投资X`, `A与B合资X`): the company named first is the
// subject of the joint deed, the others are said as its partners (`与`, `和`, `、`), so the money is the lead
// partner's (guidelines: the company link is the investor; a news story names the one that leads first). A rule that
// reached a later partner (the name nearest the amount) hands the amount to the first one instead.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/**
 * After the last partner, in its clause: the money is put in together (`共同投资`, `一起,投资X`, `联合开发`, `合资X`), or
 * the partners sign for it (`A与B签订X的P项目`: the firm named first is the subject that signs, the investor bringing
 * the project; the other is the party it signs with); not something else done together (`一起考察`), nor a joint company
 * set up (`合资成立`, `共同出资设立C`), whose money is its own.
 */
const TOGETHER_AFTER = /^[^,;:。]{0,3}?(?:(?:一起|一同|共同|联合|合作|携手)\s*,?\s*(?:投资|出资|投建|建设|兴建|开发|打造)(?![^,;:。]{0,4}(?:设立|成立|组建))|合资(?!成立|设立|组建|公司))/;
/**
 * After the last partner, in its clause: the partners sign for the money itself, the figure right after the verb
 * (`A与B签订X的P项目`); not an agreement signed first, its money said in a clause of its own
 * (`A与B签订合作协议,计划投资X`: the rules that read the signing give it).
 */
const SIGN_AFTER = /^[^,;:。]{0,3}?(?:签订|签约|签署)了?\s*\d/;
/**
 * Before the first signer: a party it signs with, or `分别` (`K分别与A、B签约投资X、Y`): the signers are the objects of
 * another's signing, each with its own money, not partners led by the first.
 */
const PARTY_BEFORE = /(?:[与和同及、]|分别)\s*$/;
/** How far after the company the words of investing together are read (folded units). */
const TOGETHER_REACH = 14;
/**
 * Between two partners, in one clause: a joiner (`与 和 同 及 、`), an intention before it at most (`A将与B`), and other
 * partners the recogniser left out after it (`A将与某某、某县国有B`).
 */
const PARTNER_GAP = /^\s*(?:将|亦|拟|也|已|还)?\s*(?:与|和|同|及|、)[^,;:。]{0,12}$/;

/**
 * The lead partner of `company`, the company a rule tied an amount to: when it is the last of partners doing the deed
 * together (`A与B共同投资`), the first of them; else the company itself. The word of doing together is tested first.
 */
export function leadPartner(ctx: LinkContext, company: LinkSpan): LinkSpan {
  const after = ctx.structure.after(company.entity.end, TOGETHER_REACH);
  const together = TOGETHER_AFTER.test(after);
  if (!together && !SIGN_AFTER.test(after)) return company;
  let lead = company;
  for (let j = company.pos - 1; j >= 0; j--) {
    const span = ctx.spans[j];
    if (span.sentence !== company.sentence || span.entity.label !== 'COMPANY') break;
    const gap = ctx.structure.gap(span.entity.end, lead.entity.start);
    if (gap === undefined || !PARTNER_GAP.test(gap)) break;
    if (span.named) lead = span;
  }
  return together || !PARTY_BEFORE.test(ctx.structure.before(lead.entity.start, 4)) ? lead : company;
}
