// A site's area or land stated right after an amount (scope, see moneyScope.ts): `总投资X,占地面积60亩`,
// `总投资X,总建筑面积约1.2万平方米`, `计划投资X,拟用地150亩`. Land and floor space measured in the next clause
// describe one site being built, so the amount is that one site's cost, not a sum, though its sentence names
// no owner (a building, a park built as one project, a plant spoken of before). A batch measured so
// (`新开工项目18个,总投资X,总占地Y亩`) is counted before the amount, which the rules weighed first catch.
// Small windows of folded text.
import { isClauseEnd, isNumeral, runStart, unitAt } from '../text';
import { WordMap } from '../wordMap';

/** The words that open a site's measure of land or floor space. */
const AREA_WORDS = WordMap.of(['占地', '用地', '建筑面积', '占地面积', '用地面积', '规划用地', '规划占地']);

/** Words that may stand between the comma and the measure: the site pointed at, `总`, a plan. */
const AREA_LEADS = WordMap.of(['项目', '该项目', '总', '拟', '计划', '预计', '项目总', '项目规划']);

/** How many characters after the measure's word its number may start (`约`, `为`, `达`, `面积约`). */
const NUMBER_REACH = 4;

const COMMA = 0x2c;
const FULL_COMMA = 0xff0c;

/** How far back the amount's clause is read for a part's `其中`. */
const CLAUSE_REACH = 24;
const PART_WORD = '其中';

/**
 * `其中,总投资X,规划用地Y亩`: a part of a whole said before; whose it is, the rules for parts decide (the site
 * measured may be one of several spoken of).
 */
function partOpening(text: string, start: number): boolean {
  const clause = runStart(text, start, isClauseEnd, Math.max(0, start - CLAUSE_REACH));
  return text.startsWith(PART_WORD, clause) || (clause >= PART_WORD.length + 1 && text.startsWith(PART_WORD, clause - PART_WORD.length - 1));
}

/**
 * True when the clause right after the amount at `start` (after one comma) opens with a site's area or land and its
 * number, and the amount's own clause is no part opened by `其中`.
 */
export function siteAreaAfter(text: string, start: number, afterEnd: number): boolean {
  const comma = unitAt(text, afterEnd);
  if (comma !== COMMA && comma !== FULL_COMMA) return false;
  let k = afterEnd + 1;
  k = AREA_LEADS.startingAt(text, k)?.end ?? k;
  const area = AREA_WORDS.startingAt(text, k);
  if (!area) return false;
  for (let i = area.end; i < Math.min(text.length, area.end + NUMBER_REACH); i++) {
    if (isNumeral(text.charCodeAt(i))) return !partOpening(text, start);
  }
  return false;
}
