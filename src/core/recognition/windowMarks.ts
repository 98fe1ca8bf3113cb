// The few units that scope rules key on (scopeSubject.ts: `singledOut`, `oneCountedNamed`, `namedOneOfKind`,
// `sizeClassSubject`, `firmsListed`, `phaseInvesting`, `namedProjectInvesting`, `companiesJoined`,
// `describedFirmPaying`; oneAmongCounted.ts; projectNamedAsOne.ts; aggregateWords.ts: `periodRangeIn`,
// `batchEventBefore`; batchSubject.ts; roadWorks.ts; regionStatistic.ts: `regionalProductBefore`;
// zoneInfrastructure.ts), read in one scan of an amount's window (see moneyScope.ts): each rule would otherwise scan
// the window for its own, and most windows hold none. A mark only says a rule's pattern may match somewhere in the
// window; the rule still reads its own part of it. A rule that looks for a family of words declares it at load
// (`wordsMark`: aggregateWords.ts `aggregateWordIn`, scopeSubject.ts `ownFigures`, agreementSigned.ts), marked where
// a word's first two units stand: a word's first unit alone is often common (`投` of `投产以来`), its pair rare.
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
/** `批` (a batch: `该批项目`, `第二批`). */
export const BATCH_MARK = 256;
/** `期` (a phase: `一期总投资`). */
export const PHASE_MARK = 512;
/** `路`, `道`, `桥` or `橋`: the last unit of every head of a road's or a crossing's name (`高速公路`, `隧道`, `大桥`). */
export const ROAD_HEAD_MARK = 1024;
/** `P` or `值`, of `GDP` or `生产总值` (a region's product). */
export const PRODUCT_MARK = 2048;
/** `累` (a running total: `累计`). */
export const SUM_SO_FAR_MARK = 4096;
/** `目` right before a comma (a project's name closing a clause: `…为P项目,`). */
export const PROJECT_CLOSED_MARK = 8192;
/**
 * `目` or `程` right before `总`, `计`, `投`, `累`, `已` or a comma: where a project or a work named may go on to its
 * investment (`P项目总投资`, `P工程计划投资`, `(3)P项目,总投资`).
 */
export const NAME_INVESTING_MARK = 16384;
/** `司`, `团` or `厂` right before `和`, `及`, `以` or `、` (two firms joined: `A公司和B集团`). */
export const FIRMS_JOINED_MARK = 32768;
/** `从事` (a firm described by its trade). */
export const TRADE_MARK = 65536;
/** `集中` (a batch event: `集中签约`). */
export const BATCH_EVENT_MARK = 131072;

const ZUI = code('最');
const DA = code('大');
const MU = code('目');
const CHENG = code('程');
const ZHONG = code('中');
const CONG = code('从');
const SHI = code('事');
const JI = code('集');
const FIRM_HEAD_ENDS = charSet('司团厂');
const JOINING = charSet('和及以、');
const INVESTING_AFTER_NAME = charSet('总计投累已,，');
const ONE = charSet('1一');
const ONE_COUNTER = charSet('个项家');
const IS = charSet('是为系');
const COMMAS = charSet(',，');
const YI = code('以');
const BOUND_SIDES = charSet('上下');

/** Opens a pair: the marks of the units read with the unit after it (below). */
const PAIR = 1 << 30;
/** Opens a word of some family of `wordsMark`: the family marks of the pair it opens are read (below). */
const WORD_OPENER = 1 << 29;
/** The marks `wordsMark` may give out: those left below WORD_OPENER. */
const FIRST_WORDS_MARK = 1 << 18;
const LAST_WORDS_MARK = 1 << 28;
/** Every mark `wordsMark` may give out. */
export const WORDS_MARKS = 2 * LAST_WORDS_MARK - FIRST_WORDS_MARK;

