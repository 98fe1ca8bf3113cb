// The owner of the article's one project: in an article that names one project only, a company the text
// says owns or builds the project taken up (`该项目业主单位C`, `该项目于…签约,由C承建`)
// is the project's company, for its amounts before and after the sentence that says so. Read once per article.
import { articleReading } from './articleReadings';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { articleProject } from './projectOfArticle';
import { oneProject } from './projectVariants';

/** `该项目业主单位C`, `项目建设主体为C`: the project's role word right before the company. */
const OWNER_ROLE_BEFORE = /项目的?(?:业主单位|业主方|业主|建设单位|建设主体|投资主体|实施主体)\s*(?:为|是|系)?\s*$/;
/** `由C承建`: `由` right before the company… */
const BY_BEFORE = /由\s*$/;
/** …and the building or investing verb right after it. */
const BUILDS_AFTER = /^\s*(?:投资建设|投资|出资|投建|建设|承建|兴建)/;
/** `该项目于…,由C承建`: the sentence opens with the project taken up, so `由C` is said of it. */
const PROJECT_OPENS = /^\s*(?:该|此|本|这个)?项目/;
/** How far before and after the company the role words are read (folded units). */
const ROLE_REACH = 12;
const OPENING_REACH = 6;

interface Owner {
  readonly project: LinkSpan;
  readonly company: LinkSpan;
}

/** The company of `project` when it is the article's one project and the text names its owner. */
export function ownerOfSoleProject(ctx: LinkContext, project: LinkSpan): LinkSpan | undefined {
  const owner = ctx.once(SOLE_PROJECT_OWNER);
  return owner && oneProject(owner.project, project) ? owner.company : undefined;
}

const SOLE_PROJECT_OWNER = articleReading((ctx): Owner | null => {
  const project = articleProject(ctx);
  if (!project) return null;
  let found: LinkSpan | undefined;
  for (const span of ctx.spans) {
    if (span.entity.label !== 'COMPANY' || !span.named || !saysOwner(ctx, span)) continue;
    // Two owners said: the text does not tie the project to one.
    if (found && found.name !== span.name) return null;
    found ??= span;
  }
  return found ? { project, company: found } : null;
});

/** Is the company said, in its own sentence, to own or build the project? */
function saysOwner(ctx: LinkContext, company: LinkSpan): boolean {
  const before = ctx.structure.before(company.entity.start, ROLE_REACH);
  if (OWNER_ROLE_BEFORE.test(before)) return true;
  if (!BY_BEFORE.test(before) || !BUILDS_AFTER.test(ctx.structure.after(company.entity.end, ROLE_REACH))) return false;
  const start = ctx.structure.sentenceStart(company.sentence);
  return PROJECT_OPENS.test(ctx.structure.folded(start, Math.min(company.entity.start, start + OPENING_REACH)));
}
