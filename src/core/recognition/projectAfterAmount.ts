// An amount written right before the project it is the size of (guidelines, role `investment`):
// `某高新区25亿元新能源项目落户`, `包括5亿元冷链物流、食品加工项目和1亿元的某某调料生产项目`,
// `某县引进3000万元的某某农旅融合项目`. The amount qualifies the project noun phrase that follows it, so
// it is what that project invests. Read only when nothing else in the sentence names the kind of money
// (moneyRole.ts, `projectRightAfter`): a signing before it makes it signed money. Reads a short window
// after the amount only.
import { code, isClauseEnd, isDigit, isHan, isLatin } from '../text';
import { WordMap } from '../wordMap';
import { ROLE_CUES } from './moneyCues';

/** How far after the amount `项目` may stand (the project's kind or name, `冷链物流、食品加工`). */
const NAME_REACH = 20;
const PROJECT_NOUN = '项目';
const DE = code('的');
const LIST_COMMA = code('、');
const QUOTES = new Set([code('“'), code('”'), code('"')]);

/** An agreement after `项目` makes the amount the agreement's value (`签订8亿元项目投资合同`: contract). */
const AGREEMENT_AFTER = WordMap.of(['合同', '协议', '投资合同', '投资协议', '合作协议', '框架协议']);

/** Kinds of money a project's words may name that are no investment (`1亿元贷款项目`, `500万元奖励项目`). */
const NOT_INVESTED = new Set(['contract', 'completed', 'revenue', 'tax', 'funding', 'other']);

/** A bare multiplier opening the amount (`億元`, `千万元`): a size class's round figure, not one project's. */
const BARE_MULTIPLIERS = new Set([...'十百千万亿萬億'].map(code));
/** Bounds right before the amount that make it a size class (`4个超亿元重点项目`). */
const CLASS_BOUNDS = new Set([...'超逾过上'].map(code));

/** Approximation inside the amount (`600多亿元`): a rounded sum of many, as a headline gives a body's total. */
const ROUNDED = /[多余几]/;

/**
 * The amount text[start, afterEnd) is one project's size: written with a number, exact, no bound before
 * it, and followed by the project (projectNamedAfter).
 */
export function sizesProjectAfter(text: string, start: number, afterEnd: number): boolean {
  if (BARE_MULTIPLIERS.has(text.charCodeAt(start)) || (start > 0 && CLASS_BOUNDS.has(text.charCodeAt(start - 1)))) return false;
  return !ROUNDED.test(text.slice(start, afterEnd)) && projectNamedAfter(text, afterEnd);
}

/**
 * The amount ending at `afterEnd` is followed (maybe past one `的`) by a project's kind or name through
 * `项目`, with no punctuation but `、` and quotes, no digit (another amount or a count) and no second
 * `的` in between, and no agreement after `项目`.
 */
export function projectNamedAfter(text: string, afterEnd: number): boolean {
  const from = text.charCodeAt(afterEnd) === DE ? afterEnd + 1 : afterEnd;
  const hi = Math.min(text.length, from + NAME_REACH);
  // `实际利用内资X、签约项目投资Y`: a list comma right after the amount opens another figure.
  if (text.charCodeAt(from) === LIST_COMMA) return false;
  for (let k = from; k < hi; k++) {
    // `2800亿的项目`: past the amount's `的`, `项目` may follow at once.
    if ((k > from || from > afterEnd) && text.startsWith(PROJECT_NOUN, k)) return AGREEMENT_AFTER.startingAt(text, k + PROJECT_NOUN.length) === undefined && !namesOtherMoney(text, from, k);
    if (!namePart(text.charCodeAt(k))) return false;
  }
  return false;
}

/** A character a project's kind or name may hold between the amount and `项目`. */
function namePart(c: number): boolean {
  if (c === LIST_COMMA || QUOTES.has(c)) return true;
  return !(c === DE || isDigit(c) || isClauseEnd(c)) && (isHan(c) || isLatin(c));
}

/** A cue of a kind of money other than investment in text[from, to) (a bounded window). */
function namesOtherMoney(text: string, from: number, to: number): boolean {
  for (let p = from + 1; p <= to; p++) {
    const cue = ROLE_CUES.endingAt(text, p, from);
    if (cue && NOT_INVESTED.has(cue.value)) return true;
  }
  return false;
}

const OF_PROJECT = '的项目';
const YI_UNIT = code('亿');

/**
 * `这次签约的2800亿的项目`, `某市14亿智能服装项目落户`: an amount with no currency word right before a project, through
 * `的项目` or, in 亿, the project's kind or name (projectNamedAfter), is what the project invests, so it is money
 * (guidelines: an amount in 亿 or 万 is money when its sentence makes it so). A count in 万 before a product's name
 * (`年产30万锭纺纱项目`) is none: only `亿` reads through a name, other units after the amount are refused first (money.ts).
 */
export function projectAfterBareAmount(text: string, end: number): boolean {
  return (text.startsWith(OF_PROJECT, end) || text.charCodeAt(end - 1) === YI_UNIT) && projectNamedAfter(text, end);
}
