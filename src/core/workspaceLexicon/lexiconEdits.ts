// Changes of the workspace lexicon, as pure functions: learning from the researcher's decisions
// and the edits of the lexicon commands. Each returns the same object when nothing changes, so
// the caller writes the file only when there is something to write. The result always keeps the
// rules `parseLexicon` checks (a spelling listed once, never both a name and rejected).
import type { Lexicon, LexiconEntry, LexiconLabel } from './workspaceLexicon';
import { entryOf } from './workspaceLexicon';

/**
 * The researcher accepted `text` as `label`: a new name, unless it is one already (then its
 * entry takes the label, the latest decision); a rejected string becomes a name.
 */
export function learnAccepted(lexicon: Lexicon, text: string, label: LexiconLabel): Lexicon {
  const spelling = text.trim();
  if (!spelling || /[\r\n]/.test(spelling)) return lexicon;
  const entry = entryOf(lexicon, spelling);
  if (entry) return entry.label === label ? lexicon : replaceEntry(lexicon, entry, { ...entry, label });
  return { names: [...lexicon.names, { name: spelling, label }], rejected: lexicon.rejected.filter((s) => s !== spelling) };
}

/**
 * The researcher rejected `text` as a name: it joins the rejected strings, unless it is a name of
 * the lexicon (a rejection in one context does not undo a name taught on purpose; the lexicon
 * commands remove names).
 */
export function learnRejected(lexicon: Lexicon, text: string): Lexicon {
  const spelling = text.trim();
  if (!spelling || /[\r\n]/.test(spelling) || lexicon.rejected.includes(spelling) || entryOf(lexicon, spelling)) return lexicon;
  return { names: lexicon.names, rejected: [...lexicon.rejected, spelling] };
}

/** Removes a spelling: a rejection, a variant, or a name (its first variant then becomes the canonical name). */
export function removeSpelling(lexicon: Lexicon, spelling: string): Lexicon {
  if (lexicon.rejected.includes(spelling)) return { names: lexicon.names, rejected: lexicon.rejected.filter((s) => s !== spelling) };
  const entry = entryOf(lexicon, spelling);
  if (!entry) return lexicon;
  const rest = (entry.variants ?? []).filter((v) => v !== spelling);
  if (entry.name !== spelling) return replaceEntry(lexicon, entry, withVariants({ name: entry.name, label: entry.label }, rest));
  if (rest.length === 0) return { names: lexicon.names.filter((e) => e !== entry), rejected: lexicon.rejected };
  return replaceEntry(lexicon, entry, withVariants({ name: rest[0], label: entry.label }, rest.slice(1)));
}

/**
 * Makes `variant` a spelling of the entry named `canonical`: taken from wherever it was (its own
 * entry, with that entry's variants, or the rejected strings). Undefined when `canonical` is not
 * a name of the lexicon.
 */
export function addVariant(lexicon: Lexicon, canonical: string, variant: string): Lexicon | undefined {
  const target = entryOf(lexicon, canonical);
  const spelling = variant.trim();
  if (!target || !spelling || /[\r\n]/.test(spelling)) return undefined;
  if (target.name === spelling || target.variants?.includes(spelling)) return lexicon;
  const moved = entryOf(lexicon, spelling);
  const joined = moved ? [spelling, ...(moved.name === spelling ? moved.variants ?? [] : [])] : [spelling];
  let next = moved ? removeSpelling(lexicon, spelling) : { names: lexicon.names, rejected: lexicon.rejected.filter((s) => s !== spelling) };
  if (moved?.name === spelling) next = { names: next.names.filter((e) => !joined.includes(e.name)), rejected: next.rejected };
  const current = entryOf(next, target.name)!;
  return replaceEntry(next, current, withVariants({ name: current.name, label: current.label }, [...(current.variants ?? []), ...joined]));
}

/** Makes `spelling` the canonical name of its entry (the old name becomes a variant). */
export function makeCanonical(lexicon: Lexicon, spelling: string): Lexicon {
  const entry = entryOf(lexicon, spelling);
  if (!entry || entry.name === spelling) return lexicon;
  const variants = [entry.name, ...(entry.variants ?? []).filter((v) => v !== spelling)];
  return replaceEntry(lexicon, entry, withVariants({ name: spelling, label: entry.label }, variants));
}

/** Sets the label of the entry holding `spelling`. */
export function relabelEntry(lexicon: Lexicon, spelling: string, label: LexiconLabel): Lexicon {
  const entry = entryOf(lexicon, spelling);
  return !entry || entry.label === label ? lexicon : replaceEntry(lexicon, entry, { ...entry, label });
}

function withVariants(entry: LexiconEntry, variants: readonly string[]): LexiconEntry {
  const unique = [...new Set(variants)].filter((v) => v !== entry.name);
  return unique.length > 0 ? { ...entry, variants: unique } : entry;
}

function replaceEntry(lexicon: Lexicon, old: LexiconEntry, next: LexiconEntry): Lexicon {
  return { names: lexicon.names.map((e) => (e === old ? next : e)), rejected: lexicon.rejected };
}
