// Scope: a batch of projects or a firm "and others" as the subject of the amount's sentence.
//
// `该批项目总建筑面积约24万㎡,总投资约X`, `产业园第一批计划总投资X`, `A集团等企业又向某新城投资X`: the
// sentence speaks of several projects or firms at once, so its money is their sum, whatever one name
// the subject holds. A count there (`等5家企业`) is read by the count rules; here nothing is counted.
import { BATCH_MARK, LIST_END_MARK } from './windowMarks';

/**
 * A batch named as the subject: `该批 这批 此批 本批` or `第N批`, then its projects or firms (no `的`
 * between, `第一批到某地发展的企业` describes one firm), or right away what it plans or invests.
 */
const BATCH_SUBJECT = /(?:^|[,，:：])[^,，。:：是为的]{0,10}?(?:(?:该|这|此|本)批|第[一二三四五六七八九十\d]{1,3}批)(?:[^,，。的]{0,8}?(?:项目|企业)|(?=计划|总投资|投资))/;

/** A named firm and others not counted (`A集团等企业`, not `A等5家企业`): several firms as one subject. */
const FIRM_AND_OTHERS = /[一-鿿A-Za-z)）]{2}等(?:企业|公司|单位|客商|厂商)(?![\d一二三四五六七八九十两几多]|家)/;

/**
 * One owner named after the subject: `项目` after a name (not after a count or a kind), or a company
 * (`该批项目中,A公司投资X`): the money goes on to that one.
 */
const ONE_OWNER_NAMED = /[^个等类批些的]项目|公司|集团/;

/** A clause mark: the firms and others are the subject of their own clause only (`A等企业落户,B投资X`). */
const CLAUSE_MARK = /[,，;；:：]/;

/** The amount's sentence, text[lo, start), has a batch or a firm and others as its subject, with no one project named after it. */
export function batchOrOthersSubject(text: string, lo: number, start: number, marks: number): boolean {
  // Both patterns need `批` or `等`, as marked in a window holding this one (windowMarks.ts): most sentences are
  // passed over without a slice or a regular expression.
  if ((marks & (BATCH_MARK | LIST_END_MARK)) === 0) return false;
  const sentence = text.slice(lo, start);
  const batch = BATCH_SUBJECT.exec(sentence);
  if (batch) return !ONE_OWNER_NAMED.test(sentence.slice(batch.index + batch[0].length));
  const firms = FIRM_AND_OTHERS.exec(sentence);
  if (!firms) return false;
  const rest = sentence.slice(firms.index + firms[0].length);
  return !ONE_OWNER_NAMED.test(rest) && !CLAUSE_MARK.test(rest);
}
