// Items of a list whose amounts each introduce their own thing (`投资6亿元的某某数据中心、投资5亿元的某某车联网、
// 投资1亿元的某某旅游云等11个项目`, `总投资3000万美元的某某信、总投资1亿元的某某触摸屏`): every item repeats `投资X的`, so
// each amount is its item's, and the name after `的` is that PROJECT even with no word for a built thing at its end
// (`…车联网`, `…旅游云`, `…触摸屏`): the list itself says they are projects. An item is listed when `、` opens its
// `投资` or when another such item follows it (over `、` or `以及`; a `和` more often joins two firms). Read by `amountFacilityProjects.ts`.
import { isClauseEnd, isNumeral } from '../text';
import { WordMap } from '../wordMap';

/**
 * A joiner, then the next item's amount and its `的` (`、总投资1亿元的`, `以及投资8000万元的`, `、2.4亿元的`): read at one
 * place (sticky), a few dozen units at most.
 */
const NEXT_AMOUNT_ITEM =
  /(?:、|以及)(?:总投资|计划投资|投资)?(?:总额|额)?(?:为|达)?(?:约|近|超|逾)?[0-9.,一二两三四五六七八九十百千零点]{1,12}(?:多|余)?[万亿]{1,2}(?:元|美元|港元|欧元|日元)?(?:人民币)?(?:建设|兴建)?的/y;

/** Words that may stand between the list's `、` and the `投` of an item's `投资` (`、总投资`, `、计划投资`). */
const BEFORE_TOU = WordMap.of(['总', '计划', '协议']);
const DUN = '、'.charCodeAt(0);
/** A fund listed among projects is money raised, not a thing built (`fundFigures.ts` reads its figures). */
const FUND = '基金';

/** True when the `投资` whose `投` is at `tou` opens an item after the list's `、`. */
export function opensListItem(text: string, tou: number): boolean {
  const k = tou - BEFORE_TOU.longestEndingAt(text, tou, Math.max(0, tou - 2));
  return k > 0 && text.charCodeAt(k - 1) === DUN;
}

/** True when another amount-introduced item starts at `at` (its joiner first). */
export function nextAmountItemAt(text: string, at: number): boolean {
  NEXT_AMOUNT_ITEM.lastIndex = at;
  return NEXT_AMOUNT_ITEM.test(text);
}

/** Longest item name read; a name is three units at least (`某某信`). */
const ITEM_REACH = 30;
const MIN_ITEM_NAME = 3;
const NEWLINE = 0x0a;
/** A name holding `的` is a phrase, one holding `项` (`项目`) is the project scan's. */
const NOT_IN_NAME = new Set(['的', '项'].map((c) => c.charCodeAt(0)));

/**
 * The end of a listed item's name opening at `start`, or -1: closed by the next item, or (when `listed`, the item
 * itself opened by `、`) by `、`, `等`, an opening bracket, a clause mark, a count of projects (`两大项目`) or a verb of progress in
 * `afterName`. An item no other item stands beside is left to the facility reading.
 */
export function listItemNameEnd(text: string, start: number, listed: boolean, afterName: WordMap<true>): number {
  const limit = Math.min(text.length, start + ITEM_REACH);
  for (let k = start; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (k - start >= MIN_ITEM_NAME && closesItem(text, k, listed, afterName)) return text.startsWith(FUND, k - FUND.length) ? -1 : k;
    if (isClauseEnd(c) || c === NEWLINE || NOT_IN_NAME.has(c)) return -1;
  }
  return -1;
}

/** `等` and an opening bracket (`某某养殖场(占地80亩)`: what the bracket adds is no part of the item's name) end it. */
const ITEM_CLOSERS = new Set(['等', '(', '('].map((c) => c.charCodeAt(0)));

function closesItem(text: string, k: number, listed: boolean, afterName: WordMap<true>): boolean {
  if (nextAmountItemAt(text, k)) return true;
  if (!listed) return false;
  const c = text.charCodeAt(k);
  return isClauseEnd(c) || c === NEWLINE || ITEM_CLOSERS.has(c) || countedProjectsAt(text, k) || afterName.startingAt(text, k) !== undefined;
}

const COUNT_WORDS = new Set(['个', '大', '项'].map((c) => c.charCodeAt(0)));
const XIANG_MU = '项目';
const MAX_COUNT_UNITS = 3;

/** A count of the listed projects at `k` (`两大项目`, `3个项目`). */
function countedProjectsAt(text: string, k: number): boolean {
  let i = k;
  while (i < text.length && i - k < MAX_COUNT_UNITS && isNumeral(text.charCodeAt(i))) i++;
  return i > k && COUNT_WORDS.has(text.charCodeAt(i)) && text.startsWith(XIANG_MU, i + 1);
}
