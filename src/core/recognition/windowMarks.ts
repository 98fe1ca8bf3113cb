// The few units that scope rules key on (scopeSubject.ts: `singledOut`, `oneCountedNamed`, `namedOneOfKind`,
// `sizeClassSubject`, `firmsListed`; oneAmongCounted.ts; aggregateWords.ts: `periodRangeIn`), read in one scan
// of an amount's window (see moneyScope.ts): each rule would otherwise scan the window for its own, and most
// windows hold none. A mark only says a rule's pattern may match somewhere in the window; the rule still reads
// its own part of it.
import { charSet, code } from '../text';

/** `最大` (a superlative: `投资最大的项目为P`). */
export const SUPERLATIVE_MARK = 1;
/** `如` (an example: `如P项目`). */
export const EXAMPLE_MARK = 2;
/** `1` or `一` right before `个`, `项` or `家` (a count of one: `央企项目1个,为P项目`). */
export const ONE_COUNTED_MARK = 4;
/** `目` right before `是`, `为` or `系` (`P项目是…项目之一`). */
export const PROJECT_IS_MARK = 8;
/** `中` right before a comma (`12个项目中,`). */
export const AMONG_MARK = 16;
/** `以` right before `上` or `下` (a size class: `1000万以上项目`). */
export const BOUND_MARK = 32;
/** `月` (a reporting period: `1-6月`). */
export const MONTH_MARK = 64;
/** `等` (closing a list: `A、B、C等企业`). */
export const LIST_END_MARK = 128;

const ZUI = code('最');
const DA = code('大');
const RU = code('如');
const MU = code('目');
const ZHONG = code('中');
const ONE = charSet('1一');
const ONE_COUNTER = charSet('个项家');
const IS = charSet('是为系');
const COMMAS = charSet(',，');
const YI = code('以');
const BOUND_SIDES = charSet('上下');
const YUE = code('月');
const DENG = code('等');

/** The units each mark starts with: one table read passes every other character. */
const FIRSTS = new Uint8Array(0x10000);
for (const c of ['最', '如', '1', '一', '目', '中', '以', '月', '等']) FIRSTS[c.charCodeAt(0)] = 1;

/** The marks found in text[lo, hi) (a pair only when both its units lie in it). */
export function windowMarks(text: string, lo: number, hi: number): number {
  let marks = 0;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    if (FIRSTS[c] !== 1) continue;
    if (c === RU || c === YUE || c === DENG) {
      marks |= c === RU ? EXAMPLE_MARK : c === YUE ? MONTH_MARK : LIST_END_MARK;
      continue;
    }
    const next = i + 1 < hi ? text.charCodeAt(i + 1) : -1;
    if (c === ZUI && next === DA) marks |= SUPERLATIVE_MARK;
    else if (c === MU && IS.has(next)) marks |= PROJECT_IS_MARK;
    else if (c === ZHONG && COMMAS.has(next)) marks |= AMONG_MARK;
    else if (c === YI && BOUND_SIDES.has(next)) marks |= BOUND_MARK;
    else if (ONE.has(c) && ONE_COUNTER.has(next)) marks |= ONE_COUNTED_MARK;
  }
  return marks;
}
