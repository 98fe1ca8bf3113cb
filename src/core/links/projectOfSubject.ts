// A project the sentence's subject project builds, serves or is: `据悉,该项目…,建设Q项目,预计…收入X`,
// `P项目…,是为承接Q项目…引进的,…产值X`, `P项目是K的Q项目,…,项目总投资X`. Q is the object of the subject's verb
// (or the class its copula gives it), not a subject of its own: the money after it in the sentence stays the
// subject's (P, or the project `该项目` takes up).
import { lastClauseMark } from './linkText';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';

/** The clause of Q opened by the subject's verb of building, Q right after it (`,将建设Q项目`). */
const BUILDS_OPENING = /^\s*(?:将|并|还|主要|重点|同时|计划|拟)?(?:建设|新建|兴建|打造)\s*$/;
/** Q named as what the subject serves (`是为承接Q项目…`, `为配套Q项目…`). */
const SERVES_BEFORE = /为了?(?:承接|满足|配套|服务于?)\s*$/;
/** Between the subject P and Q in one clause: a copula and what qualifies the class (`P项目是K的Q项目`). */
const COPULA_OF_CLASS = /^\s*(?:也|还|就)?是[^,;:。]{0,24}的\s*$/;
/** The sentence takes up a project as its subject (`该项目…`). */
const ANAPHOR = /(?:该|此|本)项目/;
/** How far back Q's clause and the sentence's opening are read (UTF-16 units). */
const REACH = 48;

/**
 * Is the project at `q` (sentence spans from `from`) the object of the verb, or the copula's class, of the sentence's
 * subject project (another project opening the sentence, or `该项目`)?
 */
export function objectOfSubject(ctx: LinkContext, q: LinkSpan, from: number): boolean {
  const start = ctx.structure.sentenceStart(q.sentence);
  const before = ctx.structure.before(q.entity.start, Math.min(REACH, q.entity.start - start));
  const clause = before.slice(lastClauseMark(before) + 1);
  if (BUILDS_OPENING.test(clause) || SERVES_BEFORE.test(clause)) return subjectBefore(ctx, q, from, before);
  return classOfSubject(ctx, q, from);
}

/** A subject project before Q in its sentence: another project opening it, or `该项目` in the text read. */
function subjectBefore(ctx: LinkContext, q: LinkSpan, from: number, before: string): boolean {
  const first = ctx.spans[from];
  if (first !== q && first.pos < q.pos && ctx.asProject(first) && first.name !== q.name && ctx.beginsClause(first)) return true;
  return ANAPHOR.test(before);
}

/** `P项目是K的Q项目`: the subject project opens Q's clause and a copula leads to Q (parks between at most). */
function classOfSubject(ctx: LinkContext, q: LinkSpan, from: number): boolean {
  for (let k = q.pos - 1; k >= from && k >= q.pos - 3; k--) {
    const span = ctx.spans[k];
    if (span.entity.label === 'PARK') continue;
    const subject = ctx.asProject(span);
    if (!subject || subject.name === q.name) return false;
    const gap = ctx.structure.gap(subject.entity.end, q.entity.start);
    return gap !== undefined && COPULA_OF_CLASS.test(gap);
  }
  return false;
}
