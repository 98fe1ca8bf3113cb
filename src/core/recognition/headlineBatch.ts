// A headline opened by its amount, then set off by `!`, a comma or a space, tells in the rest of the line
// what the amount is: `60亿元!某县招商项目集中签约`, `120亿元!15个生物医药重大项目落户某高新区`. When
// that rest says a batch (`集中签约`, `集中开工`) or counts projects or firms, the amount is the
// money of those projects together: their investment (role, asked last in moneyRole.ts, when no cue
// names a kind) and their sum (scope, asked in moneyScope.ts before the words around the amount).
// A headline naming one investor and one plant (`斥资X!某某化学宣布扩建工厂`) says neither.
// Read over at most one headline line after the amount: no scan of the article.
import type { MoneyRole } from '../types';
import { charSet, code, isHan, unitAt } from '../text';

/** The marks a headline sets its opening amount off with. */
const HEADLINE_BREAKS = charSet('!！,，  \t');

/** How many Han characters of its cue may stand before an amount that opens a headline (`总投资达`). */
const HEADLINE_LEAD = 6;

/** How far a headline runs after its amount, at most. */
const HEADLINE_REST = 40;

/**
 * A batch of works signed or started together, or a count of projects or firms: a digit or Chinese
 * numeral count with its classifier, then at most a few words of kind (`19个集成电路产业重大项目`); or
 * several pointed at or said uncounted (`某地签约这些项目`, `一批重大项目落地`).
 */
const BATCH_OR_COUNT = /集中(?:签约|开工|开竣工|竣工|投产)|(?:\d+ ?|[一二三四五六七八九十两百]+)[个项家][^,，。;；:：!！\s]{0,14}?(?:项目|企业)|(?:这些|这批|一批|一大批|多个|多家)[^,，。;；:：!！\s]{0,6}?(?:项目|企业)/;

/** `72亿元!某地招商项目集中签约`: an amount opening a headline whose rest says a batch or counts projects. */
export function headlineBatchAfter(text: string, start: number, afterEnd: number): boolean {
  if (!HEADLINE_BREAKS.has(unitAt(text, afterEnd)) || !opensLine(text, start)) return false;
  const rest = headlineRest(text, afterEnd + 1);
  return rest !== undefined && BATCH_OR_COUNT.test(rest);
}

/**
 * Only Han characters (the amount's cue, if any) stand between the start of the line and the amount; a site that
 * sets numbers off with spaces (`总投资 89.5 亿元!`) puts one space between the cue and the amount.
 */
function opensLine(text: string, start: number): boolean {
  const end = start > 0 && text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
  for (let k = end - 1; k >= end - HEADLINE_LEAD - 1; k--) {
    if (k < 0 || text.charCodeAt(k) === NEWLINE) return true;
    if (COLONS.has(text.charCodeAt(k))) return labelOpensLine(text, k);
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

/** The marks a site's column label ends with before its headline (`某某关注:总投资X!…`). */
const COLONS = charSet(':：');

/** How many Han characters a column label before a headline holds, at most. */
const LABEL_REACH = 6;

/** `某某关注:`: a short label of Han characters alone on the line before the colon at `colon`. */
function labelOpensLine(text: string, colon: number): boolean {
  for (let k = colon - 1; k >= colon - LABEL_REACH - 1; k--) {
    if (k < 0 || text.charCodeAt(k) === NEWLINE) return k < colon - 1;
    if (!isHan(text.charCodeAt(k))) return false;
  }
  return false;
}

/** The rest of the line after the break, if it ends within a headline's length with no `。` on the way. */
function headlineRest(text: string, from: number): string | undefined {
  for (let k = from; k <= from + HEADLINE_REST; k++) {
    if (k >= text.length || text.charCodeAt(k) === NEWLINE || text.charCodeAt(k) === RETURN) return text.slice(from, k);
    if (text.charCodeAt(k) === FULL_STOP) return undefined;
  }
  return undefined;
}

const NEWLINE = code('\n');
const SPACE = code(' ');
const RETURN = code('\r');
const FULL_STOP = code('。');

/** Their investment, when no cue before names a kind (moneyRole.ts asks this last). */
export function headlineBatchRole(text: string, start: number, afterEnd: number): MoneyRole | undefined {
  return headlineBatchAfter(text, start, afterEnd) ? 'investment' : undefined;
}

/**
 * `总投资额313亿元项目集中签约`: projects signed or started together, written right after the amount, are worth it
 * together (a headline's or a body's wording alike).
 */
const BATCH_RIGHT_AFTER = /^项目集中(?:签约|开工|开竣工|竣工|投产)/;

/** The amount's projects signed or started as one batch right after it (`BATCH_RIGHT_AFTER`). */
export function batchRightAfter(text: string, afterEnd: number): boolean {
  return unitAt(text, afterEnd) === XIANG && BATCH_RIGHT_AFTER.test(text.slice(afterEnd, afterEnd + BATCH_REACH));
}

const XIANG = code('项');
const BATCH_REACH = 8;
