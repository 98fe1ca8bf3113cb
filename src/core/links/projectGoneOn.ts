// The current project goes on: `P项目…开工。…整个项目建成投产后,…。预计年产值可达X` — a sentence of the paragraph that
// names nothing before its amount (no project, company, park or place as its subject, nothing pointed back to but a
// project) still speaks of the project the paragraph is about, the one last named as a subject or linked to an item
// amount. A new subject (a company, another project, a place, `该基金`) or the projects spoken of as a group since
// ends it; so does another phase than the project's own.
import { factoryOpens } from './companyOfAmount';
import { placeSubjectAny } from './linkClauses';
import { WINDOW, type LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import type { Topic } from './linkTopic';
import { groupSince, opensWithOtherPhase, otherPhase } from './projectOfAmount';

/** A thing pointed back to that is no project (`该基金`, `该园区`, `这些企业`): a subject of its own. */
const OTHER_THING_BACK = /(?:^|[,。;:])\s*(?:该|此|这个|这一|这些|各|其他|其它)(?!项目|期)/;
/**
 * How a sentence with no subject of its own opens (after a quote mark and a word of time or source at most): the
 * project or a phase of it, or straight with what is planned, done or yielded (`预计年产值…`, `一期规划…`, `计划投资…`).
 */
const SUBJECTLESS_OPENING = /^\s*[“"]?\s*(?:(?:目前|当前|同时|此外|另外|据悉|据了解|据介绍)\s*,?\s*)?(?:(?:该|此|本|整个|这个)?项目|(?:第)?[一二三四五首]期|预计|预期|计划|拟|将|可|已|总投资|(?:累计)?完成|建成|投产|达产|力争|年(?:产值|销售|营业|税|利))/;
/** `总投资X的Q`: the amount describes a thing named after it. */
const DESCRIBES_AFTER = /^\s*(?:左右|以上|多|余)?\s*的/;
/** The money of the sentence is shared out or summed (`其中A…`, `分别`, `共计`, `累计`): no one project's. */
const SHARED = /其中|分别|合计|共计|累计|总计|全年|全市|全县|全区|全省/;

/**
 * The paragraph's current project (`topic.project`) for the item amount at span `i` (sentence spans from `from`) that
 * no rule tied to a project (the caller asks last), when its sentence names nothing before it.
 */
export function projectGoneOn(ctx: LinkContext, i: number, from: number, topic: Topic): LinkSpan | undefined {
  const project = topic.project;
  if (!project) return undefined;
  // A sentence of many amounts is a list, no sentence without a subject: read a few spans at most.
  if (i - from > WINDOW) return undefined;
  for (let j = from; j < i; j++) if (ctx.spans[j].entity.label !== 'MONEY') return undefined;
  const amount = ctx.spans[i];
  const lead = ctx.leadOf(amount);
  const start = ctx.structure.sentenceStart(amount.sentence);
  if (!SUBJECTLESS_OPENING.test(ctx.structure.gap(start, amount.entity.start) ?? lead)) return undefined;
  if (DESCRIBES_AFTER.test(ctx.structure.after(amount.entity.end, 6))) return undefined;
  if (placeSubjectAny(lead) || OTHER_THING_BACK.test(lead) || SHARED.test(lead) || factoryOpens(ctx, amount)) return undefined;
  if (otherPhase(project.name, lead) || opensWithOtherPhase(project.name, lead)) return undefined;
  return groupSince(ctx, topic, amount.entity.start) ? undefined : project;
}
