// One agreement signed, then its investment: `C公司与某县签订合作协议,计划投资X`, `A集团与某市政府签署战略合作
// 协定,总投资X`, `某区与A公司、B公司签署框架协议,投资额达X`. The clause before the amount signs one
// agreement, however many parties sign it (a joint venture is one deal), and the amount's clause is nothing but
// the deal's investment: the amount is that deal's, one item (guidelines, `scope`: `item` when it belongs to one
// project or company), though the sentence names no project. Not when the signing is counted or spread
// (`8个项目签订了协议`, `13家单位签约`, `分别与A、B签订协议`, `集中签约`): then it is their sum. Read on the
// amount's sentence only, from its last `其中`: a few dozen units per amount. So is one thing settling at a place
// (`某某众创城落户某县,计划总投资X`), not several listed or counted (`A、B等7个项目落户某区,总投资X`).
import { foldedStretch } from '../fold';
import { charSet, isClauseEnd } from '../text';
import { wordsMark } from './windowMarks';

/** Farthest back (UTF-16 units) the amount's own clause is read. */
const MAX_CLAUSE = 16;

/** The amount's clause holds only the deal's investment (`计划投资`, `预计总投资`, `投资额达`). */
const DEAL_INVESTMENT_ONLY = /^\s*(?:(?:该|此)?项目)?(?:计划|预计|拟|意向|协议)?总?投资(?:额|总额|金额|规模)?(?:将)?(?:达到|达|为|约|近|逾|超过|超)?$/;

/** The clause before ends on the agreement signed (`签订合作协议`, `签署《…协议》`). */
const AGREEMENT_SIGNED = /(?:签订|签署|签约|达成)[^,，、;；]{0,30}(?:协议|协定|合同|备忘录)[》”"]?$/;

/**
 * The clause before ends on one thing settling at a place (`某某众创城落户某县某镇`, `…项目,落地某某自贸临空区`): the
 * thing settled is one project, as one agreement signed is one deal.
 */
const SETTLED_AT = /(?:落户|落地|入驻)[^,，、;；:：]{1,14}$/;
/** What makes the things settling several: a list or a word for several (a count is SEVERAL_DEALS'). */
const SEVERAL_SETTLING = /、|等|这些|上述|多个|多家|一批|若干/;

/**
 * A window may hold the verb AGREEMENT_SIGNED or SETTLED_AT opens with: most windows have neither, and then the
 * clause before the amount is not folded and read.
 */
const SIGNED_OR_SETTLED_MARK = wordsMark(['签订', '签署', '签约', '达成', '落户', '落地', '入驻']);

/** A signing counted, spread or held as a batch: several deals. */
const SEVERAL_DEALS = /[0-9０-９一二两三四五六七八九十百千几多]+(?:个|家|项|宗|批|组|份)|分别|集中|共有|共计|共签|共达成|等企业|等单位|各/;

/**
 * The `资` of `投资` in text[lo, hi), or a unit whose fold may hold it (`資`, an entity's `&`): DEAL_INVESTMENT_ONLY
 * needs it, most clauses have none.
 */
function investedBetween(text: string, lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (INVEST_ZI.has(text.charCodeAt(i))) return true;
  return false;
}

const INVEST_ZI = charSet('资資&');

/**
 * Whether the amount at `start`, whose sentence starts at `sStart`, is the investment of the one agreement
 * its clause right before signs (above); `marks` are windowMarks' of a window holding the sentence before it.
 */
export function oneAgreementSigned(text: string, sStart: number, start: number, marks: number): boolean {
  if ((marks & SIGNED_OR_SETTLED_MARK) === 0) return false;
  let head = start;
  while (head > sStart && start - head < MAX_CLAUSE && !isClauseEnd(text.charCodeAt(head - 1))) head--;
  const comma = text.charCodeAt(head - 1);
  if (head <= sStart || (comma !== 0x2c && comma !== 0xff0c) || !investedBetween(text, head, start) || !DEAL_INVESTMENT_ONLY.test(foldedStretch(text, head, start))) return false;
  const before = foldedStretch(text, sStart, head - 1);
  const among = before.lastIndexOf('其中');
  const signing = among >= 0 ? before.slice(among + 2) : before;
  if (SEVERAL_DEALS.test(signing)) return false;
  return AGREEMENT_SIGNED.test(signing) || (SETTLED_AT.test(signing) && !SEVERAL_SETTLING.test(signing));
}
