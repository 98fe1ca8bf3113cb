// The park of a project's expected results (`项目建成后年产值Y,年税收Z`): the park its investment was
// linked to, said just before in the same paragraph. Read from what the walk has linked, no scan.
import type { LinkContext, SaidSoFar } from './linkContext';
import type { LinkSpan } from './linkNames';
import { ofShorterWriting } from './projectVariants';

/**
 * Remember where the walk put the amount's money, when the amount is an investment: the last investment
 * (`said.lastInvestment`) and the first park of each project's investment (`said.projectInvestmentPark`).
 */
export function noteInvestmentPark(said: SaidSoFar, amount: LinkSpan, park: LinkSpan | undefined, project?: LinkSpan): void {
  // `K成功签约X的P项目` … `P项目计划投资Y`: the park a project was signed in is where its investment goes too.
  if (amount.entity.role === 'contract' && amount.entity.scope === 'item') notePark(said, park, project);
  if (amount.entity.role !== 'investment') return;
  said.lastInvestment = { paragraph: amount.paragraph, park };
  notePark(said, park, project);
}

function notePark(said: SaidSoFar, park: LinkSpan | undefined, project: LinkSpan | undefined): void {
  if (park && project && !said.projectInvestmentPark.has(project.name)) said.projectInvestmentPark.set(project.name, park);
}

/** Shortest name a project is looked up by at the end of a longer writing of it (`某某模组项目` in `韩国某某模组项目`). */
const MIN_TAIL = 6;

/**
 * The park the project's investment (or its signing) was linked to earlier in the walk, if any: under the project's
 * own name, or under a shorter writing its name ends with (`高端某某模组项目` for `韩国高端某某模组项目`), the words
 * it adds naming no other part. Each tail of the name is looked up once: the cost grows with the name, not the article.
 */
export function parkOfProjectInvestment(said: SaidSoFar, project: LinkSpan | undefined): LinkSpan | undefined {
  if (!project) return undefined;
  const own = said.projectInvestmentPark.get(project.name);
  if (own || said.projectInvestmentPark.size === 0) return own;
  return ofShorterWriting(said.projectInvestmentPark, project.name, MIN_TAIL);
}

/**
 * `项目建成后`, `达产后`, `全部投产后`, `投产达效后`, `落成后`, `建成投运后`, `全面投入运营后`, `建成投用后`: the clause
 * speaks of what the project just described will yield once it stands and runs, in the sentence up to
 * the amount (folded lead).
 */
const ONCE_BUILT = /(?:建成|达产|投产|达效|落成|竣工|投运|运营|投用|投入使用)后[^。]*$/;
/** Roles of a project's yield: output, sales, tax, profit. */
const YIELD_ROLES: ReadonlySet<string> = new Set(['revenue', 'tax', 'other']);

/**
 * `此次签约项目计划投资X,拟落户K,…。项目建成后年产值Y,年税收Z`: the yield of the project once built
 * goes to the park its investment, the last said in the paragraph, was linked to (the article's
 * signing park is another's). Undefined when that investment has no park or lies in another paragraph.
 */
export function parkOfResults(ctx: LinkContext, said: SaidSoFar, amount: LinkSpan): LinkSpan | undefined {
  if (!YIELD_ROLES.has(amount.entity.role ?? '')) return undefined;
  const last = said.lastInvestment;
  if (last?.park === undefined || last.paragraph !== amount.paragraph) return undefined;
  return ONCE_BUILT.test(ctx.leadOf(amount)) ? last.park : undefined;
}
