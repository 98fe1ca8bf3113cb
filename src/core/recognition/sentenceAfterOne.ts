// A sentence naming nothing of its own, right after a sentence about one thing (scope, see moneyScope.ts): the
// money is that one's, `item`, though a date, `累计` or the lack of a subject reads like a period's sum. Two
// openings point back:
// - progress told on its own (`某某医院改造项目,总投资2.5亿元,…。累计完成投资4600万元。`), after a sentence
//   with a clause opened by one project;
// - `其` ("its": `…将在某市开设新工厂。其建筑面积约为4万平方米,预计投资X`), after a sentence speaking of a plant,
//   a project or a firm; `其中 其他 其余 其间` open no such sentence.
import { charSet, code, isSentenceEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
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

const QI = code('其');
/** What `其` opens that is no pointing back (`其中`, `其他`, `其余`, `其间`, `其次`, `其实`). */
const NOT_ITS = charSet('中他余它间次实');
/** One thing the sentence before may speak of when `其` points back: a plant, a project, a firm, a site. */
const ONE_THING = WordMap.of(['工厂', '新厂', '项目', '公司', '集团', '基地', '生产线', '电站', '园区']);

/** Sentence ends that keep to one paragraph (a line break starts another subject: a heading, a new item). */
const IN_PARAGRAPH_END = charSet('。；;');
/** How far back the sentence before is read for its subject (a long one names its project first). */
const BEFORE_REACH = 2 * MAX_WINDOW;

/**
 * The amount's sentence (from `sStart`, a sentence's start) opens with progress made or with `其` pointing back,
 * nothing else before it, and the sentence before, in the same paragraph, speaks of one project (progress) or one
 * plant, project or firm (`其`) and counts nothing: the money is that one's.
 */
export function sentenceAfterOne(text: string, sStart: number, start: number): boolean {
  const end = sStart - 1;
  if (end <= 0 || !IN_PARAGRAPH_END.has(text.charCodeAt(end))) return false;
  let k = sStart;
  while (k < start && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const its = text.charCodeAt(k) === QI && !NOT_ITS.has(text.charCodeAt(k + 1));
  if (!its && !PROGRESS_OPENING.test(text.slice(k, Math.min(start, k + OPENING_REACH)))) return false;
  const before = runStart(text, end, isSentenceEnd, Math.max(0, end - BEFORE_REACH));
  if (hasCount(text, before, end)) return false;
  return its ? ONE_THING.occursIn(text, before, end) : outcomeOfOneProject(text, before, end);
}
