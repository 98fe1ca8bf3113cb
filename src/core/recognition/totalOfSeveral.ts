// A total of amounts (`总金额`) after several things the clause before lists or says many (guidelines, `scope`:
// `aggregate` when the amount sums several projects): `签订A项目、总投资Y的B项目等,总金额X`, `将签署一系列投资
// 合作项目,总金额预计将超过X`, `投资某市、某市等六地设厂,总金额达X`. One contract's total (`举行P项目施工总承包合同签约
// 仪式,签约总金额达X`) stays that contract's: its clause lists no several. Small windows of folded text.
import { isSentenceEnd, runStart } from '../text';

/** `总金额` heading the amount's clause, after at most a kind of deal, and before it at most a plan and a verb of degree. */
const TOTAL_OPENS_CLAUSE = /^(?:签约|协议|合同|投资)?总金额(?:预计|预期|共计|共|将|已|可)*(?:达到|达|为|超过|超|逾|近|约|高达)?$/;

/** Longest clause head TOTAL_OPENS_CLAUSE can match. */
const TOTAL_REACH = 14;

/** Several things in the clause before: a `、` list closed by `等`, or a word saying many uncounted. */
const SEVERAL_BEFORE = /、[^、]*等|一系列|多个|多项|多家|一批|众多|若干/;

/** How far back the clause before the amount's is read. */
const CLAUSE_BEFORE_REACH = 80;

/**
 * Whether the amount at `start` is the total of several things the clause right before lists (`A、B等`) or says
 * many (`一系列`, `多个`): `总金额` heading the amount's own clause.
 */
export function totalOfSeveralBefore(text: string, sStart: number, start: number): boolean {
  const clause = runStart(text, start, isCommaOrEnd, Math.max(sStart, start - TOTAL_REACH));
  // Cheap test first: the clause, a few units, must hold `总金额`, which most amounts' clauses do not.
  const head = text.slice(clause, start);
  if (!head.includes(TOTAL) || clause <= sStart || !isComma(text.charCodeAt(clause - 1)) || !TOTAL_OPENS_CLAUSE.test(head)) return false;
  const before = runStart(text, clause - 1, isCommaOrEnd, Math.max(sStart, clause - 1 - CLAUSE_BEFORE_REACH));
  return SEVERAL_BEFORE.test(text.slice(before, clause - 1));
}

const TOTAL = '总金额';

/** A comma or a semicolon: a clause of the same sentence before the amount's. */
function isComma(c: number): boolean {
  return c === 0x2c || c === 0xff0c || c === 0x3b || c === 0xff1b;
}

/** A comma, a semicolon or a sentence's end: the bounds of a clause that holds a `、` list whole. */
function isCommaOrEnd(c: number): boolean {
  return isComma(c) || isSentenceEnd(c);
}
