// A place's foreign capital: `实际利用外资额X`, `合同利用外资X`, `某新区到位外资已突破X`. Foreign capital used,
// contracted or in place is a statistic a zone or a region keeps over all its firms (guidelines, `scope`:
// `aggregate` when the amount sums several projects), unless the sentence names the one company or project
// it is said of (`…某某公司宁波分公司一期及扩建项目,实际利用外资达X`, `某某产业园由C公司投资Y,拟利用外资X`).
// Read once the paragraph's names are known (recognize.ts, `readNames`): an amount read as one thing's whose
// clause ends on such a figure and whose sentence names no company or project before it is a sum. Each
// amount reads its own clause and the names before it in its sentence, which the walk carries: no scan of
// the paragraph.
import type { Entity } from '../types';
import { foldedStretch } from '../fold';
import { isClauseEnd, isSentenceEnd } from '../text';

/** Farthest back (UTF-16 units) the clause holding the figure is read. */
const MAX_CLAUSE = 40;

/** The figure's name ending the clause, a few words of verb or degree after it (`到位外资已突破`). */
const FOREIGN_FIGURE = /(?:利用|使用|引进|吸引|到位|实到|合同|协议)外资(?:额|金额|总额)?[^,，、:：]{0,5}$/;

/** `分别`, `各`: the figure spread over parties listed before it. */
const SPREAD = /分别|各/;

/**
 * Turns to `aggregate` each amount of the paragraph read as an item whose clause ends on a figure of foreign
 * capital used, contracted or in place, its sentence naming no company or project before it (above).
 * `entities` are the paragraph's, sorted, at `offset` in the text (`paragraph` starts there).
 */
export function scopeOfForeignStatistic(paragraph: string, entities: readonly Entity[], offset: number): void {
  // Where the last company or project named so far ends, in the paragraph's offsets.
  let named = -1;
  for (const e of entities) {
    if (e.label === 'COMPANY' || e.label === 'PROJECT') named = e.end - offset;
    if (e.label !== 'MONEY' || e.scope !== 'item' || e.role === 'threshold') continue;
    const at = e.start - offset;
    const clause = foldedStretch(paragraph, clauseHead(paragraph, at), at);
    // `A投资、B租赁分别新增协议外资X、Y`: spread over parties listed, each amount one party's (scopeWindow.ts).
    if (!FOREIGN_FIGURE.test(clause) || SPREAD.test(clause)) continue;
    if (named < 0 || sentenceEndBetween(paragraph, named, at)) e.scope = 'aggregate';
  }
}

/** Start of the clause holding `at`, at most MAX_CLAUSE back. */
function clauseHead(text: string, at: number): number {
  const lo = Math.max(0, at - MAX_CLAUSE);
  for (let i = at - 1; i >= lo; i--) if (isClauseEnd(text.charCodeAt(i))) return i + 1;
  return lo;
}

/** Farthest a name may stand before the amount in its sentence: a longer stretch is read as another sentence. */
const MAX_SENTENCE = 160;

/** Whether a sentence ends in [from, to) (or the stretch is longer than a sentence): the name before is another sentence's. */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  if (to - from > MAX_SENTENCE) return true;
  for (let i = from; i < to; i++) if (isSentenceEnd(text.charCodeAt(i))) return true;
  return false;
}
