// What stands around a project mention can show the mention names a kind or a batch of projects, not one project:
// how many there are (`工业项目多`), one among them (`某某新城项目之一`), or a batch handled
// together (`某某县项目集中签约`), or a meeting held about projects (`石化项目招商推介会`). Each test reads a few
// units after the head word only.
import { charSet, code, isHan, unitAt } from '../text';
import { WordMap } from '../wordMap';
import { PROJECT_GENERIC } from './projectWords';

/**
 * `工业项目多、履约率高`: 项目 followed by how many there are, closing the clause, is said of a kind
 * of project (a description of the batch), not of one named project.
 */
export function predicatedAfter(text: string, end: number): boolean {
  let k = end;
  if (DEGREE.has(text.charCodeAt(k))) k++;
  return MANY_OR_FEW.has(text.charCodeAt(k)) && (k + 1 >= text.length || PREDICATE_END.has(text.charCodeAt(k + 1)));
}

const DEGREE = charSet('较很更最');
const MANY_OR_FEW = charSet('多少');
const PREDICATE_END = charSet('、，,。；;”"」』！!\n');

/**
 * `某某新城项目之一`: "one of X's projects" names the place or the event the projects belong to, and
 * `创某某物流项目之最` ("the most of X's projects") ranks among them;
 * `某某县项目集中签约`, `…项目集中开工`: only a batch is signed or started together, so what stands
 * before 项目 is whose batch it is. A named project is never followed by either.
 */
export function oneOfOrBatchAfter(text: string, end: number): boolean {
  const first = text.charCodeAt(end);
  const second = text.charCodeAt(end + 1);
  return (first === ZHI && (second === YI || second === ZUI)) || (first === JI && second === ZHONG);
}

const ZHI = code('之');
const YI = code('一');
const JI = code('集');
const ZHONG = code('中');

/**
 * `石化项目招商推介会`, `中央企业项目合作洽谈会`, `专项活动项目对接会`, `某某县春季线上项目签约暨招商大会`,
 * `某某建设项目推进会`: a meeting that matches, promotes, negotiates or pushes projects is held about a batch of
 * them, and what stands before 项目 says whose or which kind.
 */
export function meetingAfter(text: string, end: number): boolean {
  return PROJECT_MEETINGS.longestStartingAt(text, end) > 0 || batchMeetingAfter(text, end);
}

/** Most characters read after 项目 for a meeting's name. */
const MEETING_CAP = 12;

/**
 * `某省与中央企业项目合作座谈会`, `某某三县项目推介洽谈会`, `某市文旅项目推介暨招商签约会`, `风电项目合同专场签约仪式`:
 * a meeting or ceremony (`会`, `仪式`) whose name, written right after 项目 in one run of Han characters, holds a word
 * of talks, matching or a dedicated session is held about a batch of projects. A project's own ceremony holds none
 * (`某某项目签约仪式`, `某某项目开工仪式`), nor does a bare `推介会`.
 */
function batchMeetingAfter(text: string, end: number): boolean {
  const last = Math.min(text.length, end + MEETING_CAP);
  let batch = false;
  for (let k = end; k < last; k++) {
    if (!isHan(text.charCodeAt(k))) return false;
    if (!batch) batch = BATCH_TALKS.longestStartingAt(text, k, last) > 0;
    if (batch && (text.charCodeAt(k) === HUI || (text.charCodeAt(k) === YI2 && text.charCodeAt(k + 1) === SHI))) return true;
  }
  return false;
}

// `某某项目成果交易会`: a fair trading the results of many projects.
const BATCH_TALKS = WordMap.of('座谈 洽谈 恳谈 对接 招商 专场 交易'.split(' '));
const HUI = code('会');
const YI2 = code('仪');
const SHI = code('式');

// A bare `推介会` may promote one named project (`某某产业园项目推介会`): only the investment-promotion one is a batch's.
const PROJECT_MEETINGS = WordMap.of('对接会 洽谈会 推进会 合作洽谈会 合作洽谈签约会 合作对接会 招商推介会 签约暨招商'.split(' '));

