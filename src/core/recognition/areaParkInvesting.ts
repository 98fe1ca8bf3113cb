// An area park's own name opening the amount's clause, right before its planned investment (`某某化工产业园规划总投资为X`,
// `；某某生物科技园计划投资X`): the park is built as one thing and the money is what building it costs, that one's item
// (scope, asked in moneyScope.ts next to a project named with its investment), whatever a zone named earlier in the
// sentence or another clause's count says. Area parks only (`产业园 科技园 创意园` …, named after an industry, an owner
// or a theme): a zone (`开发区`, `工业园区`, `园区`) states what its projects put in together, read elsewhere.
// Read over at most one short clause before the amount: no scan of the article.
import { charSet } from '../text';

/** How far before the amount the park's name and its cue may start. */
const OPENING_REACH = 32;

/**
 * The clause's opening (a clause mark, a space or the window's start), a name of two to sixteen Han characters ending
 * in an area park's head, then the planned investment's words and nothing else before the amount.
 */
const PARK_INVESTING = /(?:^|[,，;；。!！:：\s])[\u4e00-\u9fff]{2,16}?(?:产业园|科技园|创意园|物流园|生态园|示范园|创业园|创新园|产业城|科技城)(?:规划|计划|计画|预计)?总?投资(?:额|总额)?(?:为|约|达|将达)?$/;

/** The units a park head above ends with: most amounts have none of them before their cue and are passed at once. */
const HEAD_ENDS = charSet('园城');

/** `某某科技园计划总投资X`: an area park's name opens the amount's clause, right before its planned investment. */
export function areaParkInvesting(text: string, start: number): boolean {
  const from = Math.max(0, start - OPENING_REACH);
  let headEnd = false;
  for (let k = start - 1; k >= from && !headEnd; k--) headEnd = HEAD_ENDS.has(text.charCodeAt(k));
  return headEnd && PARK_INVESTING.test(text.slice(from, start));
}
