// Readings of a whole article that some rules need (each project's builder, each company's one project,
// the lead investor…): made once, when a rule first asks, and kept with the article's LinkContext
// (LinkContext.once). Kept there rather than in a WeakMap keyed by the context: each WeakMap entry is an
// ephemeron the garbage collector must trace, for contexts that live a few milliseconds, and each look-up
// a hash of the context.
import type { LinkContext } from './linkContext';
import type { LinkSpan } from './linkNames';

/** A reading of the whole article; never `undefined` (which says: not read yet), `null` says none. */
export interface ArticleReading<T extends object | null> {
  /** Its place among the readings (each file declares its own at load). */
  readonly id: number;
  readonly read: (ctx: LinkContext) => T;
}

let declared = 0;

/** Declares a reading, at a module's top level. */
export function articleReading<T extends object | null>(read: (ctx: LinkContext) => T): ArticleReading<T> {
  return { id: declared++, read };
}

/**
 * A yes-or-no reading of one span in its article (does the park begin its clause, is it placed there…), asked of the
 * same span by several rules and by every amount near it: read once per span, kept by `LinkContext.fact` (two bits
 * per reading in a word per span).
 */
export interface SpanFact {
  /** The bit saying it was read, and the bit holding its answer. */
  readonly known: number;
  readonly yes: number;
  readonly read: (ctx: LinkContext, span: LinkSpan) => boolean;
}

let facts = 0;
/** Two bits per fact in a 32-bit word. */
const MAX_FACTS = 16;

/** Declares a span fact, at a module's top level. */
export function spanFact(read: (ctx: LinkContext, span: LinkSpan) => boolean): SpanFact {
  if (facts === MAX_FACTS) throw new Error(`more than ${MAX_FACTS} span facts`);
  const known = 1 << (2 * facts);
  facts++;
  return { known, yes: known << 1, read };
}
