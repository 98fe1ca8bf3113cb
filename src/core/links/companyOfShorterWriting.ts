// A project named again with more words at its head: `K与C签约,总投资X的光伏发电项目落户K。`⏎`500MW光伏发电项目
// 分两期建设,一期计划投资Y`. The company the shorter writing was tied to (an amount linked to both, a builder, a
// signer: `SaidSoFar.projectCompany`) is the longer writing's too, as for the readings of an article's one project
// (`oneProject` in projectVariants.ts): a capacity or a place added at the head names the same works, a phase or a
// numbered part another (`P二期项目`, `3号厂房项目`). And the other way: the company a longer writing was tied to is the
// shorter writing's (`由C实施的“新建P项目”` … `P项目总投资X`).
import { tailOf, type LinkSpan } from './linkNames';
import type { LinkContext, SaidSoFar } from './linkContext';
import { ANOTHER_PART, ofShorterWriting } from './projectVariants';

/** Shortest shorter writing asked for (its words and `项目`): shorter ones are kinds of project (`储能项目`). */
const MIN_WRITING = 6;

/**
 * The company of the longest shorter writing of `project`'s name the walk has tied to a company; each tail of the
 * name is one map look-up (names are short), so no other span of the article is read.
 */
export function companyOfShorterWriting(said: SaidSoFar, project: LinkSpan): LinkSpan | undefined {
  return ofShorterWriting(said.projectCompany, project.name, MIN_WRITING);
}

/**
 * `由C实施的“新建P项目”`…`P项目总投资X`: the company of a longer writing of `project`'s name (words added at its head,
 * no phase or numbered part among them) is the shorter writing's too, when the longer writings tied to a company name
 * one. The longer writings are the projects indexed under the same tail (a look-up, no scan of the article).
 */
export function companyOfLongerWriting(ctx: LinkContext, said: SaidSoFar, project: LinkSpan): LinkSpan | undefined {
  const name = project.name;
  if (name.length < MIN_WRITING) return undefined;
  let found: LinkSpan | undefined;
  for (const longer of ctx.projectsByTail.get(tailOf(project))) {
    if (longer.name.length <= name.length || !longer.name.endsWith(name) || ANOTHER_PART.test(longer.name.slice(0, -name.length))) continue;
    const company = said.projectCompany.get(longer.name);
    if (!company) continue;
    if (found && found.name !== company.name) return undefined;
    found = company;
  }
  return found;
}