/**
 * `是全市规模最大的某某项目`, `打造全省首个某某项目`, `成为全国最大某某示范项目`: a superlative or a first-of-its-kind
 * right before a mention (or opening it) ranks a project among its kind; the sentence describes what the
 * project is, and its name, if any, is said elsewhere (`X是…最大的Y项目`). So does a rank of importance
 * (`是规划明确的重点某某铁路项目`, `是新城规划的重要配套设施项目`): `重点项目` is generic, and a kind written between
 * the rank and 项目 is still a class of projects. Reads at most five units before `start`.
 */
export function rankedBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start) === ZUI) return true;
  if (IMPORTANCE.longestEndingAt(text, start, Math.max(0, start - 2)) > 0 || IMPORTANCE.longestStartingAt(text, start) > 0) return true;
  if (FIRST_OF_KIND.longestEndingAt(text, start, Math.max(0, start - 3)) > 0) return true;
  // `最大的`, `最具潜力的`: 最 and at most three characters before the 的 closing the superlative.
  if (unitAt(text, start - 1) !== DE) return false;
  for (let k = start - 2; k >= Math.max(0, start - 5); k--) {
    const c = text.charCodeAt(k);
    if (c === ZUI) return !measuredSuperlative(text, k);
    if (!isHan(c)) return false;
  }
  return false;
}

/**
 * `是全省单体规模最大光伏项目`: a superlative inside the mention ranks the project among its kind as much as one before it; no
 * project's name holds 最. Reads the mention [start, anchor) once.
 */
export function superlativeInside(text: string, start: number, anchor: number): boolean {
  for (let k = start + 1; k < anchor; k++) if (text.charCodeAt(k) === ZUI) return true;
  return false;
}

/** What a batch of projects is measured by (`总投资最大的`, `规模最大的`, `投资额最高的`). */
const BATCH_MEASURES = WordMap.of('投资 投资额 总投资 规模 体量 金额 投資 投資額 總投資 規模 體量 金額'.split(' '));

/**
 * `本次开工项目中规模最大的某某项目`, `总投资最大的某某项目`: a superlative of what the batch is measured by, its investment or its
 * size, picks out one project of the batch just counted, which the mention then names (a bare `最大的某某项目是…` ranks a kind).
 * `zui` is the offset of 最.
 */
function measuredSuperlative(text: string, zui: number): boolean {
  return BATCH_MEASURES.longestEndingAt(text, zui, Math.max(0, zui - 3)) > 0;
}

/**
 * `以锂电为代表的绿色电源项目`, `以某某为龙头的…项目`: a mention led by its examples is the kind they stand for, no
 * one project (the examples, if projects, are named before it). Reads the four units before `start`.
 */
export function ledByExamples(text: string, start: number): boolean {
  return start >= 4 && EXAMPLES_LEAD.has(text.slice(start - 4, start));
}

const EXAMPLES_LEAD = new Set(['为代表的', '为龙头的', '為代表的', '為龍頭的']);

const ZUI = code('最');
const DE = code('的');
const FIRST_OF_KIND = WordMap.of('首个 首家 首座 首条 第一个 唯一'.split(' '));
/** Ranks of importance: `重点项目`, `重大项目`, `重要项目` are generic (GENERIC_HEADS in projects.ts). */
const IMPORTANCE = WordMap.of('重点 重點 重大 重要'.split(' '));

/**
 * `某某水厂项目，是缓解供水压力的民生项目`, `某某基地二期项目，将打造成集…为一体的文旅项目`: a clause opening with a copula
 * (`是`, `将打造成`…) right after a named project's head (`项目`, `工程` and a comma) says what that project is, so a
 * mention at the end of the predicate describes the subject, it names no second project. A predicate that runs over
 * a comma reaches the mention only through a `的` right before it (`是…融合发展，带动…发展的某某项目`); a clause after
 * a comma opens with a subject of its own otherwise. Reads back to the sentence's start, at most PREDICATE_CAP
 * units, and gives up at a project head inside the predicate (another name in play).
 */
