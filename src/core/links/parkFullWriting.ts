// One zone written in full once (`某某经济技术开发区`) and short elsewhere (`某某经开区`, `某某开发区`): whichever
// writing a rule met, a body amount's park link names the full writing, so that every amount of one park names
// it alike, as a reader (and the annotators) name the park by its full name (annotation-guidelines.md, "Links":
// any mention of the park will do; a summary per park adds the amounts under one name). The headline's amounts
// keep the headline's writing: a headline is read on its own. The full writing introduces the park: it comes
// before the short one, in running text (a line that is the name alone is a photo's caption or a label, and a
// headline writing the park short before the body's full writing is read on its own). Only kind words written
// short count, two characters
// at least left out: a place written with or without one character (`某某区经济开发区`, `某某经济开发区`) is as
// much the park's name as the other. Read once per article, after the walk (after parkAsWritten.ts).
import type { AmountLinks } from '../types';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { sameZoneShortAndFull } from './linkParks';
import { zoneWrittenShort } from './zoneShortWriting';

/** Distinct park names read (an article names a handful; bounds the cost, pairs of names are compared). */
const MAX_NAMES = 32;
/** Characters a full writing adds at least to the short one: its kind words, not a level word. */
const MIN_LEFT_OUT = 2;

/** A line holding a park's name and fewer other units than this is a caption or a label, no running text. */
const MIN_OTHER_UNITS = 8;

/**
 * Relinks every amount below the title whose park link names a short writing of a zone the article wrote in full
 * before it, in running text, to the full writing's last such mention before the amount.
 */
export function linkParksInFull(ctx: LinkContext, out: (AmountLinks | undefined)[]): void {
  const mentions = parkMentions(ctx);
  const fullOf = fullWritings([...mentions.keys()]);
  if (fullOf.size === 0) return;
  const byStart = new Map<number, LinkSpan>();
  for (const list of mentions.values()) for (const span of list) byStart.set(span.entity.start, span);
  for (const span of ctx.spans) {
    const links = span.entity.label === 'MONEY' && span.paragraph !== ctx.parks.titleParagraph ? out[span.index] : undefined;
    const linked = links?.park && byStart.get(links.park.start);
    const full = linked && fullOf.get(linked.name);
    const at = linked && full ? lastBefore(mentions.get(full) ?? [], shortFrom(ctx, linked), span.entity.start) : undefined;
    if (links && at) out[span.index] = { ...links, park: { start: at.entity.start, end: at.entity.end } };
  }
}

/** By name, in text order: the mentions of each park outside a project's name. */
function parkMentions(ctx: LinkContext): Map<string, LinkSpan[]> {
  const mentions = new Map<string, LinkSpan[]>();
  for (const span of ctx.spans) {
    if (span.entity.label !== 'PARK' || ctx.parks.projectNamed(span) || !inRunningText(ctx, span)) continue;
    const list = mentions.get(span.name);
    if (list) list.push(span);
    else if (mentions.size < MAX_NAMES) mentions.set(span.name, [span]);
  }
  return mentions;
}

/** Each short writing to its one full writing among the names (none when two full writings compete). */
function fullWritings(names: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const short of names) {
    const fulls = names.filter((long) => long.length >= short.length + MIN_LEFT_OUT && writtenShort(short, long));
    if (fulls.length === 1) found.set(short, fulls[0]);
  }
  return found;
}

/** Is `short` the zone `long` names, its kind words written short (`某某经开区`, `某某开发区`; `某某汽开区`)? */
function writtenShort(short: string, long: string): boolean {
  return !long.includes(short) && (sameZoneShortAndFull(short, long) || zoneWrittenShort(short, long));
}

/** Is the mention in a paragraph saying more than its name (not a caption or a label line)? */
function inRunningText(ctx: LinkContext, span: LinkSpan): boolean {
  const { start, end } = ctx.structure.paragraph(span.paragraph);
  return end - start - (span.entity.end - span.entity.start) >= MIN_OTHER_UNITS;
}

/**
 * How far the full writing may stand and still come first: before the short writing in running text; anywhere
 * before the amount when the short writing is in a heading line (a headline printed again under a site's banners,
 * `某某经开发区打造…`, the title read elsewhere), which the body's full writing after it introduces, as the body's
 * writing after a title does (parkAsWritten.ts).
 */
function shortFrom(ctx: LinkContext, short: LinkSpan): number {
  return ctx.structure.isHeading(short.paragraph, false) ? Number.POSITIVE_INFINITY : short.entity.start;
}

/**
 * The last mention before `amount` (undefined if none is), when the first one comes before the short writing at
 * `short`. The list is in text order: a binary search, so that a long article's many amounts and mentions cost
 * amounts × log mentions, not their product.
 */
function lastBefore(list: readonly LinkSpan[], short: number, amount: number): LinkSpan | undefined {
  if (list.length === 0 || list[0].entity.start > short || list[0].entity.start >= amount) return undefined;
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (list[mid].entity.start < amount) low = mid;
    else high = mid - 1;
  }
  return list[low];
}
