// An amount's qualifier (guidelines, `qualifier`): the words right before it (`约` `近` `超`,
// over fillers such as `达` `共计`) and right after it (`以上` `左右`), and the role cue the amount
// hangs on. Small windows of folded text around one amount (see moneyCues.ts).
import type { Qualifier } from '../types';
import { BEFORE, currencyWords } from './currencies';
import { exceptionChars, NOT_QUALIFIER_BEFORE as NOT_QUALIFIER_BEFORE_WORDS } from '../lexicon/exceptions';
import { charSet, isHan, isSentenceEnd, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { type Cue, ROLE_CUES } from './moneyCues';

/**
 * Qualifiers written before an amount (outside the span, guidelines: `约` `近` `超` `逾` `不低于`).
 * `达` is listed in the guidelines as outside the span but carries no qualifier: it is a filler.
 */
const QUALIFIER_BEFORE = new WordMap<Qualifier>([
  ['约', 'approx'], ['大约', 'approx'], ['约为', 'approx'], ['约合', 'approx'], ['折合', 'approx'], ['大概', 'approx'], ['近似', 'approx'],
  ['超', 'at_least'], ['超过', 'at_least'], ['逾', 'at_least'], ['不低于', 'at_least'], ['不少于', 'at_least'],
  ['至少', 'at_least'], ['最少', 'at_least'], ['突破', 'at_least'], ['破', 'at_least'], ['过', 'at_least'],
  ['高于', 'at_least'], ['大于', 'at_least'], ['多于', 'at_least'], ['起码', 'at_least'],
  ['近', 'at_most'], ['接近', 'at_most'], ['将近', 'at_most'], ['不超过', 'at_most'], ['不到', 'at_most'],
  ['不足', 'at_most'], ['最多', 'at_most'], ['至多', 'at_most'], ['低于', 'at_most'], ['少于', 'at_most'],
  ['小于', 'at_most'], ['最高', 'at_most'],
]);

/** Characters before `过` / `近` / `破` / `超` / `约` that make them part of another word (通过, 最近, 签约). */
const NOT_QUALIFIER_BEFORE = new Map(
  Object.entries(NOT_QUALIFIER_BEFORE_WORDS).map(([qualifier, list]) => [qualifier, charSet(exceptionChars(list))]),
);

/** Qualifiers written after an amount (outside the span): `以上` `以下` `左右`. */
const QUALIFIER_AFTER = new WordMap<Qualifier>([
  ['以上', 'at_least'], ['及以上', 'at_least'], ['之上', 'at_least'], ['起', 'at_least'],
  ['以下', 'at_most'], ['及以下', 'at_most'], ['以内', 'at_most'], ['之内', 'at_most'],
  ['左右', 'approx'], ['上下', 'approx'],
]);

/**
 * Words that may stand between a qualifier or cue and the amount without changing what the amount
 * is (`合同资金达65.1亿元`, `至少贡献1000万美元`, `签约金额共208亿元`).
 */
const FILLERS = WordMap.of(['达', '达到', '高达', '多达', '为', '了', '是', '共', '共计', '合计', '总计', '累计', '计', '将', '可', '预计',
    '将达', '有', '贡献', '实现', '带来', '新增', '吸引', '引进', '争取', '获得', '拉动', '带动', '额', '总额',
    '均', '年均', '平均', '每年', '分别', '分别为', '合共', '共约', '逐年', '首期', '一期', '二期', '三期', '已', '再', '就',
    '总', '金额', '资金', ' ', '：', ':',
    // a level reached (`引资迈百亿`, `投资迈上千亿`): the money is the level (`邁` is not folded)
    '迈', '迈上', '迈入', '迈过', '邁', '邁上', '邁入', '邁過'],
  // a currency named before the number (`约人民币12亿元`, `约合人民币14.3亿元`): the qualifier is further back
  currencyWords(BEFORE).map(([word]) => word));

export interface Prefix {
  /** Qualifier written before the amount, the nearest one. */
  qualifier?: Qualifier;
  /** Where the words right before the amount (fillers, qualifiers) begin. */
  start: number;
  /** The role cue that ends where those words begin, if any (`总投资` in `总投资达8000万`). */
  cue?: Cue;
}

/**
 * Walks back from an amount over qualifiers and fillers (at most four words, never past a
 * clause end) and reports the nearest qualifier and the cue the amount hangs on.
 */
export function readPrefix(text: string, start: number): Prefix {
  const lo = Math.max(0, start - 16);
  let pos = start;
  let qualifier: Qualifier | undefined;
  for (let step = 0; step < 4 && pos > lo; step++) {
    const cue = ROLE_CUES.endingAt(text, pos, lo);
    const q = QUALIFIER_BEFORE.endingAt(text, pos, lo);
    if (q && !NOT_QUALIFIER_BEFORE.get(q.word)?.has(text.charCodeAt(q.start - 1))) {
      qualifier ??= q.value;
      pos = q.start;
      continue;
    }
    // A cue that is also a filler (`资金`, `总额`) counts as the cue: it is what the amount hangs on.
    // A qualifier of two or more characters right before the cue still bounds the amount
    // (`最高补助200万元`, `至少投资`); a one-character one there is too ambiguous (`近`, `超`).
    if (cue) {
      if (!qualifier) {
        const q2 = QUALIFIER_BEFORE.endingAt(text, cue.start, Math.max(0, cue.start - 3));
        if (q2 && q2.word.length >= 2) qualifier = q2.value;
      }
      return { qualifier, start: pos, cue: cue.value };
    }
    const f = FILLERS.endingAt(text, pos, lo);
    if (!f) break;
    pos = f.start;
  }
  return { qualifier, start: pos, cue: ROLE_CUES.endingAt(text, pos, lo)?.value };
}

export interface Suffix {
  qualifier?: Qualifier;
  /** Offset just after the suffix words (the span's end when there are none). */
  end: number;
}

const SCALE = '规模';
const INCLUSIVE = '(含)';

/** Longest note in brackets read between an amount and its bound (`(人民币,下同)`, with both brackets). */
const NOTE_BEFORE_BOUND_REACH = 10;
/** Bounds a note may stand before: only these close a size class (`以上`, `以下`). */
const BOUND_WORDS = ['以上', '以下'];

/**
 * `5亿元(人民币,下同)以上签约项目16个`, `20亿元(含本数)以下`: a short note in brackets after the amount (its
 * currency said once for the text, what the class takes in) stands between it and its bound; the bound is
 * read past it. Only `以上`/`以下` are read so: other words after a note are not the amount's.
 */
function pastNoteBeforeBound(text: string, end: number): number {
  if (unitAt(text, end) !== OPEN_PAREN) return end;
  for (let k = end + 1; k < Math.min(text.length, end + NOTE_BEFORE_BOUND_REACH); k++) {
    const c = text.charCodeAt(k);
    if (c === OPEN_PAREN || isSentenceEnd(c)) return end;
    if (c === CLOSE_PAREN) return BOUND_WORDS.some((w) => text.startsWith(w, k + 1)) ? k + 1 : end;
  }
  return end;
}

const OPEN_PAREN = '('.charCodeAt(0);
const CLOSE_PAREN = ')'.charCodeAt(0);

/** `以上` `以下` `左右` … right after the span. */
export function readSuffix(text: string, end: number): Suffix {
  // `亿元规模以上项目`: the bound of a size class may follow the word for size.
  // `1亿元(含)以上项目`: `(含)` says the bound itself is in the class.
  const from = text.startsWith(SCALE, end) && QUALIFIER_AFTER.startingAt(text, end + SCALE.length, Math.min(text.length, end + SCALE.length + 3)) ? end + SCALE.length
    : text.startsWith(INCLUSIVE, end) ? end + INCLUSIVE.length : pastNoteBeforeBound(text, end);
  const q = QUALIFIER_AFTER.startingAt(text, from, Math.min(text.length, from + 3));
  if (!q) return { end };
  // `起` only as `X亿元起`, not `起步`/`起到`.
  if (q.word === '起' && isHan(text.charCodeAt(q.end))) return { end };
  // `上下游` is the supply chain, not `about`.
  if (q.word === '上下' && text[q.end] === '游') return { end };
  return { qualifier: q.value, end: q.end };
}
