// A total broken down by the sentence right after it (scope, see moneyScope.ts): `下达X支持某地水利建设。
// 其中A水库工程Y,B灌区工程Z`, `今年吸引外资X。其中,新批项目48个,投资总额Y;…`. The parts are named or counted
// there, each with its own money, so the amount is their sum. Reads one sentence after the amount, no more.
import { code, isClauseEnd, isSentenceEnd } from '../text';
import { WordMap } from '../wordMap';
import { isCountDigit } from './moneyCues';
import { hasCount } from './projectCounts';

/** How far after the amount its sentence may end (`…中央预算内投资计划支持某省重大水利工程建设。`). */
const SENTENCE_REST_REACH = 60;

/** How long the first part's clause may be (`其中,某某水利枢纽工程5亿元`). */
const PART_REACH = 30;

const FULL_STOP = code('。');

/** What names a part as works or a project right before its money (`…工程5亿元`). */
const PART_HEADS = WordMap.of(['工程', '项目', '項目']);

const QI = code('期');

/**
 * The sentence of the amount ends with `。` within reach, and the next opens with `其中` and a part
 * named as works or a project with its money right after the name, or a count of projects, in its first clause.
 */
export function partsNamedAfter(text: string, afterEnd: number): boolean {
  const stop = sentenceStop(text, afterEnd);
  if (stop < 0 || !text.startsWith('其中', stop + 1)) return false;
  let from = stop + 3;
  while (from < text.length && isClauseEnd(text.charCodeAt(from)) && !isSentenceEnd(text.charCodeAt(from))) from++;
  const end = clauseEnd(text, from);
  return namedPartWithMoney(text, from, end) || (projectsNamedIn(text, from, end) && hasCount(text, from - 1, end));
}

/** The part's clause speaks of projects (`新批项目48个`), not of a company's cities or sites (`覆盖38个城市`). */
function projectsNamedIn(text: string, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (PROJECTS.startingAt(text, k)) return true;
  return false;
}

const PROJECTS = WordMap.of(['项目', '項目']);

/** The `。` ending the amount's sentence within reach, or -1 when another end or nothing comes first. */
function sentenceStop(text: string, afterEnd: number): number {
  for (let k = afterEnd; k < text.length && k - afterEnd <= SENTENCE_REST_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === FULL_STOP) return k;
    if (isSentenceEnd(c)) return -1;
  }
  return -1;
}

function clauseEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && k - from < PART_REACH && !isClauseEnd(text.charCodeAt(k))) k++;
  return k;
}

/** `某某工程5亿元`: works or a project named, its money right after; not a phase (`一期工程3亿元`, part of one project). */
function namedPartWithMoney(text: string, from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++) {
    const head = PART_HEADS.startingAt(text, k);
    if (head && text.charCodeAt(k - 1) !== QI && isCountDigit(text.charCodeAt(head.end))) return true;
  }
  return false;
}
