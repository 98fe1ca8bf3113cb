// A sentence with no subject of its own right after a sentence about a batch of projects (scope,
// see moneyScope.ts): `上述项目均已开工。项目建成后,年产值…` — its amount is the batch's sum.
import { code, isClauseEnd, isHan, isSentenceEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { CLAUSE_LEAD, CUE_REACH, MAX_WINDOW, MU, ROLE_CUES, sentenceStart, XIANG } from './moneyCues';
import { hasCount, projectsCounted } from './projectCounts';
import { namesOneProject } from './scopeSubject';

/**
 * Openers of a sentence that names no subject of its own: a kind of money (`总投资额3亿美元,…`) or
 * what happens once the projects are built (`项目建成后,年产值…`). Its figures are those of the
 * subject of the sentence before.
 */
const SUBJECTLESS_OPENERS = WordMap.of(['项目建成后', '项目投产后', '项目达产后', '项目全部建成后', '项目全部投产后', '项目全部达产后',
  '建成后', '投产后', '达产后', '全部建成后', '全部投产后', '全部达产后',
  // two stages said together (`项目建成投产后,预计年上缴税收X`)
  '项目建成投产后', '建成投产后']);

/** A batch of projects closing the sentence before (`这些项目…`, `A项目、B公司,均为外资项目`). */
const BATCH_BEFORE = WordMap.of(['这批项目', '此批项目', '本批项目', '这些项目', '上述项目', '以上项目', '均为', '均系', '均属', '都是', '都属']);

/**
 * `A项目、B项目、C公司,均为外资项目。总投资额3亿美元,…`, `这些项目科技含量高。项目建成后,年产值可达…`:
 * a sentence without a subject of its own, right after a sentence about a batch, sums the batch; so
 * does bare `项目` with its money right after a sentence that counts projects (`其中县级项目20个。项目总投资…`).
 */
export function subjectlessAfterBatch(text: string, windowStart: number, start: number): boolean {
  // A long sentence's start may lie beyond the window: read at most one more window back for it.
  const sStart = windowStart > 0 && !isSentenceEnd(text.charCodeAt(windowStart - 1)) ? runStart(text, windowStart, isSentenceEnd, Math.max(0, windowStart - MAX_WINDOW)) : windowStart;
  if (sStart === 0 || !isSentenceEnd(text.charCodeAt(sStart - 1))) return false;
  let k = sStart;
  while (k < text.length && k - sStart < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  // `…28个乡镇项目。项目总投资71.73亿元`: bare `项目` before a kind of money names none of them.
  // `项目累计总投资X`: a summing word between them still sums the projects.
  const bareProjects = text.charCodeAt(k) === XIANG && text.charCodeAt(k + 1) === MU && moneyKindAt(text, RUNNING_SUM.startingAt(text, k + 2)?.end ?? k + 2);
  const outcome = SUBJECTLESS_OPENERS.startingAt(text, k) !== undefined;
  if (!bareProjects && !moneyKindAt(text, k) && !outcome) return false;
  const before = sentenceStart(text, sStart - 1);
  if (BATCH_BEFORE.occursIn(text, before, sStart - 1)) return true;
  // `…等10个项目集中开工。项目投产后,可实现年产值X`: bare `项目` after projects counted is all of them.
  if (bareProjects || (outcome && text.charCodeAt(k) === XIANG)) return hasCount(text, before, sStart - 1);
  // `…重点项目共24项。总投资…`: the sentence's first amount, right after its kind of money, sums the
  // projects just counted, but only a count written on `项目` itself (`建设3个车间。总投资…` is one
  // plant's money; `签约项目6个,总投资…` counts a subject of its own).
  return start - (ROLE_CUES.startingAt(text, k)?.end ?? start) <= CUE_REACH && projectsCounted(text, before, sStart - 1);
}

/** A running sum said between bare `项目` and its kind of money (`项目累计总投资`, `项目共计投资`). */
const RUNNING_SUM = WordMap.of(['累计', '共计', '合计', '总计', '共']);

/** A kind of money (not a bare money word) starts at `k`. */
function moneyKindAt(text: string, k: number): boolean {
  const cue = ROLE_CUES.startingAt(text, k);
  return cue !== undefined && cue.value !== 'money';
}

/**
 * What one project yields once built (`项目达产后,…`), not all of a batch (`项目全部达产后`); or what one
 * project can or will hold (`该项目可入驻…企业28家`).
 */
const ONE_PROJECT_OUTCOME = WordMap.of(['项目建成后', '项目投产后', '项目达产后', '该项目建成后', '该项目投产后', '该项目达产后',
  '项目建成投产后', '项目建成投运后', '项目建成达产后', '项目投运后', '项目可', '项目将', '项目预计',
  // `项目首期投资X,…`: a phase of the project opening the clause, still one project.
  '项目首期', '项目一期', '项目二期', '项目三期',
  // `工程预计将于明年投入使用,可吸引…`: the works, one project said again.
  '工程建成后', '工程投产后', '工程将', '工程预计', '工程可']);

/** `全部`, `全面`: all of a project or of a batch. */
const WHOLLY = WordMap.of(['全部', '全面']);

/** A phase of the project before its outcome (`二期项目建成投运后`), or one said again (`该`): still one project. */
const PHASES = WordMap.of(['一期', '二期', '三期', '四期', '首期', '该', '此', '本']);

/**
 * `项目达产后,预计入驻企业100家以上,可实现年产值约20亿元`: a sentence with a clause opened by one project's
 * outcome (`某某介绍,二期项目建成投运后,…`), or by one project said again or by its phase (`该项目已吸引…`,
 * `三期项目新建厂房…`), speaks of that project; the firms it will host are no batch of projects (see
 * `hasCount`). Only the clauses before the amount are read.
 */
export function outcomeOfOneProject(text: string, sStart: number, start = sStart + 1): boolean {
  for (let k = sStart; k < start; k++) {
    if ((k === sStart || isClauseEnd(text.charCodeAt(k - 1))) && opensOutcome(text, k)) return true;
  }
  return false;
}

function opensOutcome(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && k - from < 4 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  const phase = PHASES.startingAt(text, k)?.end ?? k;
  // `该项目…`, `三期项目…`: a phase or a demonstrative makes bare `项目` one project (not once all of it is
  // built, `该项目全面建成后`, which like `项目全部达产后` may speak of all it holds).
  if (phase > k && text.charCodeAt(phase) === XIANG && text.charCodeAt(phase + 1) === MU) return !WHOLLY.startingAt(text, phase + 2);
  return ONE_PROJECT_OUTCOME.startingAt(text, phase) !== undefined || namedProjectOpens(text, k);
}

/** How far a project's name opening a clause may run before its `项目`. */
const MAX_OPENING_NAME = 24;
const QI = code('其');
const ZHONG = code('中');

/**
 * `其中,某某创新园项目占地100亩,…,预计可吸引30余家企业落地`: a clause opened (past `其中`) by one project's
 * name, one run of Han characters through `项目`, not a kind of project, speaks of that project.
 */
function namedProjectOpens(text: string, from: number): boolean {
  let k = from;
  if (text.charCodeAt(k) === QI && text.charCodeAt(k + 1) === ZHONG) {
    k += 2;
    while (k < text.length && k - from < 6 && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  }
  const limit = Math.min(text.length - 1, k + MAX_OPENING_NAME);
  for (let at = k; at < limit && isHan(text.charCodeAt(at)); at++) {
    if (text.charCodeAt(at) === XIANG && text.charCodeAt(at + 1) === MU) return namesOneProject(text, k, at) || namedGarden(text, k, at);
  }
  return false;
}

/** Shortest name of a garden-like site before `项目` (`某某创新园项目`), past a bare `产业园项目`. */
const MIN_GARDEN_NAME = 5;
const YUAN = code('园');

/**
 * `国家生物医药国际创新园项目`: a site ending in `园`, long enough to be named, is one project, though its
 * other words are kinds' words (which `namesOneProject` reads as a kind).
 */
function namedGarden(text: string, from: number, at: number): boolean {
  return at - from >= MIN_GARDEN_NAME && text.charCodeAt(at - 1) === YUAN;
}
