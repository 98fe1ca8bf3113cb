// Money in what a company's person is quoted saying, the speaker named after the closing quote with the
// company as where they work (`“今年公司计划总投资X,…。”昨天,在…开工仪式上,C董事长某某说`): the company's own
// voice, so the money is the company's, before any company the paragraph spoke of (a subsidiary building the
// project, `C(某地)有限公司`, is not the one speaking). Asked by `linksOf` in links.ts.
import { foldedText } from '../fold';
import type { LinkSpan } from './linkNames';
import type { LinkContext } from './linkContext';
import { TITLE_AFTER } from './projectSpeaker';

/** How far the quote is read on either side of the amount, and the speaker after it (UTF-16 units). */
const QUOTE_REACH = 160;
const SPEAKER_REACH = 80;
const SAYS_REACH = 40;
/** How many spans after the amount are looked at for the speaker's company. */
const SPANS_AFTER = 8;
/** The verb of saying after the speaker's title and name (`说`, `表示`, `介绍`…), before the sentence ends. */
const SAYS = /^[^。!?“”]*?(?:说|表示|介绍|称|透露|坦言|告诉)/;

/** The company of the person quoted saying the amount at span `i`, named after the closing quote. */
export function quotedSpeakerCompany(ctx: LinkContext, i: number): LinkSpan | undefined {
  const close = quoteEndAround(ctx.structure.text, ctx.spans[i].entity);
  if (close === undefined) return undefined;
  for (let k = i + 1; k < Math.min(ctx.spans.length, i + 1 + SPANS_AFTER); k++) {
    const span = ctx.spans[k];
    if (span.entity.start <= close) continue;
    if (span.entity.label !== 'COMPANY') continue;
    return span.named && speaks(ctx, close, span) ? span : undefined;
  }
  return undefined;
}

/** Where the quote holding the amount closes, when it opens before it in the paragraph; undefined otherwise. */
function quoteEndAround(text: string, amount: { start: number; end: number }): number | undefined {
  const before = text.slice(Math.max(0, amount.start - QUOTE_REACH), amount.start);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.indexOf('”', open) >= 0 || before.indexOf('\n', open) >= 0) return undefined;
  const after = text.slice(amount.end, amount.end + QUOTE_REACH);
  const close = after.indexOf('”');
  if (close < 0 || after.lastIndexOf('“', close) >= 0 || after.lastIndexOf('\n', close) >= 0) return undefined;
  return amount.end + close;
}

/** Is the company right after the quote (same sentence), a person's title after it, then a verb of saying? */
function speaks(ctx: LinkContext, close: number, company: LinkSpan): boolean {
  if (company.entity.start - close > SPEAKER_REACH) return false;
  const between = ctx.structure.text.slice(close + 1, company.entity.start);
  if (/[。!?\n“”]/.test(between)) return false;
  const after = foldedText(ctx.structure.text.slice(company.entity.end, company.entity.end + SAYS_REACH));
  return TITLE_AFTER.test(after) && SAYS.test(after);
}
