// The role of an amount in an article's headline that names no kind of money (guidelines, `role`).
import { isSentenceEnd } from '../text';
import { WordMap } from '../wordMap';

/** How far into the text a headline's line may begin: a date or a source line may come before it. */
const HEADLINE_START_REACH = 80;
/** The longest line read as a headline. */
const HEADLINE_MAX = 40;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

const AGREEMENTS = WordMap.of(['协议', '合同']);

function isLineBreak(c: number): boolean {
  return c === LINE_FEED || c === CARRIAGE_RETURN;
}

/**
 * `某区产业大招商吸金超X`, `某县X优化园区配套建设`, `X` alone on a line above the headline: an amount in a
 * short line at the top of the article, with no cue anywhere in it, is what the news announces, and
 * investment-promotion news announces investment. A headline about agreements or contracts
 * (`首日协议及营销金额近X`) may announce signed money or trade, so it is left alone. `sStart` is the
 * start of the amount's sentence, which a line break bounds; only the few characters of that line are read.
 */
export function headlineInvestment(text: string, sStart: number, start: number, afterEnd: number): boolean {
  if (sStart > HEADLINE_START_REACH || (sStart > 0 && !isLineBreak(text.charCodeAt(sStart - 1)))) return false;
  for (let p = sStart; p < start; p++) if (AGREEMENTS.startingAt(text, p, start)) return false;
  for (let p = afterEnd; p < text.length; p++) {
    if (p - sStart > HEADLINE_MAX) return false;
    const c = text.charCodeAt(p);
    if (isSentenceEnd(c)) return isLineBreak(c);
  }
  return text.length - sStart <= HEADLINE_MAX;
}
