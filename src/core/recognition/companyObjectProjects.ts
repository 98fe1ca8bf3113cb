// A project a named company invests in or signs, named right after the verb (`某某科技有限公司,在某市投资新型某某材料
//综合利用项目`, `某某光电有限公司与某市签订某某组件、某某边框产业项目`, `某某集团计划投资8亿元的某某生物经济项目`): the
// company and its verb make the words up to `项目` one project of its own, though they hold only products, trades or
// works (words the name scan in projects.ts reads as a kind of project and drops). A kind stays a kind where the words
// are counted, pointed back to or qualified by a `的` clause (`签约两个百亿级项目`, `投资的项目`), and a name the other
// scans found (a project, a park, a company) is left to them.
import { isClauseEnd } from '../text';
import type { Span } from './projects';

/**
 * Right after a company: a comma, then a short bridge of the company's place or partner (`在某市`, `与某市`, no clause
 * mark), a word of intent, the verb of investing or signing (with the building that follows it, `投资建设`), and the amount the company puts in (`投资8亿元的`); then
 * the name, up to the first `项目`. Read at one place (sticky), 90 units at most.
 */
const OBJECT_OF_COMPANY = /[,，]?[^,，、。;；:：!！?？\n"“”(（)）]{0,16}?(?:计划|拟|将|又|还|再)?(?:投资|签订|签约|投建|兴建)了?(?:建设|兴建|新建|实施)?(?:约|近|超|逾)?(?:[0-9.,一二两三四五六七八九十百千零点]{1,12}(?:多|余)?[万亿]{1,2}(?:元|美元|港元|欧元)?(?:人民币)?的)?([^,，。;；:：!！?？\n"“”(（)）]{3,40}?)项目/y;

/** Words that open a pointer, a count or an aspect, never a name (`签订了该项目`, `投资一批项目`, `投资等项目`). */
const NOT_A_NAME_START = /^(?:了|该|这|此|其|各|一批|多个|等)/;
/**
 * A `的` clause, a count or an amount inside the words: a kind of project described (`投资建设的项目`,
 * `两个百亿级项目`, `108亿元项目`), no name.
 */
const KIND_INSIDE = /的|[0-9一二两三四五六七八九十几多][个项批宗家]|[万亿]元/;
/** `项目部`, `项目组`: the project's office, a body, not the project. */
const OFFICE_AFTER = /[部组]/y;

/**
 * Adds to `projects` (in text order) the projects named right after a company's verb of investing or signing. Only
 * where no project, park or company overlaps the name.
 */
export function addCompanyObjectProjects(text: string, companies: readonly Span[], projects: Span[], parks: readonly Span[]): void {
  const found: Span[] = [];
  for (const company of companies) {
    OBJECT_OF_COMPANY.lastIndex = company.end;
    const match = OBJECT_OF_COMPANY.exec(text);
    if (match === null) continue;
    const end = OBJECT_OF_COMPANY.lastIndex;
    const name = match[1];
    const start = end - 2 - name.length;
    if (NOT_A_NAME_START.test(name) || KIND_INSIDE.test(name) || isClauseEnd(text.charCodeAt(start))) continue;
    OFFICE_AFTER.lastIndex = end;
    if (OFFICE_AFTER.test(text)) continue;
    const taken = (s: Span) => s.start < end && start < s.end;
    if (projects.some(taken) || parks.some(taken) || companies.some(taken)) continue;
    found.push({ start, end });
  }
  if (found.length === 0) return;
  const all = [...projects, ...found].sort((a, b) => a.start - b.start);
  projects.length = 0;
  for (const s of all) projects.push(s);
}
