// A project span that only says what kind of project another is: `P项目…投资合作协议,这是石化产业关键节点项目,
// 总投资X`, `P项目,是某国企业在华独资建设的首个重大石化项目,`: after a copula opening its clause (`是`, `这是`,
// `也是`, `系`, `属于`), with nothing named before it in the clause and the clause ending with it, the span is a
// class the subject belongs to (a predicate); `被誉为…的石化项目——P项目`: right before a dash and the project
// it introduces, it is that project's description (an apposition). Neither is a project of its own: the money and
// the `该项目` around it stay the named project's.
import type { TextStructure } from './linkText';
import { lastClauseMark } from './linkText';
import type { LinkSpan } from './linkNames';

/** A clause opened by a copula, its subject a demonstrative or left out (the clause before named it). */
const COPULA_OPENING = /^\s*(?:这|此|它|其)?(?:也|还|更|就|正|又)?(?:是|系|属于)/;
/** The span ends its clause. */
const CLAUSE_ENDS = /^\s*(?:[,;:。!?]|$)/;
/** How far back the clause's opening is looked for (UTF-16 units). */
const REACH = 40;

/** Between a description and the project it introduces: a dash. */
const APPOSITION_DASH = /^\s*(?:——|—|--)\s*["“]?$/;

/** Is the project span at `pos` a kind said of another project (a copula's predicate, an apposition) rather than a name? */
export function describesSubject(structure: TextStructure, spans: readonly LinkSpan[], pos: number): boolean {
  return predicateOfCopula(structure, spans, pos) || introducesProject(structure, spans, pos);
}

/** `…项目——P项目`: the span right before a dash and another project. */
function introducesProject(structure: TextStructure, spans: readonly LinkSpan[], pos: number): boolean {
  const next = pos + 1 < spans.length ? spans[pos + 1] : undefined;
  if (!next || next.entity.label !== 'PROJECT') return false;
  const gap = structure.gap(spans[pos].entity.end, next.entity.start);
  return gap !== undefined && APPOSITION_DASH.test(gap);
}

/** `,这是K关键节点项目,`: the span closes a clause a copula opens, nothing named before it there. */
function predicateOfCopula(structure: TextStructure, spans: readonly LinkSpan[], pos: number): boolean {
  const span = spans[pos];
  // The clause's end right after the span first: two units, where most names go on (`P项目总投资…`), before the
  // clause's opening is read back (asked of every project of the article).
  if (!CLAUSE_ENDS.test(structure.after(span.entity.end, 2))) return false;
  const before = structure.before(span.entity.start, REACH);
  const mark = lastClauseMark(before, true);
  if (mark < 0 && before.length >= REACH) return false;
  const clause = before.slice(mark + 1);
  if (!COPULA_OPENING.test(clause)) return false;
  // Nothing named in the clause before the span (`是由C签订的总投资X的P项目` names its own project).
  const previous = pos > 0 ? spans[pos - 1] : undefined;
  return !previous || previous.entity.end <= span.entity.start - clause.length;
}
