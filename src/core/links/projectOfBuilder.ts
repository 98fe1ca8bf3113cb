// The one project of a company: where the article ties a company to exactly one project (`C投资建设P`,
// `C的P项目`, `P由C投资`, C named inside P's name), an item amount of that company with no project of its
// own is that project's. Read once per article from the relations companyOfProject.ts reads, inverted.
import { articleReading } from './articleReadings';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { companyRightBefore, projectBuilders } from './companyOfProject';
import { fullestWritings, oneProject } from './projectVariants';

/**
 * Money given to a company (`funding`: subsidies, loans) or of no kind of its own (`other`: a deposit
 * returned, a fee) is the company's, not its project's investment or results.
 */
const NOT_THE_PROJECTS = new Set(['funding', 'other']);

/**
 * The project the article ties `company` to, when it ties it to one only (two writings of one project's
 * name count once, projectVariants.ts): a company tied to two projects leaves its amounts without one
 * (absent is better than wrong). The project is named by its longest writing in the article.
 */
export function oneProjectOfCompany(ctx: LinkContext, amount: LinkSpan, company: LinkSpan): LinkSpan | undefined {
  if (NOT_THE_PROJECTS.has(amount.entity.role ?? '')) return undefined;
  return companiesProjects(ctx).get(ctx.registeredFormOf(company).name) ?? undefined;
}

/** Each company's one project (by the registered company's name); null for a company tied to two. Read once per article. */
function companiesProjects(ctx: LinkContext): ReadonlyMap<string, LinkSpan | null> {
  return ctx.once(COMPANIES_PROJECTS);
}

const COMPANIES_PROJECTS = articleReading((ctx): ReadonlyMap<string, LinkSpan | null> => {
  const projects = ctx.spans.filter((span) => span.entity.label === 'PROJECT' && span.named);
  const fullest = fullestWritings(projects);
  const found = new Map<string, LinkSpan | null>();
  const tie = (company: LinkSpan | undefined, project: LinkSpan) => {
    if (!company) return;
    const key = ctx.registeredFormOf(company).name;
    const named = fullest.get(project.name) ?? project;
    const before = found.get(key);
    if (before === undefined) found.set(key, named);
    else if (before !== null && !oneProject(before, named)) found.set(key, null);
  };
  const builders = projectBuilders(ctx);
  for (const project of projects) {
    tie(companyRightBefore(ctx, project), project);
    tie(builders.get(project.name), project);
    tie(ctx.parks.companyInside(project), project);
  }
  return found;
});
