// A page that prints its title twice (a site's header, then the story's own heading above the text):
// the second line is the title again, so its amounts are the title's and take the title's links.
import type { AmountLinks } from '../types';
import { LINK_KINDS } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** Fewest characters (trimmed) a line must have to be read as the title repeated, not a short caption. */
const MIN_TITLE = 8;
/** Most spaces around a repeated title (UTF-16 units): longer paragraphs are not copied to be compared. */
const MAX_PADDING = 8;

/**
 * Every later line that repeats the title word for word gives its amounts the links the title's amounts
 * have (in order, same value and currency), those it lacks only. One pass over paragraphs, one over spans.
 */
export function copyToRepeatedTitle(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const title = ctx.parks.titleParagraph;
  if (title < 0) return;
  const { structure } = ctx;
  const bounds = structure.paragraph(title);
  const line = structure.text.slice(bounds.start, bounds.end).trim();
  if (line.length < MIN_TITLE) return;
  const repeats = new Set<number>();
  for (let p = title + 1; p < structure.paragraphCount; p++) {
    const { start, end } = structure.paragraph(p);
    const length = end - start;
    if (length >= line.length && length <= line.length + MAX_PADDING && structure.text.slice(start, end).trim() === line) repeats.add(p);
  }
  if (repeats.size === 0) return;
  const titleAmounts: LinkSpan[] = [];
  const repeated = new Map<number, LinkSpan[]>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'MONEY' || span.entity.role === 'threshold') continue;
    if (span.paragraph === title) titleAmounts.push(span);
    else if (repeats.has(span.paragraph)) repeated.set(span.paragraph, [...(repeated.get(span.paragraph) ?? []), span]);
  }
  for (const amounts of repeated.values()) {
    if (amounts.length !== titleAmounts.length) continue;
    amounts.forEach((span, k) => copyMissing(out, titleAmounts[k], span));
  }
}

function copyMissing(out: (AmountLinks | undefined)[], from: LinkSpan, to: LinkSpan): void {
  const links = out[from.index];
  if (!links || from.entity.value !== to.entity.value || from.entity.currency !== to.entity.currency) return;
  const own: AmountLinks = { ...out[to.index] };
  for (const kind of LINK_KINDS) if (!own[kind] && links[kind]) own[kind] = links[kind];
  out[to.index] = own;
}
