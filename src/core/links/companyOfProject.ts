// The company of each project, read once where the text ties the two and inherited by every amount
// linked to that project: the company written right before a mention of it (`C的P项目`, `与C签订P项目合同书`),
// the company that builds it (`C将在K投资建设P项目`) or signs for it (companySigns.ts), the company
// an amount of it was linked to, or one named inside the project's name.
import type { LinkSpan } from './linkNames';
import type { LinkContext, SaidSoFar } from './linkContext';
import { readSignerOfProject } from './companySigns';

/**
 * Between a company and the project after it: nothing, `投资的`, a signing (`与C签订P项目合同书`), or the
 * talks that bring the project (`与C洽谈的P项目`: the company is the party that would build it).
 */
export const COMPANY_PROJECT_GAP = /^\s*(?:投资(?:建设)?的|建设的|(?:签约|签订|签署)了?的?|(?:正在)?洽谈(?:中)?的|的)?\s*$/;

/** A company written right before the project (`江西中控精密科技股份有限公司磁栅…项目`). */
export function companyRightBefore(ctx: LinkContext, project: LinkSpan): LinkSpan | undefined {
  const prev = project.pos > 0 ? ctx.spans[project.pos - 1] : undefined;
  if (!prev || prev.entity.label !== 'COMPANY' || !prev.named) return undefined;
  const gap = ctx.structure.gap(prev.entity.end, project.entity.start);
  return gap !== undefined && COMPANY_PROJECT_GAP.test(gap) ? prev : undefined;
}

/**
 * The company of a project: written right before this mention of it (the closest tie, over one said
 * of an earlier mention), said before (an amount linked both), or named inside its name.
 */
export function companyOfProject(ctx: LinkContext, said: SaidSoFar, project: LinkSpan): LinkSpan | undefined {
  return companyRightBefore(ctx, project) ?? said.projectCompany.get(project.name) ?? ctx.parks.companyInside(project);
}

/**
 * `C将在K投资建设P项目`, `由C投资建设的P`: between the company and the project, no clause break and a verb
 * of investing or building at its end; the company is the project's builder.
 */
const BUILDS_PROJECT_GAP = /^[^。;,:]{0,30}(?:建设|新建|兴建|投建|投资)[^。;,:]{0,6}$/;
/** `C1和C2联合投资建设P`: one of several builders is no builder alone. */
export const ONE_OF_BUILDERS = /[和与及、]\s*$/;

/**
 * The company that builds a project of the sentence (spans [from, to)): a named company one span before
 * the project (or more, parks between) with BUILDS_PROJECT_GAP between, not one of a list. Recorded as the
 * project's company, so the project's amounts anywhere after take it (`C将在K建设P项目。…计划投资X`). Then the
 * company that signs for a project (`K与C举行“P项目”签约仪式`, companySigns.ts), where no builder was said.
 */
export function readProjectBuilders(ctx: LinkContext, said: SaidSoFar, from: number, to: number): void {
  for (let k = from; k < to; k++) {
    const project = ctx.spans[k];
    if (project.entity.label !== 'PROJECT' || said.projectCompany.has(project.name)) continue;
    const builder = builderBefore(ctx, k, from);
    if (builder) said.projectCompany.set(project.name, builder);
  }
  readSignerOfProject(ctx, said, from, to);
}

/** How many spans back the builder is read: the company, and a park written as two names between (`在K1K2建设`). */
const BUILDER_REACH = 3;

function builderBefore(ctx: LinkContext, k: number, from: number): LinkSpan | undefined {
  for (let j = k - 1; j >= from && j >= k - BUILDER_REACH; j--) {
    const span = ctx.spans[j];
    if (span.entity.label === 'PARK') continue;
    if (span.entity.label !== 'COMPANY' || !span.named) return undefined;
    if (ONE_OF_BUILDERS.test(ctx.structure.before(span.entity.start, 2))) return undefined;
    const gap = ctx.structure.gap(span.entity.end, ctx.spans[k].entity.start);
    return gap !== undefined && BUILDS_PROJECT_GAP.test(gap) ? span : undefined;
  }
  return undefined;
}