/** Per unit: the marks it makes alone, or PAIR for the first unit of a pair. One table read passes every other unit. */
const UNIT_MARKS = new Int32Array(0x10000);
const marksAlone: [string, number][] = [['如', EXAMPLE_MARK], ['月', MONTH_MARK], ['等', LIST_END_MARK], ['批', BATCH_MARK], ['期', PHASE_MARK],
  ['路道桥橋', ROAD_HEAD_MARK], ['P值', PRODUCT_MARK], ['累', SUM_SO_FAR_MARK]];
for (const [units, mark] of marksAlone) for (const u of units) UNIT_MARKS[u.charCodeAt(0)] |= mark;
for (const u of '最1一目程中以从集司团厂') UNIT_MARKS[u.charCodeAt(0)] |= PAIR;

/**
 * Per pair of units (hashed by `pairSlot`), the marks of the families (`wordsMark`) one of whose words opens with
 * it. Two pairs may share a slot: a mark then says a word may be there where none is, which the rule reads.
 */
const PAIR_WORD_MARKS = new Int32Array(1 << 16);

function pairSlot(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

let nextWordsMark = FIRST_WORDS_MARK;

/**
 * A mark for a family of words (two units or more each), declared by the rule that looks for them, at load: the
 * window holds it when some word of the family may start in it, read by its first two units. A rule whose words
 * are common only as their first unit (`投` of `投产以来`, among every `投资`) is then asked only where one may be.
 * An entity (`&…;`, which a fold may read as any unit) sets every such mark.
 */
export function wordsMark(...lists: readonly (readonly string[])[]): number {
  if (nextWordsMark > LAST_WORDS_MARK) throw new Error('wordsMark: too many families');
  const mark = nextWordsMark;
  nextWordsMark *= 2;
  for (const words of lists) {
    for (const word of words) {
      if (word.length < 2) throw new Error(`wordsMark: a word of one unit (${word})`);
      const first = word.charCodeAt(0);
      UNIT_MARKS[first] |= WORD_OPENER;
      PAIR_WORD_MARKS[pairSlot(first, word.charCodeAt(1))] |= mark;
    }
  }
  UNIT_MARKS[AMPERSAND] |= mark;
  return mark;
}

const AMPERSAND = code('&');

/** The marks found in text[lo, hi) (a pair only when both its units lie in it). */
export function windowMarks(text: string, lo: number, hi: number): number {
  let marks = 0;
  for (let i = lo; i < hi; i++) {
    const c = text.charCodeAt(i);
    let unit = UNIT_MARKS[c];
    if (unit === 0) continue;
    if ((unit & WORD_OPENER) !== 0) {
      if (i + 1 < hi) marks |= PAIR_WORD_MARKS[pairSlot(c, text.charCodeAt(i + 1))];
      unit &= ~WORD_OPENER;
      if (unit === 0) continue;
    }
    if (unit !== PAIR) {
      marks |= unit;
      continue;
    }
    const next = i + 1 < hi ? text.charCodeAt(i + 1) : -1;
    if (c === MU || c === CHENG) marks |= nameEndMarks(c, next);
    else if (c === ZUI && next === DA) marks |= SUPERLATIVE_MARK;
    else if (c === ZHONG && COMMAS.has(next)) marks |= AMONG_MARK;
    else if (c === YI && BOUND_SIDES.has(next)) marks |= BOUND_MARK;
    else if (ONE.has(c) && ONE_COUNTER.has(next)) marks |= ONE_COUNTED_MARK;
    else if (FIRM_HEAD_ENDS.has(c) && JOINING.has(next)) marks |= FIRMS_JOINED_MARK;
    else if (c === CONG && next === SHI) marks |= TRADE_MARK;
    else if (c === JI && next === ZHONG) marks |= BATCH_EVENT_MARK;
  }
  return marks;
}

/** The marks of `目` (of `项目`) or `程` (of `工程`), a name's last unit, before `next`. */
function nameEndMarks(c: number, next: number): number {
  let marks = INVESTING_AFTER_NAME.has(next) ? NAME_INVESTING_MARK : 0;
  if (c === MU && IS.has(next)) marks |= PROJECT_IS_MARK;
  if (c === MU && COMMAS.has(next)) marks |= PROJECT_CLOSED_MARK;
  return marks;
}
