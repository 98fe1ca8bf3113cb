// An amount whose `的` opens a list of names closed by `等…项目` (`总投资X的A、B和C等项目`,
// `总投资X的A、B、C等12个项目现场签约`) describes those projects together: their sum (scope, asked in
// moneyScope.ts where the amount modifies a noun). The list is what the money is spent on, so no item carries an
// amount of its own (`的A项目、总投资Y的B项目`: each figure is its own project's), and the amount opens the list
// rather than being one of its items (`…改造、总投资X的B、C等项目`: X is B's, written after the earlier item).
// Read over one clause after the amount, `、` passed: no scan of the article. The other way round, an amount that is one
// item of a list of amounts each written before its name (`投资X的A、投资Y的B等N个项目`) is its own name's, whatever count
// closes the list (`itemOfAmountsList`).
import { charSet, code, isClauseEnd, isHan, runStart } from '../text';
import { isCountDigit } from './moneyCues';

/** How far after `的` the list may run to its closing `等`. */
const LIST_REACH = 120;

/** How far back over the amount's cue (`计划总投资`) a list mark is looked for. */
const CUE_REACH = 8;

const LIST_COMMA = code('、');
const DENG = code('等');
const SPACE = code(' ');
const XIANG = code('项');
const MU = code('目');
/** What joins a list's items right after an item's `项目`. */
const ITEM_JOINERS = charSet('、和及与');

/** A figure of money inside the list: another amount, whose item is its own. */
const MONEY_UNITS = charSet('亿元');

/** After `等`: an optional count (`12个`, `七大`) and a few words of kind, then `项目` (`等项目`, `等12个重点项目`). */
const PROJECTS_CLOSE = /^(?:[0-9一二三四五六七八九十两百几多]+[个项大])?[\u4e00-\u9fff]{0,4}?项目/;

/** How many units after `等` PROJECTS_CLOSE reads. */
const CLOSE_REACH = 12;

/** `总投资X的A、B等项目`: the amount (its `的` at `afterEnd`) modifies a list of two or more names closed by `等…项目`. */
export function modifiesListOfProjects(text: string, start: number, afterEnd: number): boolean {
  if (itemOfList(text, start)) return false;
  let listed = false;
  const end = Math.min(text.length, afterEnd + 1 + LIST_REACH);
  for (let k = afterEnd + 1; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === LIST_COMMA) listed = true;
    else if (isClauseEnd(c) || MONEY_UNITS.has(c)) return false;
    else if (!listed && namesItsProject(text, k)) return false;
    else if (c === DENG) return listed && PROJECTS_CLOSE.test(text.slice(k + 1, k + 1 + CLOSE_REACH));
  }
  return false;
}

/**
 * `总投资X的P项目计划建设A、B等4个项目`: a project's name closing before the first list mark, and going on into other
 * words, is what the amount modifies; the list after it is what that project builds. (`的A项目、B项目等` is a list.)
 */
function namesItsProject(text: string, k: number): boolean {
  return text.charCodeAt(k) === XIANG && text.charCodeAt(k + 1) === MU && !ITEM_JOINERS.has(text.charCodeAt(k + 2));
}

/** `、总投资X`: a list mark right before the amount's cue makes the amount one item of a list. */
function itemOfList(text: string, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - CUE_REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === LIST_COMMA) return true;
    if (!isHan(c) && c !== SPACE) return false;
  }
  return false;
}

/** `、投资X`, `、计划总投资X`: a verb of investing right after the list mark, an item's own amount. */
const ITEM_CUE_BEFORE = /、(?:计划|预计|拟)?总?投资(?:额|总额)?(?:达|约|为|近|超)? ?$/;
/** An amount written in an earlier item (`投资6亿元的A`, `投资8000万元`). */
const EARLIER_AMOUNT = /[0-9一二三四五六七八九十百千两] ?(?:万|亿)(?:元|美元|欧元|港元)|[万亿]元/;
/** How far back the earlier items of the list are read (within the clause). */
const LIST_BACK_REACH = 80;
const DE = code('的');

/**
 * `投资6亿元的A、投资5亿元的B、投资2亿元的C等11个项目`, `…、投资2.6亿元某某产业园等10个项目`, `投资120亿元的A项目、投资
 * 30亿元的B两大项目`: an amount opening one item of a list whose earlier items hold amounts of their own, its
 * name right after it (past `的`), is that item's: the count closing the list counts the items, not the amount's
 * noun. A noun that is itself counted (`、投资8亿元的3个项目`) is still several.
 */
export function itemOfAmountsList(text: string, start: number, afterEnd: number): boolean {
  const cueFrom = Math.max(0, start - CUE_REACH - 1);
  if (!ITEM_CUE_BEFORE.test(text.slice(cueFrom, start))) return false;
  const mark = text.lastIndexOf('、', start - 1);
  const name = text.charCodeAt(afterEnd) === DE ? afterEnd + 1 : afterEnd;
  if (!isHan(text.charCodeAt(name)) || isCountDigit(text.charCodeAt(name))) return false;
  const from = runStart(text, mark, isClauseEnd, Math.max(0, mark - LIST_BACK_REACH));
  return EARLIER_AMOUNT.test(text.slice(from, mark));
}
