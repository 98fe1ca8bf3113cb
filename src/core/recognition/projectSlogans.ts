// A campaign's slogan before 项目 (`招大引强项目`, `大好高项目`, `谋新项目、攻慢项目、啃难项目`): one-character verbs of
// going after projects and one-character qualities, run together, say which kind of projects is wanted, never
// which project. Names hold a word of their own (a place, a brand, a product), never only these characters.
import { charSet, isHan } from '../text';

/** One-character verbs of courting, tackling and keeping projects (`招 引 攻 啃 谋 盯 抓 …`). */
const SLOGAN_VERBS = charSet('招引攻啃谋盯抓推促争育扩留稳保上落');
/** One-character qualities a slogan asks of projects (`大 好 高 强 新 优 精 尖 特 …`), and what is hard about them. */
const SLOGAN_QUALITIES = charSet('大好高强新优精尖特专快慢难急小实稳真多早硬重');
/** Longest slogan read (`大好高精尖`, `招大引强`). */
const MAX_SLOGAN = 6;

/** True when [start, end) is a slogan: only such verbs and qualities, one quality at least. */
export function sloganOnly(text: string, start: number, end: number): boolean {
  if (end - start < 2 || end - start > MAX_SLOGAN) return false;
  let quality = false;
  for (let k = start; k < end; k++) {
    const unit = text.charCodeAt(k);
    if (SLOGAN_QUALITIES.has(unit)) quality = true;
    else if (!SLOGAN_VERBS.has(unit)) return false;
  }
  return quality;
}

/**
 * `聚焦发展谋项目、产业招商引项目、科技创新育项目、工业挖潜增项目`, `抢抓机遇上项目、紧盯短板补项目`: clauses of a slogan
 * run in a `、` list, each a short phrase then a one-character verb taking 项目 as its object. Such a verb right before
 * 项目 (`育 增 补 争 上` …, words of their own elsewhere: `体育项目`, `海上项目`) is read as one only when a sibling
 * item of the list ends with a verb that always takes 项目 so (`引 招 抓 谋 推 促 攻`): a list of slogans, no name.
 */
const SLOGAN_CLAUSE_VERBS = charSet('推促招引攻抓谋育增补争上留稳保扩落');
/** The verbs that take 项目 as their object wherever written (`引项目`, `抓项目`): they mark a list as slogans. */
const ALWAYS_OBJECT_VERBS = charSet('推促招引攻抓谋');
const LIST_MARK = 0x3001; // 、
/** How far a sibling item's `X项目` is looked for on either side (a slogan's clause is short). */
const SIBLING_REACH = 10;
const PROJECT_WORD = '项目';

/** True when the `项目` at `anchor` closes a slogan's clause of a `、` list (see above). */
export function sloganClauseOfList(text: string, anchor: number, floor: number): boolean {
  if (anchor - 1 < floor || !SLOGAN_CLAUSE_VERBS.has(text.charCodeAt(anchor - 1))) return false;
  return sloganSiblingBefore(text, anchor, floor) || sloganSiblingAfter(text, anchor);
}

/** `…引项目、科技创新育项目`: the item before ends with such a verb and 项目, right before the `、` opening this one. */
function sloganSiblingBefore(text: string, anchor: number, floor: number): boolean {
  const limit = Math.max(floor, anchor - 1 - SIBLING_REACH);
  for (let k = anchor - 2; k >= limit; k--) {
    const unit = text.charCodeAt(k);
    if (unit === LIST_MARK) return k - 3 >= 0 && text.startsWith(PROJECT_WORD, k - 2) && ALWAYS_OBJECT_VERBS.has(text.charCodeAt(k - 3));
    if (!isHan(unit)) return false;
  }
  return false;
}

/** `工业挖潜增项目、比学赶超抓项目`: a `、` right after 项目 and the next item ends with such a verb and 项目. */
function sloganSiblingAfter(text: string, anchor: number): boolean {
  const mark = anchor + PROJECT_WORD.length;
  if (text.charCodeAt(mark) !== LIST_MARK) return false;
  const limit = Math.min(text.length - PROJECT_WORD.length, mark + 1 + SIBLING_REACH);
  for (let k = mark + 2; k <= limit; k++) {
    if (text.startsWith(PROJECT_WORD, k)) return ALWAYS_OBJECT_VERBS.has(text.charCodeAt(k - 1));
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}
