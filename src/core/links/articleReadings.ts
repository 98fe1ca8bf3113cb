// Readings of a whole article that some rules need (each project's builder, each company's one project,
// the lead investor…): made once, when a rule first asks, and kept with the article's LinkContext
// (LinkContext.once). Kept there rather than in a WeakMap keyed by the context: each WeakMap entry is an
// ephemeron the garbage collector must trace, for contexts that live a few milliseconds, and each look-up
// a hash of the context.
import type { LinkContext } from './linkContext';

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
