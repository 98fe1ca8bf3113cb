// A whole and its parts listed right after it, in the next sentence opened by `其中` (guidelines, `role` and
// `scope`): `两部委下达X中央预算内投资支持某省水利建设。其中A工程Y,B工程Z`,
// `今年吸引外资X。其中,新批项目48个,投资总额Y;…`, `某公司力争营业收入达到X。其中,计划使车载业务增至Y`.
// Read from both sides: a part whose own sentence names no kind of money is of the kind of the whole
// (`roleOfWholeBefore`: funding, revenue…); a whole whose parts are named or counted there, each with its own
// money, is their sum (`partsNamedAfter`: `aggregate`). Each reads one sentence next to the amount, no more.
import type { MoneyRole } from '../types';
import { code, isClauseEnd, isSentenceEnd } from '../text';
import { WordMap } from '../wordMap';
import { cueBefore, isCountDigit, sentenceStart, WAN, YI, YUAN } from './moneyCues';
import { hasCount } from './projectCounts';

const PARTS_OPENING = '其中';
const FULL_STOP = code('。');

/**
 * The role of the last amount of the sentence before `sStart`, when the amount's sentence opens with `其中`
 * and the one before ends with `。` (a paragraph break starts something else); else undefined.
 */
export function roleOfWholeBefore(text: string, sStart: number): MoneyRole | undefined {
  if (!text.startsWith(PARTS_OPENING, sStart) || sStart < 2 || text.charCodeAt(sStart - 1) !== FULL_STOP) return undefined;
  const end = sStart - 1;
  const from = sentenceStart(text, end);
  const amount = lastAmountStart(text, from, end);
  return amount < 0 ? undefined : cueBefore(text, amount, from)?.role;
}

/** Where the last amount written in text[from, end) starts (its first digit), or -1. */
function lastAmountStart(text: string, from: number, end: number): number {
  for (let i = end - 1; i > from; i--) {
    const c = text.charCodeAt(i);
    if ((c === WAN || c === YI || c === YUAN) && isCountDigit(text.charCodeAt(i - 1))) {
      let k = i - 1;
      while (k > from && (isCountDigit(text.charCodeAt(k - 1)) || text.charCodeAt(k - 1) === DOT)) k--;
      return k;
    }
  }
  return -1;
}

const DOT = code('.');

/** How far after the amount its sentence may end (`…中央预算内投资计划支持某省重大水利工程建设。`). */
const SENTENCE_REST_REACH = 60;

/** How long the first part's clause may be (`其中,某某水利枢纽工程5亿元`). */
const PART_REACH = 30;

/** What names a part as works or a project right before its money (`…工程5亿元`). */
const PART_HEADS = WordMap.of(['工程', '项目', '項目']);

const QI = code('期');

/**
 * The sentence of the amount ends with `。` within reach, and the next opens with `其中` and a part
 * named as works or a project with its money right after the name, or a count of projects, in its first clause.
 */
export function partsNamedAfter(text: string, afterEnd: number): boolean {
  const stop = sentenceStop(text, afterEnd);
  if (stop < 0 || !text.startsWith(PARTS_OPENING, stop + 1)) return false;
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
