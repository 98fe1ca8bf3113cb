// `2022年某市引进项目投资额首次突破X`, `其中,引进制造业项目计划投资额X`, `2019年以来,签约项目意向投资额超过X`,
// `2021-2023年政府总投资项目约X` (scope, see moneyScope.ts): projects named only by how they came in (brought
// in, signed, started) or by who pays (the government), with at most a kind between, are a collection;
// their money right after is its sum, though another clause of the sentence names one project. Not the
// project of the occasion reported (`此次签约项目`, read in thisOccasionProject.ts), nor a company's
// (`某某公司签约项目`), nor one phase (`开工的项目二期`). Reads the amount's own clause only.
import { code, isClauseEnd, isHan, runStart } from '../text';
import { WordMap } from '../wordMap';
import { MU, XIANG } from './moneyCues';

/** How projects came in, or who pays for them, written right before their kind or `项目`. */
const INTAKE = WordMap.of(['引进', '引進', '签约', '簽約', '新签', '新簽', '新签约', '新簽約', '开工', '開工', '新开工', '新開工',
  '签订', '簽訂', '新签订', '新簽訂', '在建', '续建', '續建', '落地', '招商', '政府投资', '政府投資', '政府总投资', '政府總投資']);

const DE = code('的');

/** How many Han characters of a kind may stand between the intake word and `项目` (`制造业`, `重大产业`). */
const KIND_REACH = 4;

/** Words, if any, between `项目` and the amount: a kind of money and its bound (`计划投资额`, `意向投资额首次超过`). */
const MONEY_AFTER_PROJECTS = /^(?:计划|計劃|意向|协议|協議|合同)?(?:总|總)?(?:投资|投資)?(?:总额|總額|总金额|總金額|金额|金額|额|額)?(?:首次)?(?:突破|超过|超過|达到|達到|达|達|为|為|约|約|近|超|逾|共计|共計|共)*$/;

/** Words that make the projects one: the occasion's, or a company's (`此次签约项目`, `某公司签约项目`). */
const ONE_OWNER = WordMap.of(['此次', '本次', '这次', '這次', '该', '該', '公司', '集团', '集團', '企业', '企業']);

/** The start of an intake word whose kind run ends at `head` (the `项目` at `head`), or -1. */
function intakeBefore(text: string, from: number, head: number): number {
  for (let k = head; k >= from && head - k <= KIND_REACH + 1; k--) {
    const len = INTAKE.longestEndingAt(text, k, from);
    if (len > 0) return k - len;
    const c = text.charCodeAt(k - 1);
    // `开工的项目`: what the `的` describes is the occasion's project or projects, not a kind.
    if (k > from && (!isHan(c) || c === DE)) return -1;
  }
  return -1;
}

/**
 * `新签订项目合作协议172个`: the `项目` at `head`, in the clause from `from`, names projects by their intake, a
 * collection, not one project's name (asked where a clause opened by a project's name makes an item).
 */
export function intakeNamesProjects(text: string, from: number, head: number): boolean {
  const intake = intakeBefore(text, from, head);
  return intake >= 0 && !ONE_OWNER.occursIn(text, from, intake);
}

/** The amount at `start` is the sum of projects named by their intake in its own clause (see the file's head). */
export function intakeProjectsFigure(text: string, lo: number, start: number): boolean {
  const from = runStart(text, start, isClauseEnd, lo);
  for (let head = start - 2; head >= from; head--) {
    if (text.charCodeAt(head) !== XIANG || text.charCodeAt(head + 1) !== MU) continue;
    if (!MONEY_AFTER_PROJECTS.test(text.slice(head + 2, start))) return false;
    return intakeNamesProjects(text, from, head);
  }
  return false;
}
