// An area park's name (`…产业园`, `…基地`) listed among the projects of a signing or a start of
// works is the project's name, not a park (guidelines: a company's facility or a project is not a
// PARK): `开工的有A产业园、B钢结构`, `包括A物流基地、B产业园等12个新开工项目`. The list is read from
// the park outwards, item by item, at most MAX_REACH characters each way, so the cost per park is bounded.
import { charSet, isHan } from '../text';
import { WordMap } from '../wordMap';

const MAX_REACH = 80;
/** Longest stretch between 等 and 项目 (`等24个新开工项目`). */
const MAX_AFTER_DENG = 10;
const CLAUSE_END = charSet('，,。；;：:！？!?\n');
/** Between 等 and 项目, these make the list one of places (`等地的项目`, `等园区项目`), not of projects. */
const PLACE_CHARS = charSet('园区地处');
const DENG = '等'.charCodeAt(0);
/** What opens a list of the projects started, finished or signed (`集中开工的有`). */
const LIST_HEADS = WordMap.of(['开工的有', '竣工的有', '投产的有', '签约的有', '开工项目有', '竣工项目有', '签约项目有', '开竣工项目有']);

/** Is the park at [start, end) an item of a list of projects? */
export function listedAsProject(text: string, start: number, end: number): boolean {
  // headsItsItem last: it reads only the parks a list holds
  return !goesOnAsProjectOrPlace(text, start, end) && (closedByProjects(text, end) || openedByProjects(text, start) || namesCountedProjects(text, start) || namedAsProject(text, start)) && !headsItsItem(text, end);
}

/** What gives a project its name (`项目名称暂定为`, `项目命名为`): the name after it is the project's. */
const PROJECT_NAMINGS = WordMap.of(['项目名称为', '项目名称暂定为', '项目名称定为', '项目暂定名为', '项目名为', '项目命名为', '项目暂命名为']);
const OPEN_QUOTES = charSet('“"「『');

/** Is the park at `start` the name a project is given (`项目名称暂定为“某某工业园”`), quoted or not? */
function namedAsProject(text: string, start: number): boolean {
  const at = start > 0 && OPEN_QUOTES.has(text.charCodeAt(start - 1)) ? start - 1 : start;
  return PROJECT_NAMINGS.longestEndingAt(text, at) > 0;
}

/**
 * Is the park at [start, end) one of the things a list of projects names, its item or the site heading its item
 * (`A产业园标准厂房、B等项目8个`, `签下A小镇和B总部…三大项目`)? The links read such a park as part of what is
 * counted, not as a place of its own competing with the subject that counts them.
 */
export function amongListedProjects(text: string, start: number, end: number): boolean {
  // An item of the list: a joiner on one side (`A、K、B`, `K和B`), not the subject before the list's verb (`K签下A、B等项目`).
  const joined = LIST_JOINERS.has(text.charCodeAt(end)) || (start > 0 && LIST_JOINERS.has(text.charCodeAt(start - 1)));
  return joined && !goesOnAsProjectOrPlace(text, start, end) && (closedByProjects(text, end) || closedByCount(text, end) || openedByProjects(text, start) || namesCountedProjects(text, start));
}

/** `A小镇和B总部、C综合体以及D项目三大重磅项目`: the clause after the park ends with a count of projects. */
function closedByCount(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_REACH);
  let k = end;
  while (k < limit && !CLAUSE_END.has(text.charCodeAt(k))) k++;
  return k < limit && COUNT_OF_PROJECTS.test(text.slice(Math.max(end, k - COUNT_REACH), k));
}

/**
 * `A、B科技城项目等项目`: a park written right before `项目` is the listed project's name (the project span takes it),
 * not an item of its own; `于A或B设立…等项目`: a park on either side of `或` is one of the places offered, not a project.
 */
