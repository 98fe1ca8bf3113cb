// A company's own figures dated before its name (`2019年1至8月,改制后的某某集团工程中标额X`), for an
// amount's scope (moneyScope.ts). ownFigures (scopeSubject.ts) reads a company named before the period
// word; here the period heads the sentence and the company named after it, right before its figure, is
// the subject: the amount is that company's, an item, though a period dates it. Small windows of folded
// text around one amount (see moneyCues.ts).
import { isClauseEnd } from '../text';
import { WordMap } from '../wordMap';
import { PERIOD_RANGE } from './aggregateWords';
import { isCompanyHead } from './moneyCues';
import { REGION_WIDE } from './regionStatistic';
import { PERIOD_WORDS } from './scopeSubject';
import { MONTH_MARK } from './windowMarks';

const PERIODS = WordMap.of(PERIOD_WORDS);

/** How far before the amount the company's name may end (its figure's words between: `工程中标额`). */
const FIRM_REACH = 16;

/**
 * A company (`…公司`, `…集团`, one firm, not `各公司`) named after a period word or a month range and
 * within FIRM_REACH before the amount, in the amount's sentence (from `max(lo, sStart)`), with no
 * region-wide word (`全市`) and nothing between the company and the amount that ends a clause.
 */
export function firmAfterPeriod(text: string, lo: number, sStart: number, start: number, marks: number): boolean {
  const from = Math.max(lo, sStart);
  const head = firmHeadBefore(text, Math.max(from, start - FIRM_REACH), start);
  if (head < 0 || REGION_WIDE.occursIn(text, from, start)) return false;
  return PERIODS.occursIn(text, from, head) || ((marks & MONTH_MARK) !== 0 && PERIOD_RANGE.test(text.slice(from, head)));
}

/** The last company head in text[from, start) with no clause end after it, else -1. */
function firmHeadBefore(text: string, from: number, start: number): number {
  for (let i = start - 2; i >= from; i--) {
    if (isClauseEnd(text.charCodeAt(i + 1))) return -1;
    if (isCompanyHead(text, i)) return KINDS_OF_FIRMS.endingAt(text, i, from) ? -1 : i;
  }
  return -1;
}

/** Words that make `公司` a kind of firms, many together (`上市公司`, `外资企业公司`), not one company. */
const KINDS_OF_FIRMS = WordMap.of(['上市', '上市柜', '上柜', '挂牌', '规上', '外资', '内资', '民营', '国有', '央企', '中资', '台资', '港资', '外商', '子']);
