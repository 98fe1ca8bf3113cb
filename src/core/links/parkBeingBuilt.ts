// A park that is itself the works an article tells of (`位于某镇的K工程开工建设。工程全部完工后,每年将创造产值X`,
// `K的建设情况一直备受关注。…总投资X`): the park is built as a project is, and a sentence right after that names
// nothing of its own before its money (no project, company, other park or place) goes on about building it, so
// the money is the park's (guidelines, "Links": the park the money goes to). Not a park where works are built
// (`在K开工建设`): that park is a site, read by the rules of placing.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { spanFact } from './articleReadings';

/** Right after the park: the works of building it (`K工程开工建设`, `K的建设情况`, `K正式开工建设`). */
const BUILT_AFTER = /^\s*(?:工程|的建设|建设工程|(?:正式)?开工建设)/;
/** Right before the park: a word placing something in it, which makes it a site, not the works. */
const SITE_BEFORE = /(?:在|于|落户|位于|入驻|进驻)\s*$/;
/**
 * How a sentence that names nothing of its own opens: the works or project pointed back to (`工程全部完工后`,
 * `该项目`), or straight with its money or its end (`总投资X`, `建成后`).
 */
const NOTHING_OF_ITS_OWN = /^\s*(?:(?:该|此|整个|这个)?(?:工程|项目)|总投资|计划总?投资|建成|全部建成|完工|投产|达产)/;
/** How far after the park its works' money may stand (UTF-16 units: a few short paragraphs). */
const WORKS_REACH = 200;

/** Is the park, written here, the works being built (not a site of works)? */
const BEING_BUILT = spanFact((ctx, park) => {
  if (!BUILT_AFTER.test(ctx.structure.after(park.entity.end, 8))) return false;
  return !SITE_BEFORE.test(ctx.structure.before(park.entity.start, 4));
});

/**
 * The park being built that the amount's sentence goes on about: the span right before the sentence's amounts is
 * that park, within WORKS_REACH, and the sentence opens naming nothing of its own. Asked once the other readings
 * leave the amount without a park; reads the spans back to the first that is no amount, no further.
 */
export function parkBeingBuilt(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  let j = amount.pos - 1;
  while (j >= 0 && ctx.spans[j].entity.label === 'MONEY' && ctx.spans[j].sentence === amount.sentence) j--;
  // Only amounts between the sentence's start and this one: the sentence names nothing of its own.
  if (j < 0 || ctx.spans[j].sentence === amount.sentence) return undefined;
  const park = ctx.spans[j];
  // A park whose name a project bears too (`K项目`) is still the park when written alone: that project is its building.
  if (park.entity.label !== 'PARK' || amount.entity.start - park.entity.end > WORKS_REACH) return undefined;
  if (!ctx.fact(BEING_BUILT, park)) return undefined;
  const opening = ctx.structure.gap(ctx.structure.sentenceStart(amount.sentence), amount.entity.start);
  return opening !== undefined && NOTHING_OF_ITS_OWN.test(opening) ? park : undefined;
}
