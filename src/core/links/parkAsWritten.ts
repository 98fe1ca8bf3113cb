// A headline writes the article's park short (`某某汽开区` for the `某某汽车经济技术开发区` of the text) or with
// its place's level word (`某某市高新区`, the text saying `某某高新区`): the body's money names the park as the
// body first writes it, as the park is named, which is where a reader of the text meets the park
// (annotation-guidelines.md, "Links": a link is the span of one mention of the linked park). A headline writing
// the park in full keeps its links (the body's short word stands for the headline's name), and writings that
// contain each other already read as one name. Read once per article, after the walk.
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { samePark } from './linkParks';
import { placeLevelWritten, zoneWrittenShort } from './zoneShortWriting';

/** Distinct park names of the body read (an article names a handful; bounds the cost). */
const MAX_NAMES = 64;

/**
 * Relinks every amount below the title whose park link names a mention in the title, when the body first
 * writes that park as it is named (see bodyWritings), to that first body mention, once the
 * amount comes after it.
 */
export function linkParksAsWritten(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const title = ctx.parks.titleParagraph;
  if (title < 0) return;
  const writings = bodyWritings(ctx, title);
  if (writings.size === 0) return;
  for (const span of ctx.spans) {
    const links = span.entity.label === 'MONEY' && span.paragraph > title ? out[span.index] : undefined;
    if (!links?.park) continue;
    const body = writings.get(links.park.start);
    if (body && body.entity.start < span.entity.start) out[span.index] = { ...links, park: { start: body.entity.start, end: body.entity.end } };
  }
}

/**
 * By the start of each park mention in the title: the body's first mention of that park when the body first
 * writes it in another form, not containing the title's nor contained in it, and as the park is named (writtenInFull).
 */
function bodyWritings(ctx: LinkContext, title: number): Map<number, LinkSpan> {
  const inTitle: LinkSpan[] = [];
  /** By name: the first mention below the title (not inside a project's name). */
  const firstBelow = new Map<string, LinkSpan>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span)) continue;
    if (span.paragraph === title) inTitle.push(span);
    else if (span.paragraph > title && !firstBelow.has(span.name) && firstBelow.size < MAX_NAMES) firstBelow.set(span.name, span);
  }
  const found = new Map<number, LinkSpan>();
  for (const park of inTitle) {
    let first = firstBelow.get(park.name);
    for (const [name, span] of firstBelow) {
      if ((!first || span.entity.start < first.entity.start) && oneParkWrittenOtherwise(park.name, name)) first = span;
    }
    if (first && first.name !== park.name && writtenInFull(first.name, park.name)) found.set(park.entity.start, first);
  }
  return found;
}

/** One park in two writings neither of which contains the other. */
function oneParkWrittenOtherwise(a: string, b: string): boolean {
  return a !== b && !a.includes(b) && !b.includes(a) && (samePark(a, b) || zoneWrittenShort(a, b));
}

/**
 * Does the body write the park as it is named, where the headline shortened it: its kind words in full
 * (`某某汽车经济技术开发区` for `某某汽开区`), or its name without the place's level word the headline added
 * (`某某高新区` for `某某市高新区`; the other way round, the headline's writing is the park's name)?
 */
function writtenInFull(body: string, headline: string): boolean {
  return placeLevelWritten(body, headline) ? body.length < headline.length : body.length > headline.length;
}
