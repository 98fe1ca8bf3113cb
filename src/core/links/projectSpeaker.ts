// A company opening a sentence ends the paragraph's project, unless it is the project's own company
// (`C的P项目开工。C是一家…企业。该项目总投资X`: said so by an amount linked to both) or is named as where a
// person works (`C总经理某某介绍,项目占地25亩,总投资X`, `C董事长某某与K负责人现场签约`): the person speaks or
// acts, of the project still, unless they go on to describe a project of the sentence's own
// (`C董事长某某表示,此次入驻的投资项目是,建设一座仓储中心`); nor when the company invests in and builds with no
// object of its own (`C在某某开发区投资建设。`: it builds the paragraph's project). Asked by the walk in links.ts.
import { refolded } from '../fold';
import type { LinkSpan } from './linkNames';
import type { LinkContext, SaidSoFar } from './linkContext';
import { namesOwnProject } from './projectTakenUp';

/**
 * A person's title right after the company (`董事长`, `副总经理`, `相关负责人`), also a director or manager of one of
 * its functions (`推广总监`, `市场部经理`).
 */
export const TITLE_AFTER = /^\s*(?:相关|有关)?(?:副)?(?:董事长|总经理|总裁|负责人|董事|首席执行官|CEO|创始人|(?:市场|销售|推广|营销|技术|财务|运营|品牌|项目|区域)部?(?:总监|经理))/;
/** How far after the company the title, then the person's words, are read (UTF-16 units). */
const TITLE_REACH = 10;
const WORDS_REACH = 60;

/** Does the paragraph's project stay the topic after `company` opens a clause of a sentence? */
export function companyKeepsProject(ctx: LinkContext, said: SaidSoFar, company: LinkSpan, project: LinkSpan): boolean {
  return said.projectCompany.get(project.name)?.name === company.name || speakerKeepsProject(ctx, company) || buildsItUnnamed(ctx, company);
}

/**
 * `P项目开工。C在某某开发区投资建设。项目总投资X`: the company invests in and builds, its clause ending at the verb with
 * no object of its own; what it builds is the project the paragraph is about, which stays the topic.
 */
const BUILDS_IT = /^(?:已|将|拟|计划)?(?:在[^,;:。!?]{1,20}?)?(?:投资建设|投资兴建)[,;。]/;
const BUILDS_REACH = 30;

function buildsItUnnamed(ctx: LinkContext, company: LinkSpan): boolean {
  return BUILDS_IT.test(refolded(ctx.structure.after(company.entity.end, BUILDS_REACH)));
}

/** Is the company a person's workplace (a title right after it), the person speaking of the project? */
function speakerKeepsProject(ctx: LinkContext, company: LinkSpan): boolean {
  const after = refolded(ctx.structure.after(company.entity.end, WORDS_REACH));
  if (!TITLE_AFTER.test(after.slice(0, TITLE_REACH))) return false;
  const sentence = after.split('。')[0];
  return !namesOwnProject(sentence);
}
