// One project named as what a site or an occasion is (`今天开工现场为P项目,总投资X`): the money in the clause
// right after it is that one project's, whatever the region counted before (`全县开工项目15个,…`).
// Reads the two clauses before the amount only (bounded by the scope window).
import { PROJECT_CLOSED_MARK } from './windowMarks';

/**
 * The clause before the amount's says a subject `为` or `是` one name ending in `项目` (no list in it: no `、`,
 * `等`, `和`, `及`, `与`, no count), and the amount's own clause has only its cue before the amount.
 */
const NAMED_AS_ONE = /[,，;；:：][^,，;；:：。、\d]{1,12}?(?:为|是)[^,，;；:：。、等和及与]{2,60}?[^个批些类等家\d]项目[,，][^,，;；:：。、\d]{0,8}$/;

/** How far back from the amount the two clauses are read. */
const REACH = 90;

/** Several counted in the named project (`3个项目`), not one name. */
const COUNTED = /[0-9一二两三四五六七八九十]+[个项家]/;

/** The amount at `start` follows `…为P项目,` and its cue; `lo` bounds the window read. */
export function projectNamedAsOne(text: string, lo: number, start: number, marks: number): boolean {
  // The pattern needs a project's name closed by a comma, as marked in a window holding this one (windowMarks.ts).
  if ((marks & PROJECT_CLOSED_MARK) === 0) return false;
  const window = text.slice(Math.max(lo, start - REACH), start);
  const m = NAMED_AS_ONE.exec(window);
  return m !== null && !COUNTED.test(m[0]);
}