export function predicateOfNamedProject(text: string, start: number): boolean {
  const floor = Math.max(0, start - PREDICATE_CAP);
  const modified = unitAt(text, start - 1) === DE;
  for (let k = start - 1; k >= floor; k--) {
    const unit = text.charCodeAt(k);
    if (SENTENCE_ENDS.has(unit)) return false;
    if (!CLAUSE_COMMAS.has(unit)) {
      if (SUBJECT_HEAD_ENDS.has(unit) && endsSubjectHead(text, k + 1)) return modified && copulaRightAfterName(text, k + 1, start);
      if (modified && PLACE_SUBJECT_ENDS.has(unit) && COPULAS.longestStartingAt(text, k + 1, start) > 0) return true;
      continue;
    }
    if (SUBJECT_HEAD_ENDS.has(text.charCodeAt(k - 1)) && endsSubjectHead(text, k) && COPULAS.longestStartingAt(text, k + 1, start) > 0) return true;
    if (!modified) return false;
  }
  return false;
}

/**
 * `某某矿井项目是某某产业园的配套煤矿项目`: the copula written right after a named project's head, with no comma, opens the
 * predicate as well; the mention at its end, after a `的`, describes the subject. The subject is named: no determiner
 * (`该 此 本 这`) stands right before its head (`该项目是某某公司投资的某某项目` names the project it points back to).
 */
function copulaRightAfterName(text: string, headEnd: number, start: number): boolean {
  return COPULAS.longestStartingAt(text, headEnd, start) > 0 && !POINTERS.has(text.charCodeAt(headEnd - 3)) && namedSubject(text, headEnd - 2);
}

const POINTERS = charSet('该此本这該這');
const PLACE_SUBJECT_ENDS = charSet('园区城”');

/**
 * The words before a subject's head (`…矿井项目`) name it: not generic words alone (`最大外资项目是某地的某某项目`: a rank of
 * projects, the predicate names the one it is). Reads the run of Han units before the head, at most SUBJECT_CAP.
 */
function namedSubject(text: string, head: number): boolean {
  let from = head;
  while (from > 0 && head - from < SUBJECT_CAP && isHan(text.charCodeAt(from - 1)) && text.charCodeAt(from - 1) !== DE) from--;
  return head - from >= 2 && !PROJECT_GENERIC.covers(text, from, head);
}

const SUBJECT_CAP = 24;

/** Most units read back from a mention for the copula and its subject. */
const PREDICATE_CAP = 60;
const SENTENCE_ENDS = charSet('。；;！!？?\n');
const CLAUSE_COMMAS = charSet('，,');
/** What a project's name ends with, as the subject of the copula (`项目`, `工程`); their last characters. */
const SUBJECT_HEAD_ENDS = charSet('目程');

/** A project's head (`项目`, `工程`) ends at `end`. */
function endsSubjectHead(text: string, end: number): boolean {
  return text.startsWith('项目', end - 2) || text.startsWith('工程', end - 2);
}
/** Copulas and verbs of becoming that open a predicate saying what the subject is. */
const COPULAS = WordMap.of('是 也是 将是 成为 将成为 打造成 将打造成'.split(' '));

/**
 * `副总裁兼项目管理总监`, `某某EMBA项目班`: 项目 opening a person's post (project management) or a course's class is
 * part of that post's or class's name, no project's end; a project's own team (`项目班子`) is not a class.
 */
export function postOrClassAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) === BAN) return text.charCodeAt(end + 1) !== ZI;
  return MANAGEMENT_POSTS.longestStartingAt(text, end) > 0;
}

const BAN = code('班');
const ZI = code('子');
const MANAGEMENT_POSTS = WordMap.of(['管理总监', '管理经理', '管理师']);
