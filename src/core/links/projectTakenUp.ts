// A project taken up again in a later paragraph: `P项目开工仪式在K举行。`⏎`…该项目总投资X` or
// `…项目建成达产后,年产值Y`. The paragraph's topic does not carry the project over (its first words
// are no anaphor), yet a sentence that speaks of `该项目`/`项目建成后` with no project named in the
// paragraph so far means the last project the article named, when nothing has spoken of projects as
// a group since (`这些项目`, `上述项目`). The anaphors and what stops them are topicProject's
// (takesUp, in projectOfAmount.ts).
import { articleReading } from './articleReadings';
import type { LinkSpan } from './linkNames';
import { WINDOW, type LinkContext } from './linkContext';
import type { Topic } from './linkTopic';
import { PROJECT_GROUP, takesUp } from './projectOfAmount';
import { oneProject } from './projectVariants';

/** What the article has named so far, read once, in order, as the walk asks. */
interface Read {
  /** Spans before this index have been read. */
  next: number;
  /** The last project named in those spans. */
  last?: LinkSpan;
  /** Its paragraph names no other project (one of a list is not what `该项目` takes up). */
  alone: boolean;
  /** The paragraph of the last company or park named in those spans: a subject of its own. */
  otherSubjectParagraph: number;
  /** The text after `last` has been read up to here for a group of projects. */
  textUpTo: number;
  /** Projects spoken of as a group after `last`. */
  grouped: boolean;
}

/** What the walk has read so far, kept with the article: read on as the walk asks. */
const READ = articleReading((): Read => ({ next: 0, last: undefined, alone: false, otherSubjectParagraph: -1, textUpTo: 0, grouped: false }));

/**
 * What may stand right before the first `项目` of the amount's sentence when that `项目` is the anaphor: a
 * determiner (`该 此 本 这个 这一 整个 整体`), a phase (`一期`), or a clause's start. Anything else (`拓新项目计划总投资X,
 * 项目达产后…`, `入驻的投资项目是,建设一座气站,该项目…`) names or describes a project of the sentence's own.
 */
const ANAPHOR_BEFORE = /[该此本个一体期,;:\s"“]/;

/** Back a few units, so a phrase cut by the last look is still seen whole. */
const OVERLAP = 6;

/**
 * The project an earlier paragraph named last, taken up by the amount's sentence (spans [from, …)):
 * only when the paragraph's topic holds no project and no project is named in the paragraph before the amount.
 */
export function projectTakenUp(ctx: LinkContext, i: number, from: number, topic: Topic): LinkSpan | undefined {
  if (topic.project) return undefined;
  const amount = ctx.spans[i];
  const read = readUpTo(ctx, from);
  const project = read.last;
  if (!project || !read.alone || project.paragraph === amount.paragraph || read.otherSubjectParagraph === amount.paragraph) return undefined;
  // Nothing named before the amount in its sentence: no project, and no company or park that could be the subject.
  for (let j = Math.max(from, i - WINDOW); j < i; j++) if (ctx.spans[j].entity.label !== 'MONEY') return undefined;
  if (!takesUp(ctx, amount, project) || namesOwnProject(ctx.leadOf(amount)) || groupedSince(ctx, read, amount.entity.start)) return undefined;
  return project;
}

/** Does the sentence name or describe a project of its own before the amount (its first `项目` is no anaphor)? */
export function namesOwnProject(lead: string): boolean {
  const first = lead.indexOf('项目');
  return first > 0 && !ANAPHOR_BEFORE.test(lead.charAt(first - 1));
}

/** Read the spans before `from` (once: the walk asks in order), keeping the last project named. */
function readUpTo(ctx: LinkContext, from: number): Read {
  const read = ctx.once(READ);
  for (; read.next < from; read.next++) {
    const span = ctx.spans[read.next];
    const project = ctx.asProject(span);
    if (!project) {
      if (span.entity.label !== 'MONEY') read.otherSubjectParagraph = span.paragraph;
      continue;
    }
    read.alone = read.last?.paragraph !== project.paragraph || (read.alone && oneProject(read.last, project));
    read.last = project;
    read.textUpTo = project.entity.end;
    read.grouped = false;
  }
  return read;
}

/** Has the text between the last project and `until` spoken of projects as a group? Each unit is read once. */
function groupedSince(ctx: LinkContext, read: Read, until: number): boolean {
  if (read.grouped || until <= read.textUpTo) return read.grouped;
  const from = Math.max(read.last?.entity.end ?? 0, read.textUpTo - OVERLAP);
  const stretch = ctx.structure.text.slice(from, until);
  read.textUpTo = until;
  if ((stretch.includes('项目') || stretch.includes('項目')) && PROJECT_GROUP.test(ctx.structure.foldedCut(from, until))) read.grouped = true;
  return read.grouped;
}
