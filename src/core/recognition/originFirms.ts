// Firms named only by where they come from (scope, see moneyScope.ts): `中国公司在该国的投资已超过X`,
// `多家中国企业计划以X在印尼投资`, `德国企业在中国投资了X` — no firm's name, the firms of a country
// together, so their money is a sum (`aggregate`); `这家中国公司…` or a name after the head is one firm.
import { COUNTRY_NAMES } from '../lexicon/placeNames';
import { isClauseEnd, runStart } from '../text';
import { WordMap } from '../wordMap';
import { CLAUSE_LEAD } from './moneyCues';
import { wordsMark } from './windowMarks';

/** Words before the firms that keep them many (`多家`, `上述`, `仅上述`). */
const MANY_BEFORE = WordMap.of(['多家', '上述', '一些', '众多', '不少', '许多', '大批', '一批', '仅上述', '仅']);

/** Where firms come from: the countries company names open with (placeNames.ts), others, and capital by origin. */
const ORIGIN_LIST = [...COUNTRY_NAMES, '外国', '欧洲', '欧盟', '印度', '中资', '外资', '外商', '日资', '韩资', '美资', '台资', '港资'];
const ORIGINS = WordMap.of(ORIGIN_LIST);

/** Some origin may start in the window (windowMarks.ts): most windows hold none, and then the clause is not read. */
const ORIGIN_MARK = wordsMark(ORIGIN_LIST);

/** Heads of firms in general (`企业`, `公司`, `厂商`, `车企`). */
const FIRM_HEADS = WordMap.of(['企业', '公司', '厂商', '车企', '企业家', '投资者', '投资商']);

/**
 * What follows the firms when they are the subject of the money (a place, a plan, a verb of investing), not a
 * name that makes them one firm (`韩国企业某某电子投资X`).
 */
const SUBJECT_GOES_ON = /^(?:在|对|向|计划|拟|将|已|累计|共|纷纷|投资|的投资|的累计投资)/;

/** How much after the firms' head the pattern reads. */
const FOLLOW_REACH = 6;

/** The amount's clause opens with firms named only by their origin, as its subject (`marks`: its window's, windowMarks.ts). */
export function firmsOfOriginOpen(text: string, lo: number, start: number, marks: number): boolean {
  if ((marks & ORIGIN_MARK) === 0) return false;
  let k = runStart(text, start, isClauseEnd, lo);
  while (k < start && CLAUSE_LEAD.has(text.charCodeAt(k))) k++;
  k = MANY_BEFORE.startingAt(text, k, start)?.end ?? k;
  const origin = ORIGINS.startingAt(text, k, start);
  if (!origin) return false;
  const head = FIRM_HEADS.startingAt(text, origin.end, start);
  return head !== undefined && SUBJECT_GOES_ON.test(text.slice(head.end, Math.min(start, head.end + FOLLOW_REACH)));
}
