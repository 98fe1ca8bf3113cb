// The park an article keeps coming back to (guidelines, "Links": when the article is about one park and the project
// is in it, link to that park even when the sentence does not name it): an article about one park often names
// others in passing (the zone it lies in, a company's own base, the park a delegation visited), so that it names
// "one park only" (onlyPark.ts) does not hold, though the park it is about is plain from how often it is named and
// where. Read once per article, over its park spans only.
import { articleReading } from './articleReadings';
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';
import { samePark } from './linkParks';
import { openingParagraph } from './articleOpening';

/**
 * The park an article keeps naming, from its title or opening on, for an item amount (a project's or a company's money),
 * as the article first writes it; undefined when no park stands out so. A sum is left to the rules that read its
 * subject: an article about a park states as many sums of its city, province or country as of the park.
 */
export function mainPark(ctx: LinkContext, amount: LinkSpan): LinkSpan | undefined {
  return amount.entity.scope === 'item' ? ctx.once(MAIN_PARK)?.park : undefined;
}

/** The park the article keeps naming, for any amount, with every writing of it; undefined when none stands out. */
export function keptNamed(ctx: LinkContext): { park: LinkSpan; names: readonly string[] } | undefined {
  return ctx.once(MAIN_PARK) ?? undefined;
}

const MAIN_PARK = articleReading(readMainPark);

/** Fewest mentions for a park to be what the article is about (a title, its lead and one more). */
const MIN_MENTIONS = 3;
/** How many times more often than any other park the main park is named. */
const MIN_LEAD_OVER_OTHERS = 2;
/** Distinct parks read per article (an article names a handful; bounds the cost). */
const MAX_PARKS = 16;
/** Shortest name a longer or shorter writing of a park is matched by (`航空产业园` in `中国某某航空产业园`). */
const MIN_WRITING = 3;

/** One park as the article writes it: its first mention and how often it is named, in any of its writings. */
export interface ParkNamed {
  first: LinkSpan;
  names: string[];
  mentions: number;
  /** A writing of it opens with a company's name (`某某电器西南产业基地`): the company's own base, no host of others' projects. */
  companyBase: boolean;
}

/** The article's parks, each once with its writings and mentions, and whether it speaks of a city's parks as a whole. */
export const PARKS_NAMED = articleReading(readParksNamed);

function readParksNamed(ctx: LinkContext): { parks: ParkNamed[]; cityWide: boolean } {
  const parks: ParkNamed[] = [];
  let cityWide = false;
  const companies: string[] = [];
  const byName = new ParksByWriting();
  for (const span of ctx.spans) {
    if (span.entity.label === 'COMPANY' && span.name.length >= MIN_COMPANY && companies.length < MAX_PARKS) companies.push(span.name);
    if (span.entity.label !== 'PARK' || span.paragraph < ctx.parks.titleParagraph || ctx.parks.isImageLine(span.paragraph) || ctx.parks.projectNamed(span)) continue;
    // A city's parks as a whole (`某某市产业园区`): no one park.
    if (ctx.parks.isCityWide(span)) {
      cityWide = true;
      continue;
    }
    const known = byName.get(span.name) ?? parks.find((park) => park.names.some((name) => sameWriting(name, span.name)));
    if (known) {
      known.mentions++;
      if (!known.names.includes(span.name)) {
        known.names.push(span.name);
        byName.namesGrew();
      }
      byName.set(span.name, known);
    } else if (parks.length < MAX_PARKS) {
      const park = { first: span, names: [span.name], mentions: 1, companyBase: false };
      parks.push(park);
      byName.set(span.name, park);
    }
  }
  for (const park of parks) park.companyBase = park.names.some((name) => companies.some((company) => name.length > company.length && name.startsWith(company)));
  return { parks, cityWide };
}

/**
 * The park each name written so far went to, for `readParksNamed`: a park is named again and again in the same
 * writing, and the first park any of whose writings matches it stays the same until some park gains a new writing
 * (parks are only added after it, and a later park is never the first match). So the answer is kept per name and
 * dropped whenever a writing is added, where asking every park's every writing again per mention made the reading
 * quadratic in the mentions.
 */
class ParksByWriting {
  private readonly found = new Map<string, ParkNamed>();

  get(name: string): ParkNamed | undefined {
    return this.found.get(name);
  }

  set(name: string, park: ParkNamed): void {
    this.found.set(name, park);
  }

  /** A park gained a writing: an earlier park may now be the first to match a name kept. */
  namesGrew(): void {
    this.found.clear();
  }
}

/** Fewest characters of a company's name read at the head of a park's (`某某电器`). */
const MIN_COMPANY = 2;

function readMainPark(ctx: LinkContext): { park: LinkSpan; names: readonly string[] } | null {
  // `某县：…` heading a section: the article covers places besides its park.
  if (ctx.parks.placeSection) return null;
  // Speaking of a city's parks as a whole, the article is about no one park.
  const named = ctx.once(PARKS_NAMED);
  if (named.cityWide) return null;
  const main = mostNamed(named.parks);
  if (!main || main.companyBase || !namedEarly(ctx, main.first)) return null;
  return { park: main.first, names: main.names };
}

/** The park named most, at least MIN_MENTIONS times and MIN_LEAD_OVER_OTHERS times any other; undefined when none. */
function mostNamed(parks: readonly ParkNamed[]): ParkNamed | undefined {
  const { best, runnerUp } = namedMostOf(parks);
  return best && best.mentions >= MIN_MENTIONS && best.mentions >= MIN_LEAD_OVER_OTHERS * runnerUp ? best : undefined;
}

/** The park named most (the first of a tie) and how often the next one is named (0 when none). */
export function namedMostOf(parks: readonly ParkNamed[]): { best?: ParkNamed; runnerUp: number } {
  let best: ParkNamed | undefined;
  let runnerUp = 0;
  for (const park of parks) {
    if (!best || park.mentions > best.mentions) {
      runnerUp = best?.mentions ?? 0;
      best = park;
    } else runnerUp = Math.max(runnerUp, park.mentions);
  }
  return { best, runnerUp };
}

/** One park written twice: the same name, one park's two writings (`samePark`), or one written inside the other. */
function sameWriting(a: string, b: string): boolean {
  // One written inside the other first: a look at the two strings, where samePark may read a name's places.
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  return (short.length >= MIN_WRITING && long.includes(short)) || samePark(a, b);
}

/** Is the park first named in the title or the opening (not first met deep in the story, nor under a section's heading)? */
function namedEarly(ctx: LinkContext, first: LinkSpan): boolean {
  return first.paragraph <= Math.max(openingParagraph(ctx), 0);
}
