// A part named after a field the text listed (`项目主要集中在旅游、云计算、交通物流等领域。其中交通物流项目年内
// 投资21亿元`): the part is a category, its money the category's total (guidelines: a category total is
// aggregate), though the field's name reads like one project's (`某某基地项目`). Reads the amount's clause
// head and the sentence before it, at most twice MAX_WINDOW back.
import { charSet, code, isClauseEnd, isHan, isSentenceEnd, runStart, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { CLAUSE_LEAD, MAX_WINDOW, ROLE_CUES } from './moneyCues';

/** Nouns that close a list of fields, after `等` (`等领域`, `等行业`, `等产业`). */
const FIELD_NOUNS = WordMap.of(['领域', '行业', '产业', '板块', '门类', '方向']);

/** What may follow a field's name in a part that is the field's category (`某某项目`, `某某等新型工业`). */
const PART_AFTER_FIELD = WordMap.of(['项目', '等', '类', '产业', '行业', '领域', '板块']);

/** Words a part may open with before its name (`其中`). */
const PART_LEADS = WordMap.of(['其中', '特别是', '尤其是']);

/** Shortest and longest field name read at the head of the clause. */
const FIELD_MIN = 2;
const FIELD_MAX = 8;

const LIST_COMMA = code('、');
const DENG = code('等');
const ITEM_BREAKS = charSet(',，。；;:：');

/**
 * The clause of the amount at `start` opens (after `其中` at most) with a name listed with `、` in a list
 * closed by `等` and a noun of fields, in its sentence or the one before it.
 */
export function fieldListedBefore(text: string, sStart: number, start: number): boolean {
  let k = runStart(text, start, isClauseEnd, sStart);
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  k = PART_LEADS.startingAt(text, k, start)?.end ?? k;
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  // Most clauses open with no name a category word follows: then nothing before them is read.
  if (k < FIELD_MIN || !categoryPartAt(text, k, start)) return false;
  const before = runStart(text, k - 1, isSentenceEnd, Math.max(0, k - 2 * MAX_WINDOW));
  const from = isSentenceEnd(unitAt(text, before - 1)) ? runStart(text, before - 1, isSentenceEnd, Math.max(0, k - 2 * MAX_WINDOW)) : before;
  // Most texts close no list with a noun of fields: then no name is read.
  if (!FIELD_NOUNS.occursIn(text, from, k)) return false;
  // Searched in the two sentences before the clause only (a bounded slice), never further.
  const head = text.slice(from, k);
  for (let n = FIELD_MIN; n <= FIELD_MAX && k + n <= start && isHan(text.charCodeAt(k + n - 1)); n++) {
    if (!categoryPartAfter(text, k + n, start)) continue;
    const name = text.slice(k, k + n);
    for (let at = head.indexOf(name); at >= 0; at = head.indexOf(name, at + 1)) {
      if (listedField(text, from + at + n, k)) return true;
    }
  }
  return false;
}

/**
 * The field's name then what makes the part a category (`…项目`, `…等新型工业`, `…投资`), not a firm of it
 * (`其中电子信息企业C投资X` is C's): does such a word start at `at`?
 */
function categoryPartAfter(text: string, at: number, start: number): boolean {
  return PART_AFTER_FIELD.longestStartingAt(text, at, start) > 0 || ROLE_CUES.longestStartingAt(text, at, start) > 0;
}

/** Does the clause head at `k` hold a name of a field's length, all Han, then a word of a category (`categoryPartAfter`)? */
function categoryPartAt(text: string, k: number, start: number): boolean {
  for (let n = FIELD_MIN; n <= FIELD_MAX && k + n <= start && isHan(text.charCodeAt(k + n - 1)); n++) if (categoryPartAfter(text, k + n, start)) return true;
  return false;
}

/**
 * `签约项目涉及电子信息、文化旅游等多个领域。其中,…;投资额最大的为文化旅游项目,共计X`: the name before `项目` at
 * `at` (from `from`, or from what introduces it: `的 为 是`) is a field listed before `from` (two windows back at
 * most), so the `项目` it heads is that field's category, not one project (`某某湖文化旅游项目` is one).
 */
export function fieldNamedBefore(text: string, from: number, at: number): boolean {
  let name = at;
  while (name > from && !NAME_INTRODUCERS.has(text.charCodeAt(name - 1))) name--;
  const n = at - name;
  const lo = Math.max(0, from - 2 * MAX_WINDOW);
  // Most texts close no list with a noun of fields: then no name is read.
  if (n < FIELD_MIN || n > FIELD_MAX || !FIELD_NOUNS.occursIn(text, lo, from)) return false;
  const head = text.slice(lo, from);
  const field = text.slice(name, at);
  for (let k = head.indexOf(field); k >= 0; k = head.indexOf(field, k + 1)) {
    if (listedField(text, lo + k + n, from)) return true;
  }
  return false;
}

/** What introduces a name at the head of a clause (`投资额最大的为某某项目`, `最多的是某某项目`). */
const NAME_INTRODUCERS = charSet('的为是');

/** An item of a `、` list ends at `end`, and the list closes, before `limit`, with `等` and a noun of fields. */
function listedField(text: string, end: number, limit: number): boolean {
  const after = text.charCodeAt(end);
  if (after !== LIST_COMMA && after !== DENG) return false;
  for (let i = end; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (ITEM_BREAKS.has(c) || isSentenceEnd(c)) return false;
    if (c === DENG && FIELD_NOUNS.startingAt(text, pastFieldCount(text, i + 1, limit), limit)) return true;
  }
  return false;
}

/** Past how many fields there are (`等多个领域`, `等六大产业`, `等5个行业`) at `k`, else `k`. */
function pastFieldCount(text: string, k: number, limit: number): number {
  const count = FIELD_COUNT.exec(text.slice(k, Math.min(limit, k + FIELD_COUNT_REACH)));
  return count ? k + count[0].length : k;
}

const FIELD_COUNT = /^(?:多个|诸多|几个|几大|多|[0-9一二三四五六七八九十]{1,2}(?:个|大))/;
const FIELD_COUNT_REACH = 4;
