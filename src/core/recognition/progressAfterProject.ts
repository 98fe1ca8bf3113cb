// A project's progress told in a sentence of its own (scope, see moneyScope.ts):
// `某某医院改造项目,总投资2.5亿元,…。累计完成投资4600万元。` — the sentence has no subject, only a
// date and a verb of progress, and the sentence before speaks of one project: the money is that
// project's, `item`, though `累计` or a date reads like a period's sum.
import { code, isSentenceEnd, runStart } from '../text';
import { CLAUSE_LEAD, MAX_WINDOW } from './moneyCues';
import { hasCount } from './projectCounts';
import { outcomeOfOneProject } from './subjectlessSentence';

/**
 * A sentence opened by progress made so far (`累计完成投资`, `已投资`, `完成年度投资`), after at most a date
 * clause (`截至3月底,`, `截止目前,`): nothing in it names whose progress it is.
 */
const PROGRESS_OPENING = /^(?:(?:截至|截止|到)[^,，。；;]{1,12}[,，]\s*)?(?:目前|现已|已经|已|累计|共计|共)*(?:完成|实现)?(?:年度)?(?:总投资|投资)/;

/** How much of the sentence's opening the pattern reads (`截止2023年3月底,目前已累计完成投资`). */
const OPENING_REACH = 30;

/** How far back the sentence before is read for its subject (a long one names its project first). */
const BEFORE_REACH = 2 * MAX_WINDOW;

/** Sentence ends that keep to one paragraph (a line break starts another subject: a heading, a new item). */
const IN_PARAGRAPH_END = new Set([code('。'), code('；'), code(';')]);

/**
 * The amount's sentence (from `sStart`, a sentence's start) opens with progress made and nothing else
 * before it, and the sentence before, in the same paragraph, has a clause opened by one project's name
 * (`outcomeOfOneProject`) and counts nothing: the progress is that project's.
 */
export function progressAfterOneProject(text: string, sStart: number, start: number): boolean {
  const end = sStart - 1;
  if (end <= 0 || !IN_PARAGRAPH_END.has(text.charCodeAt(end))) return false;
  let k = sStart;
  while (k < start && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  if (!PROGRESS_OPENING.test(text.slice(k, Math.min(start, k + OPENING_REACH)))) return false;
  const before = runStart(text, end, isSentenceEnd, Math.max(0, end - BEFORE_REACH));
  return outcomeOfOneProject(text, before, end) && !hasCount(text, before, end);
}
