// The role of an amount closing a headline that names no kind of money (guidelines, `role`).
import { charSet, isClauseEnd } from '../text';
import { WordMap } from '../wordMap';

/** The longest paragraph read as a headline. */
const HEADLINE_MAX = 40;
/** What may follow the amount at the paragraph's end: spaces, and a carriage return left by the split at line feeds. */
const TRAILING = charSet(' \r\t');

const AGREEMENTS = WordMap.of(['协议', '合同']);
/** Words of a rate (`每平方米X`, `亩均X`): a price or an average, no sum a headline announces. */
const RATE = charSet('每均');

/**
 * `某区产业大招商揽金超X`, `某市高新区东京揽资近X`, `X` alone above the headline: an amount closing a short
 * paragraph of one clause, with no cue anywhere in it, is what the news announces, and
 * investment-promotion news announces investment. Paragraphs are recognised one by one (see
 * recognize.ts), so `text` is the amount's paragraph; only its few characters are read. Not a rate
 * (`每 均`), and not a headline about agreements or contracts (`首日协议及营销金额近X` may announce
 * signed money or trade).
 */
export function headlineInvestment(text: string, sStart: number, start: number, afterEnd: number): boolean {
  if (sStart !== 0 || afterEnd > HEADLINE_MAX) return false;
  for (let p = afterEnd; p < text.length; p++) if (!TRAILING.has(text.charCodeAt(p))) return false;
  for (let p = 0; p < start; p++) {
    const c = text.charCodeAt(p);
    if (isClauseEnd(c) || RATE.has(c) || AGREEMENTS.startingAt(text, p, start)) return false;
  }
  return true;
}
