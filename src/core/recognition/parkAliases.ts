// A park named in full once and then by a short name the article declares for it:
// `某某经济技术开发区(简称“某开区”)`. Such short names (`X开区`) are names on their own only after a known place
// or opening a clause (parks.ts), but once declared every later mention of the
// short name is that park, the quoted one included, in the paragraphs after it too (recognize.ts
// carries the declared names from paragraph to paragraph, as it carries a `(下同)` currency).

import { charSet, isHan } from '../text';
import { GENERIC } from './parkScan';
import type { ParkSpan } from './parks';

/** A short name an article declared for a park. */
export interface ParkAlias {
  readonly name: string;
  /** Whether the park it stands for is an administrative zone (it bounds projects then). */
  readonly zone: boolean;
}

const OPEN_BRACKETS = charSet('(（');
const OPEN_QUOTES = charSet('“"「『‘');
const CLOSE_QUOTES = charSet('”"」』’');
const CLOSE_BRACKETS = charSet(')）');
/** A declared short name of a park still ends like a park (`井开区`, `市北园`, `光谷`). */
const PARK_ENDS = charSet('区园城港谷');
const DECLARE = '简称';
const BEFORE_DECLARE = '以下';
const COLON = charSet(':：');
const ALIAS_MIN = 2;
const ALIAS_MAX = 8;
/** Short names kept per article: a bound on the searches for their mentions in each paragraph. */
const MAX_ALIASES = 4;

/**
 * The short names in force after this paragraph: `inherited` and those declared right after one
 * of its `parks` (in text order), at most MAX_ALIASES. `inherited` itself when nothing is declared.
 */
export function declaredAliases(text: string, parks: readonly ParkSpan[], inherited: readonly ParkAlias[]): readonly ParkAlias[] {
  let aliases = inherited;
  for (const park of parks) {
    if (aliases.length >= MAX_ALIASES) break;
    const name = declaredAt(text, park.end);
    if (name && !aliases.some((a) => a.name === name)) aliases = [...aliases, { name, zone: park.zone }];
  }
  return aliases;
}

/**
 * `parks` (in text order) with every mention of one of the `aliases` added as a park of the kind
 * it stands for. Mentions inside a found park are not added; two short names may add one mention
 * twice, which the overlap rule then keeps once.
 */
export function withAliasMentions(text: string, parks: readonly ParkSpan[], aliases: readonly ParkAlias[]): ParkSpan[] {
  const added: ParkSpan[] = [];
  for (const alias of aliases) {
    // Mentions come in text order, so one pointer into the (ordered) parks finds any overlap.
    let j = 0;
    for (let at = text.indexOf(alias.name); at >= 0; at = text.indexOf(alias.name, at + alias.name.length)) {
      const end = at + alias.name.length;
      while (j < parks.length && parks[j].end <= at) j++;
      if (j < parks.length && parks[j].start < end) continue;
      added.push({ start: at, end, zone: alias.zone, zoneEnd: undefined });
    }
  }
  if (added.length === 0) return [...parks];
  return [...parks, ...added].sort((a, b) => a.start - b.start);
}

/** The short name declared at `at` (`(简称“X”)`, `(以下简称:X)`), or ''. */
function declaredAt(text: string, at: number): string {
  const declared = declarationAt(text, at);
  // A short name made of kind words alone (`以下简称“经贸合作区”`, `简称“园区”`) names the kind the park is,
  // as `高新区` does: its later mentions stay the generic noun, no park.
  if (!declared || GENERIC.covers(text, declared.start, declared.end)) return '';
  return text.slice(declared.start, declared.end);
}

/**
 * A short name made of kind words alone declared at `at` (`(以下简称“经贸合作区”)`), or '': no park of its
 * own, yet a clause it opens is about the park it was declared for (the links read it so).
 */
export function kindOnlyNameDeclaredAt(text: string, at: number): string {
  const declared = declarationAt(text, at);
  return declared && GENERIC.covers(text, declared.start, declared.end) ? text.slice(declared.start, declared.end) : '';
}

/** Where the short name declared at `at` stands, when it is written like a park's (its last unit), or null. */
function declarationAt(text: string, at: number): { start: number; end: number } | null {
  if (!OPEN_BRACKETS.has(text.charCodeAt(at))) return null;
  let k = at + 1;
  if (text.startsWith(BEFORE_DECLARE, k)) k += BEFORE_DECLARE.length;
  if (!text.startsWith(DECLARE, k)) return null;
  k += DECLARE.length;
  if (COLON.has(text.charCodeAt(k))) k++;
  const quoted = OPEN_QUOTES.has(text.charCodeAt(k));
  if (quoted) k++;
  const start = k;
  while (k - start <= ALIAS_MAX && isHan(text.charCodeAt(k))) k++;
  const closes = (quoted ? CLOSE_QUOTES : CLOSE_BRACKETS).has(text.charCodeAt(k));
  if (!closes || k - start < ALIAS_MIN || k - start > ALIAS_MAX || !PARK_ENDS.has(text.charCodeAt(k - 1))) return null;
  return { start, end: k };
}

/** Cache key part of the short names in force (empty when none, the common case). */
export function aliasKey(aliases: readonly ParkAlias[]): string {
  return aliases.length === 0 ? '' : aliases.map((a) => (a.zone ? 'z' : 'a') + a.name).join('\u0001');
}

export const NO_ALIASES: readonly ParkAlias[] = [];
