// Projects named without 项目 in a list closed by `等项目` (or `等生产项目`, `等一批…项目`), each item introduced by its own amount and `的`.
// Read backwards from the 等, item by item, each step bounded, so the cost per list is bounded.
import { charSet, code, isHan } from '../text';
import type { Span } from './projects';

/**
 * `签约了总投资6亿元的A、总投资2亿元的B等项目`: the items of a list closed by `等项目`, each
 * introduced by its amount and `的`, are projects named without 项目 (the list's head says what
 * they are). Only that shape: an item without `元的` before it ends the list.
 */
export function listedBeforeDeng(text: string, deng: number, floor: number): Span[] {
  const items: Span[] = [];
  let end = deng;
  for (let n = 0; n < MAX_LISTED && end > floor; n++) {
    let k = end;
    while (k > floor && k > end - 32 && text.charCodeAt(k - 1) !== DE && text.charCodeAt(k - 1) !== 0x3001 && !CLAUSE_PUNCT.has(text.charCodeAt(k - 1))) k--;
    if (text.charCodeAt(k - 1) !== DE || text.charCodeAt(k - 2) !== YUAN_CODE || end - k < 2) break;
    items.push({ start: k, end });
    // Back to the separator before this item's amount.
    let sep = k - 2;
    while (sep > floor && sep > k - 24 && text.charCodeAt(sep - 1) !== 0x3001 && !CLAUSE_PUNCT.has(text.charCodeAt(sep - 1))) sep--;
    if (text.charCodeAt(sep - 1) !== 0x3001) break;
    end = sep - 1;
  }
  return items.reverse();
}

/**
 * Where the `等` closing a list stands before the `项目` at `anchor`, or -1: right before it (`等项目`), or before a few
 * words saying what kind of projects they are (`等生产项目`, `等一批回归项目`); not before a count (`等12个项目`,
 * `等三项`: the amount before such a list sums its projects, it names none of them).
 */
export function dengBeforeHead(text: string, anchor: number, floor: number): number {
  for (let k = anchor - 1; k >= Math.max(floor, anchor - 1 - KIND_WORDS_REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === DENG) return k;
    if (!isHan(c) || COUNTERS.has(c)) return -1;
  }
  return -1;
}

/** How many units of kind words may stand between `等` and `项目` (`一批回归`). */
const KIND_WORDS_REACH = 4;
const DENG = code('等');
const COUNTERS = charSet('个项家');

const MAX_LISTED = 12;
const DE = code('的');
const YUAN_CODE = code('元');
const CLAUSE_PUNCT = charSet('，,。；;：:！？!?\n');