function goesOnAsProjectOrPlace(text: string, start: number, end: number): boolean {
  return text.startsWith('项目', end) || text.startsWith('項目', end) || text.charCodeAt(end) === OR || (start > 0 && text.charCodeAt(start - 1) === OR);
}
const OR = '或'.charCodeAt(0);

/** What joins the items of a list or closes it (`A产业园和B基地`, `A产业园等`): the park is an item by itself. */
const LIST_JOINERS = charSet('、和与及暨等');
/** The park's own works or phase written after it (`A产业园建设`, `A产业园配套工程`, `A产业园二期`): the item is the park. */
const PARK_WORKS = WordMap.of(['建设', '配套', '基础设施', '扩建', '一期', '二期', '三期', '四期', '首期']);

/**
 * `其中,A工业园B公司光伏储能、C项目等4个项目`, `A产业园标准厂房、B产业园等项目`: a park right before a name of
 * its own (a Han unit, no joiner, no works or phase of the park's, no `项目` ending the item) heads that item as its
 * site; the item is the thing built in it, and the park stays a park.
 */
function headsItsItem(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  return isHan(c) && !LIST_JOINERS.has(c) && PARK_WORKS.longestStartingAt(text, end) === 0 && !itemEndsWithProject(text, end);
}

/** `A科创园投资运营项目、B项目等`: the item after the park runs to `项目`, a project's name holding the park, one span. */
function itemEndsWithProject(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_REACH);
  for (let k = end; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END.has(c) || LIST_JOINERS.has(c)) return false;
    if (text.startsWith('项目', k)) return true;
  }
  return false;
}

/**
 * Counts of projects written before `项目` (`两个重点项目`, `3个项目`, `两大项目`), and the verb that introduces them
 * one by one (`这4个项目分别是:`, `3个项目分别为`, `两个项目包括`): what the colon opens names those projects.
 */
const COUNT_OF_PROJECTS = /(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|项|大)[\u4e00-\u9fff]{0,4}项目(?:分别是|分别为|包括)?$/;
/** What may stand between the counted projects and their names (`两个重点项目,A…`, `两个项目:A…`). */
const APPOSITION = charSet('，,：:');
/** How far before `项目` a count of them may start. */
const COUNT_REACH = 10;

/**
 * `正在建设两个重点项目,A产业园和B产业园`, `这3个项目分别是:A小镇、B产业园`: the names right after a count of projects,
 * in the clause that follows it, are those projects' names.
 */
function namesCountedProjects(text: string, start: number): boolean {
  const floor = Math.max(0, start - MAX_REACH);
  let k = start;
  while (k > floor && !CLAUSE_END.has(text.charCodeAt(k - 1))) k--;
  if (k <= floor || !APPOSITION.has(text.charCodeAt(k - 1))) return false;
  return COUNT_OF_PROJECTS.test(text.slice(Math.max(0, k - 1 - COUNT_REACH), k - 1));
}

/** `A、B产业园、C等…项目`: the list after the park closes with 等 and a head noun 项目. */
function closedByProjects(text: string, end: number): boolean {
  const limit = Math.min(text.length, end + MAX_REACH);
  for (let k = end; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (CLAUSE_END.has(c)) return false;
    if (c !== DENG) continue;
    for (let j = k + 1; j < Math.min(text.length, k + 1 + MAX_AFTER_DENG); j++) {
      const d = text.charCodeAt(j);
      if (CLAUSE_END.has(d) || PLACE_CHARS.has(d)) return false;
      if (text.startsWith('项目', j)) return true;
    }
    return false;
  }
  return false;
}

/** `集中开工的有A产业园、B钢结构`: the list before the park opens with what was started. */
function openedByProjects(text: string, start: number): boolean {
  const floor = Math.max(0, start - MAX_REACH);
  let k = start;
  while (k > floor && !CLAUSE_END.has(text.charCodeAt(k - 1))) {
    if (LIST_HEADS.longestEndingAt(text, k, floor) > 0) return true;
    k--;
  }
  return false;
}
