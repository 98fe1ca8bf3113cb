// The paragraph's one project: an item amount whose sentence names no project, in a paragraph that
// names one project only (under one name, however often) before it, is that project's
// (`P项目位于K。项目总投资X,达产后年产值Y`). Two projects in the paragraph: nothing is said.
// Not when the amount qualifies or builds a thing of its own (`投资X的…`, `投资X建设…`), nor when a
// company is named in its sentence before it (the money may be that company's, for another thing).
// The paragraph's topic must still be that project (a company become the subject ends it), and the
// sentences the topic rules leave on purpose stay unlinked: one speaking of a phase, one opened by a
// factory or by the head of another thing (`产业园于…开工`).
import { articleReading } from './articleReadings';
import type { LinkSpan } from './linkNames';
import { WINDOW, type LinkContext } from './linkContext';
import type { Topic } from './linkTopic';
import { factoryOpens } from './companyOfAmount';
import { PROJECT_HEADS, QUOTE_OPENING, TIME_OPENING } from './projectOfAmount';
import { oneProject } from './projectVariants';

/** A phase in the amount's sentence: whose phase it is, the topic rules decide. */
const ANY_PHASE = /第?[一二三四五六七八九十首]期/;

/** Right after the amount: what it qualifies or builds follows (`X的Q`, `X建设Q`). */
export const OWN_THING_AFTER = /^\s*(?:左右|以上|多|余)?\s*(?:的|建设|新建|兴建|投建|打造|用于|在|于)/;

/**
 * `其中,P项目…,预计达产后产值X;Q研发总部将导入…,预计达产后产值Y`: a clause after `;` opened by a name of its own (left
 * unrecognised) and its verb is the next item of a list, with a subject of its own; not what a project's own clauses
 * open with (`;项目建成后`, `;该项目`, `;年销售收入`, `;预计…`, `;其中…`).
 */
const ITEM_SUBJECT = /^\s*(?!该|此|本|这|其|项目|工程|一期|二期|首期|建成|投产|达产|预计|计划|年|全年|每年|同时|目前|并)[\u4e00-\u9fff]{3,12}?(?:将|拟|计划|已|正在|主要)/;

/** Is the amount's clause (its lead, from the clause's start) the next item of a `;` list? */
function nextItemOfList(ctx: LinkContext, amount: LinkSpan, lead: string): boolean {
  const mark = ctx.structure.text.charAt(ctx.structure.sentenceStart(amount.sentence) - 1);
  return (mark === ';' || mark === '；') && ITEM_SUBJECT.test(lead);
}

/** Per paragraph: its one project (null when it names none or several). Read once per article. */
function paragraphProjects(ctx: LinkContext): ReadonlyMap<number, LinkSpan | null> {
  return ctx.once(PARAGRAPH_PROJECTS);
}

const PARAGRAPH_PROJECTS = articleReading((ctx) => {
  const found = new Map<number, LinkSpan | null>();
  for (const span of ctx.spans) {
    const project = ctx.asProject(span);
    if (!project) continue;
    const sole = found.get(span.paragraph);
    if (sole === undefined) found.set(span.paragraph, project);
    else if (sole !== null && !oneProject(sole, project)) found.set(span.paragraph, null);
  }
  return found;
});

/** The paragraph's one project, named before the amount. */
export function soleProjectOfParagraph(ctx: LinkContext, i: number, topic: Topic): LinkSpan | undefined {
  const amount = ctx.spans[i];
  const project = paragraphProjects(ctx).get(amount.paragraph);
  if (!project || project.entity.start >= amount.entity.start || !topic.project || !oneProject(topic.project, project)) return undefined;
  const lead = ctx.leadOf(amount);
  const opening = lead.replace(QUOTE_OPENING, '').replace(TIME_OPENING, '');
  if (ANY_PHASE.test(lead) || factoryOpens(ctx, amount) || PROJECT_HEADS.some((head) => opening.startsWith(head))) return undefined;
  if (nextItemOfList(ctx, amount, lead)) return undefined;
  if (OWN_THING_AFTER.test(ctx.structure.after(amount.entity.end, 6))) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - WINDOW && ctx.spans[j].sentence === amount.sentence; j--) if (ctx.spans[j].entity.label === 'COMPANY') return undefined;
  return project;
}
