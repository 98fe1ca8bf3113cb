// One company's deal over a list of works (scope, see moneyScope.ts): `其中,某县与C有限公司就路网工程、综合管廊
// 及配套工程等开展合作,投资额X` — the works are listed, but the money is what one partner signed for, its
// `item`; `分别与A、B签订` or two companies joined (`与A公司和B公司`) stay several.
import { charSet, code, isClauseEnd } from '../text';
import { CLAUSE_LEAD, isCompanyHead } from './moneyCues';

const YU = code('与');
/** `其中` opening the amount's part: a part of the sum before, said of one partner. */
const QI_ZHONG = '其中';
/** How far into its clause the partner's `与` may stand (after the government signing: `某某县`). */
const YU_REACH = 10;
/** How long the partner's name may be. */
const NAME_REACH = 24;
/** What joins a second partner to the first (`与A公司、B公司`, `与A集团和B集团`). */
const ANOTHER_PARTNER = charSet('、和及与');
/** `分别与`: one deal with each of several partners, their sum. */
const EACH = '分别';

/**
 * The amount's window (from `lo`) opens, in its first clause, with `与` and one company's name (`公司`, `集团`)
 * joined to no other partner: the money of the clauses after it is that company's deal.
 */
export function oneCompanysDeal(text: string, lo: number, start: number): boolean {
  let k = lo;
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (text.startsWith(QI_ZHONG, k)) k += QI_ZHONG.length;
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const clauseEnd = Math.min(start, k + YU_REACH + NAME_REACH);
  let yu = k;
  while (yu < clauseEnd && yu - k <= YU_REACH && text.charCodeAt(yu) !== YU && !isClauseEnd(text.charCodeAt(yu))) yu++;
  if (text.charCodeAt(yu) !== YU || text.startsWith(EACH, yu - EACH.length)) return false;
  for (let h = yu + 3; h < Math.min(start, yu + NAME_REACH); h++) {
    if (isClauseEnd(text.charCodeAt(h))) return false;
    if (isCompanyHead(text, h)) return !ANOTHER_PARTNER.has(text.charCodeAt(h + 2));
  }
  return false;
}
